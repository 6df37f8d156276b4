using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Client}JsonModelReaders</c>: for each model a method that fills it from a <c>Utf8JsonReader</c> in one
    /// pass, calling the same setters, in the same order, with the same values as Kiota's <c>JsonParseNode</c>;
    /// <c>TryFill</c>, which picks the method by a model's runtime type; and for each model with a discriminator a method
    /// that picks the type from the discriminator's value, as the model's <c>CreateFromDiscriminatorValue</c> does.
    /// </summary>
    internal static class JsonModelReadersEmitter
    {
        private const string Reader = "UsageGenJsonReader";
        // An alias keeps the per-property lines short (a model may have thousands); its name is unlikely to meet a generated namespace.
        private const string Token = "UsageGenJsonToken";

        private static readonly string[] Usings = Append(GeneratedFile.KiotaUsings, Token + " = global::System.Text.Json.JsonTokenType", Reader + " = global::System.Text.Json.Utf8JsonReader");
        private const string KiotaNode = "global::Microsoft.Kiota.Serialization.Json.JsonParseNode";
        private const string Context = "global::Microsoft.Kiota.Serialization.Json.KiotaJsonSerializationContext.Default";

        public static string HintName(JsonReadersSpec spec) => spec.Namespace + "." + Name(spec) + ".g.cs";

        public static string Name(JsonReadersSpec spec) => spec.ClientName + "JsonModelReaders";

        public static SourceText Emit(JsonReadersSpec spec, bool nullableAnnotations)
        {
            var hook = CSharpTypes.Nullable("Action<IParsable>", false, nullableAnnotations);
            var hooks = hook + " before, " + hook + " after";
            var methods = MethodNames(spec);
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, Usings, nullableAnnotations);
            writer.WriteLine($"/// <summary>Fills the models of <see cref=\"global::{spec.Namespace}.{spec.ClientName}\"/> from JSON in one pass, as Kiota's <c>JsonParseNode</c> fills them.</summary>");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"internal static class {Name(spec)}");
            writer.WriteLine("/// <summary>Fills <paramref name=\"item\"/> from the value at <paramref name=\"reader\"/> when its runtime type has a reader; false, with nothing read, otherwise.</summary>");
            writer.WriteLine("/// <returns>Whether the item was filled.</returns>");
            writer.WriteLine("/// <param name=\"reader\">Positioned on the first token of the value; left on its last.</param>");
            writer.WriteLine("/// <param name=\"item\">The model to fill.</param>");
            writer.WriteLine("/// <param name=\"before\">Called with each model before its properties are assigned.</param>");
            writer.WriteLine("/// <param name=\"after\">Called with each model after its properties are assigned.</param>");
            writer.OpenBlock($"public static bool TryFill(ref {Reader} reader, IParsable item, {hooks})");
            writer.WriteLine("var type = item.GetType();");
            foreach (var model in spec.Models)
            {
                writer.WriteLine($"if(type == typeof({model.TypeName})) {{ {methods[model.TypeName]}(ref reader, ({model.TypeName})item, before, after); return true; }}");
            }

            writer.WriteLine("return false;");
            writer.CloseBlock();
            if (HasPolymorphicModels(spec))
            {
                WriteRootRead(writer, spec, methods, hooks, nullableAnnotations);
            }

            WriteCollection(writer, spec, methods, hooks, nullableAnnotations);
            foreach (var model in spec.Models)
            {
                if (model.Discriminator is { } discriminator)
                {
                    WritePolymorphicRead(writer, methods, model, discriminator, hooks);
                }

                WriteFill(writer, methods, model, hooks);
            }

            WriteFrame(writer, nullableAnnotations);
            if (HasPolymorphicModels(spec))
            {
                WriteDiscriminatorValue(writer, nullableAnnotations);
            }

            WriteAnything(writer, nullableAnnotations);
            writer.OpenBlock($"private static {KiotaNode} Node(ref {Reader} reader, {hooks})");
            // ParseValue copies the value's bytes, so the node outlives the pooled buffer, as UntypedNode values must.
            writer.WriteLine($"return new {KiotaNode}(global::System.Text.Json.JsonElement.ParseValue(ref reader)) {{ OnBeforeAssignFieldValues = before, OnAfterAssignFieldValues = after }};");
            writer.CloseBlock();
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        // Only where the factory is the model's own CreateFromDiscriminatorValue, whose choice of type a reader makes too.
        private static void WriteCollection(SourceWriter writer, JsonReadersSpec spec, Dictionary<string, string> methods, string hooks, bool nullableAnnotations)
        {
            writer.WriteLine("/// <summary>Reads the array at <paramref name=\"reader\"/> as Kiota's <c>GetCollectionOfObjectValues</c> would when <paramref name=\"factory\"/> is the <c>CreateFromDiscriminatorValue</c> of a model a response is an array of; null, with nothing read, otherwise.</summary>");
            writer.WriteLine("/// <returns>The models, or null.</returns>");
            writer.WriteLine("/// <param name=\"reader\">Positioned on the first token of the value; left on its last.</param>");
            writer.WriteLine("/// <param name=\"factory\">Creates each model.</param>");
            writer.WriteLine("/// <param name=\"before\">Called with each model before its properties are assigned.</param>");
            writer.WriteLine("/// <param name=\"after\">Called with each model after its properties are assigned.</param>");
            writer.OpenBlock($"public static {(CSharpTypes.Nullable("List<T>", false, nullableAnnotations))} TryReadCollection<T>(ref {Reader} reader, ParsableFactory<T> factory, {hooks}) where T : IParsable");
            if (spec.Models.Any(model => model.IsRootCollection))
            {
                writer.WriteLine("var type = typeof(T);");
            }

            foreach (var model in spec.Models)
            {
                if (!model.IsRootCollection)
                {
                    continue;
                }

                writer.OpenBlock($"if(type == typeof({model.TypeName}) && ((Delegate)factory).Equals(new ParsableFactory<{model.TypeName}>({model.TypeName}.CreateFromDiscriminatorValue)))");
                writer.WriteLine($"var values = new List<{model.TypeName}>();");
                writer.WriteLine($"if(reader.TokenType == {Token}.StartArray) while(reader.Read() && reader.TokenType != {Token}.EndArray) values.Add({ReadOne(methods, model.TypeName, model.Discriminator is not null)});");
                writer.WriteLine("else reader.Skip();");
                writer.WriteLine("return (List<T>)(object)values;");
                writer.CloseBlock();
            }

            writer.WriteLine("return null;");
            writer.CloseBlock();
        }

        // Fill + the type's name within the client's namespace, dots as underscores; a name two types would share gets the model's index.
        private static Dictionary<string, string> MethodNames(JsonReadersSpec spec)
        {
            var prefix = "global::" + spec.Namespace + ".";
            var methods = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var taken = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < spec.Models.Count; i++)
            {
                var typeName = spec.Models[i].TypeName;
                var name = "Fill" + (typeName.StartsWith(prefix, System.StringComparison.Ordinal) ? typeName.Substring(prefix.Length) : typeName.Substring("global::".Length)).Replace('.', '_');
                methods[typeName] = taken.Add(name) ? name : name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                taken.Add(methods[typeName]);
            }

            return methods;
        }

        // The frame every model shares is in Start, Next and End, so that each model adds little more than a line per property.
        private static void WriteFill(SourceWriter writer, Dictionary<string, string> methods, JsonModelReaderSpec model, string hooks)
        {
            writer.OpenBlock($"private static {model.TypeName} {methods[model.TypeName]}(ref {Reader} reader, {model.TypeName} item, {hooks})");
            writer.WriteLine($"var additionalData = Start(ref reader, item, before, {(model.HasAdditionalData ? "true" : "false")}, out var isObject);");
            writer.WriteLine("string name;");
            writer.OpenBlock("while(isObject && Next(ref reader, out name))");
            writer.OpenBlock("switch(name)");
            foreach (var property in model.Properties)
            {
                // Kiota skips a null value of a known property and leaves the property as it was.
                WriteRead(writer, methods, property);
            }

            writer.WriteLine("default: Unknown(ref reader, additionalData, name); break;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine("return End(item, after);");
            writer.CloseBlock();
        }

        // One line per property, written straight into the writer: a large description has tens of thousands.
        private static void WriteRead(SourceWriter writer, Dictionary<string, string> methods, JsonPropertyReaderSpec property)
        {
            var wire = CSharpLiteral.Escape(property.WireName);
            var name = property.Name;
            var model = property.ModelTypeName;
            switch (property.Kind)
            {
                case JsonReadKind.String:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) item.{name} = ReadString(ref reader); break;");
                    break;
                case JsonReadKind.Boolean:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) item.{name} = ReadBoolean(ref reader); break;");
                    break;
                case JsonReadKind.Number:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) item.{name} = Read{TypeInfoName(property.Type.Primitive)}(ref reader); break;");
                    break;
                case JsonReadKind.Object:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) item.{name} = {methods[model!]}(ref reader, new {model}(), before, after); break;");
                    break;
                case JsonReadKind.PolymorphicObject:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) item.{name} = {PolymorphicName(methods[model!])}(ref reader, before, after); break;");
                    break;
                case JsonReadKind.ObjectCollection:
                case JsonReadKind.PolymorphicObjectCollection:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) {{ var values = new List<{model}>(); if(reader.TokenType == {Token}.StartArray) while(reader.Read() && reader.TokenType != {Token}.EndArray) values.Add({ReadOne(methods, model!, property.Kind == JsonReadKind.PolymorphicObjectCollection)}); else reader.Skip(); item.{name} = values; }} break;");
                    break;
                default:
                    writer.WriteLine($"case \"{wire}\": if(IsValue(ref reader)) {{ var node = Node(ref reader, before, after); item.{name} = {SerializationCalls.Read(property.Type, "node")}; }} break;");
                    break;
            }
        }

        // A model with a discriminator is created by its Read method; one without, here, as its factory would create it.
        private static string ReadOne(Dictionary<string, string> methods, string typeName, bool polymorphic) => polymorphic
            ? PolymorphicName(methods[typeName]) + "(ref reader, before, after)"
            : methods[typeName] + "(ref reader, new " + typeName + "(), before, after)";

        private static string PolymorphicName(string fillMethod) => "Read" + fillMethod.Substring("Fill".Length);

        /// <summary>
        /// The root of a response whose factory is a discriminated model's own <c>CreateFromDiscriminatorValue</c>: read
        /// here instead of calling the factory with the root node, which would hand the whole body to Kiota's node.
        /// </summary>
        private static void WriteRootRead(SourceWriter writer, JsonReadersSpec spec, Dictionary<string, string> methods, string hooks, bool nullableAnnotations)
        {
            writer.WriteLine("/// <summary>Creates and fills the model at <paramref name=\"reader\"/> when <paramref name=\"factory\"/> is the <c>CreateFromDiscriminatorValue</c> of a model with a discriminator; null, with nothing read, otherwise.</summary>");
            writer.WriteLine("/// <returns>The model, or null.</returns>");
            writer.WriteLine("/// <param name=\"reader\">Positioned on the first token of the value; left on its last.</param>");
            writer.WriteLine("/// <param name=\"factory\">The factory the caller passed.</param>");
            writer.WriteLine("/// <param name=\"before\">Called with each model before its properties are assigned.</param>");
            writer.WriteLine("/// <param name=\"after\">Called with each model after its properties are assigned.</param>");
            writer.OpenBlock($"public static {CSharpTypes.Nullable("object", false, nullableAnnotations)} TryReadPolymorphic<T>(ref {Reader} reader, ParsableFactory<T> factory, {hooks}) where T : IParsable");
            writer.WriteLine("var type = typeof(T);");

            foreach (var model in spec.Models)
            {
                if (model.Discriminator is not null)
                {
                    writer.WriteLine($"if(type == typeof({model.TypeName}) && ((Delegate)factory).Equals(new ParsableFactory<{model.TypeName}>({model.TypeName}.CreateFromDiscriminatorValue))) return {ReadOne(methods, model.TypeName, polymorphic: true)};");
                }
            }

            writer.WriteLine("return null;");
            writer.CloseBlock();
        }

        /// <summary>
        /// Read + the model's name: the type its <c>CreateFromDiscriminatorValue</c> would make from the discriminator's
        /// value (looked up ahead in the object, as Kiota's <c>GetChildNode</c> finds it), filled by that type's reader.
        /// </summary>
        private static void WritePolymorphicRead(SourceWriter writer, Dictionary<string, string> methods, JsonModelReaderSpec model, DiscriminatorSpec discriminator, string hooks)
        {
            writer.OpenBlock($"private static {model.TypeName} {PolymorphicName(methods[model.TypeName])}(ref {Reader} reader, {hooks})");
            writer.WriteLine($"var mappingValue = DiscriminatorValue(reader, \"{CSharpLiteral.Escape(discriminator.PropertyName)}\");");
            foreach (var mapping in discriminator.Mappings)
            {
                var create = methods.TryGetValue(mapping.TypeName, out var fill)
                    ? $"{fill}(ref reader, new {mapping.TypeName}(), before, after)"
                    : $"Node(ref reader, before, after).GetObjectValue<{model.TypeName}>(_ => new {mapping.TypeName}())";
                writer.WriteLine($"if(string.Equals(mappingValue, \"{CSharpLiteral.Escape(mapping.Value)}\", StringComparison.Ordinal)) return {create};");
            }

            writer.WriteLine($"return {methods[model.TypeName]}(ref reader, new {model.TypeName}(), before, after);");
            writer.CloseBlock();
        }

        /// <summary>Whether any model has a discriminator: only then are the root and look-ahead helpers emitted.</summary>
        public static bool HasPolymorphicModels(JsonReadersSpec spec) => spec.Models.Any(model => model.Discriminator is not null);

        // A copy of the reader looks ahead; like JsonElement.TryGetProperty the last of duplicate names counts, and a value that is not a string is no value.
        private static void WriteDiscriminatorValue(SourceWriter writer, bool nullableAnnotations)
        {
            writer.OpenBlock($"private static {CSharpTypes.Nullable("string", false, nullableAnnotations)} DiscriminatorValue({Reader} reader, string name)");
            writer.WriteLine($"if(reader.TokenType != {Token}.StartObject) return null;");
            writer.WriteLine($"{CSharpTypes.Nullable("string", false, nullableAnnotations)} value = null;");
            writer.OpenBlock($"while(reader.Read() && reader.TokenType == {Token}.PropertyName)");
            writer.WriteLine("var matches = reader.ValueTextEquals(name);");
            writer.WriteLine("reader.Read();");
            writer.WriteLine($"if(matches) value = reader.TokenType == {Token}.String ? reader.GetString() : null;");
            writer.WriteLine("reader.Skip();");
            writer.CloseBlock();
            writer.WriteLine("return value;");
            writer.CloseBlock();
        }

        private static void WriteFrame(SourceWriter writer, bool nullableAnnotations)
        {
            var data = CSharpTypes.Nullable("IDictionary<string, object>", false, nullableAnnotations);
            var hook = CSharpTypes.Nullable("Action<IParsable>", false, nullableAnnotations);
            writer.OpenBlock($"private static {data} Start(ref {Reader} reader, IParsable item, {hook} before, bool holdsAdditionalData, out bool isObject)");
            writer.WriteLine("if(before != null) before(item);");
            writer.WriteLine($"isObject = reader.TokenType == {Token}.StartObject;");
            writer.OpenBlock("if(!isObject)");
            // Kiota assigns nothing from a value that is not an object.
            writer.WriteLine("reader.Skip();");
            writer.WriteLine("return null;");
            writer.CloseBlock();
            writer.WriteLine("if(!holdsAdditionalData) return null;");
            // The getter is read twice, as Kiota's `holder.AdditionalData ??= new …` then `holder.AdditionalData` does.
            writer.WriteLine("var holder = (IAdditionalDataHolder)item;");
            writer.WriteLine("if(holder.AdditionalData == null) holder.AdditionalData = new Dictionary<string, object>();");
            writer.WriteLine("return holder.AdditionalData;");
            writer.CloseBlock();
            writer.OpenBlock($"private static bool Next(ref {Reader} reader, out string name)");
            writer.OpenBlock($"if(reader.Read() && reader.TokenType == {Token}.PropertyName)");
            writer.WriteLine($"name = reader.GetString(){(nullableAnnotations ? "!" : string.Empty)};");
            writer.WriteLine("reader.Read();");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine("name = string.Empty;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            writer.OpenBlock($"private static T End<T>(T item, {hook} after) where T : IParsable");
            writer.WriteLine("if(after != null) after(item);");
            writer.WriteLine("return item;");
            writer.CloseBlock();
            writer.WriteLine($"private static bool IsValue(ref {Reader} reader) => reader.TokenType != {Token}.Null;");
            writer.OpenBlock($"private static void Unknown(ref {Reader} reader, {data} additionalData, string name)");
            writer.WriteLine("if(additionalData != null) AddAdditionalData(additionalData, name, ref reader);");
            writer.WriteLine("else reader.Skip();");
            writer.CloseBlock();
            // A value of another kind reads as null, as with Kiota's node; an object or an array is skipped whole.
            writer.WriteLine($"private static {CSharpTypes.Nullable("string", false, nullableAnnotations)} ReadString(ref {Reader} reader) => reader.TokenType == {Token}.String ? reader.GetString() : ({CSharpTypes.Nullable("string", false, nullableAnnotations)})Mismatch(ref reader);");
            writer.WriteLine($"private static bool? ReadBoolean(ref {Reader} reader) => reader.TokenType == {Token}.True || reader.TokenType == {Token}.False ? reader.GetBoolean() : (bool?)Mismatch(ref reader);");
            foreach (var (type, info) in new[] { ("int", "Int32"), ("long", "Int64"), ("float", "Single"), ("double", "Double"), ("decimal", "Decimal"), ("byte", "Byte"), ("sbyte", "SByte") })
            {
                // The converter Kiota's parse node reads the number with, so that limits and formats agree.
                writer.WriteLine($"private static {type}? Read{info}(ref {Reader} reader) => reader.TokenType == {Token}.Number ? global::System.Text.Json.JsonSerializer.Deserialize(ref reader, {Context}.{info}) : ({type}?)Mismatch(ref reader);");
            }

            writer.OpenBlock($"private static {CSharpTypes.Nullable("object", false, nullableAnnotations)} Mismatch(ref {Reader} reader)");
            writer.WriteLine("reader.Skip();");
            writer.WriteLine("return null;");
            writer.CloseBlock();
        }

        private static string[] Append(string[] items, params string[] more)
        {
            var result = new string[items.Length + more.Length];
            items.CopyTo(result, 0);
            more.CopyTo(result, items.Length);
            return result;
        }

        private static string TypeInfoName(PrimitiveKind primitive) => primitive switch
        {
            PrimitiveKind.Int32 => "Int32",
            PrimitiveKind.Int64 => "Int64",
            PrimitiveKind.Float => "Single",
            PrimitiveKind.Double => "Double",
            PrimitiveKind.Decimal => "Decimal",
            PrimitiveKind.Byte => "Byte",
            _ => "SByte",
        };

        // Kiota's JsonParseNode.TryGetAnything, on a reader: the first of its conversions that succeeds.
        private static void WriteAnything(SourceWriter writer, bool nullableAnnotations)
        {
            var value = "value" + (nullableAnnotations ? "!" : string.Empty);
            writer.OpenBlock($"private static void AddAdditionalData(IDictionary<string, object> additionalData, string name, ref {Reader} reader)");
            writer.WriteLine("var value = ReadAnything(ref reader);");
            writer.WriteLine("#if NETCOREAPP2_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
            // The dictionary models create: one lookup instead of Kiota's ContainsKey then Add, with the same first-wins result.
            writer.WriteLine("var dictionary = additionalData as Dictionary<string, object>;");
            writer.OpenBlock("if(dictionary != null && dictionary.GetType() == typeof(Dictionary<string, object>))");
            writer.WriteLine($"dictionary.TryAdd(name, {value});");
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine("#endif");
            writer.WriteLine($"global::Microsoft.Kiota.Abstractions.Extensions.IDictionaryExtensions.TryAdd(additionalData, name, {value});");
            writer.CloseBlock();
            writer.OpenBlock($"private static {(CSharpTypes.Nullable("object", false, nullableAnnotations))} ReadAnything(ref {Reader} reader)");
            writer.OpenBlock("switch(reader.TokenType)");
            writer.WriteLine($"case {Token}.Number:");
            writer.OpenBlock();
            // An integer other than zero (whose sign decimal keeps) parses faster as a long and converts to the same decimal, scale 0.
            writer.WriteLine("long integerValue;");
            writer.WriteLine("if(reader.TryGetInt64(out integerValue) && integerValue != 0) return (decimal)integerValue;");
            foreach (var (type, method) in new[] { ("decimal", "Decimal"), ("double", "Double"), ("short", "Int16"), ("int", "Int32"), ("long", "Int64"), ("float", "Single"), ("ushort", "UInt16"), ("uint", "UInt32"), ("ulong", "UInt64") })
            {
                writer.WriteLine($"{type} {method.ToLowerInvariant()}Value;");
                writer.WriteLine($"if(reader.TryGet{method}(out {method.ToLowerInvariant()}Value)) return {method.ToLowerInvariant()}Value;");
            }

            writer.WriteLine("throw new InvalidOperationException(\"unexpected additional value type during number deserialization\");");
            writer.CloseBlock();
            writer.WriteLine($"case {Token}.String:");
            writer.OpenBlock();
            writer.WriteLine("DateTime dateTimeValue;");
            writer.WriteLine("if(reader.TryGetDateTime(out dateTimeValue)) return dateTimeValue;");
            writer.WriteLine("DateTimeOffset dateTimeOffsetValue;");
            writer.WriteLine("if(reader.TryGetDateTimeOffset(out dateTimeOffsetValue)) return dateTimeOffsetValue;");
            writer.WriteLine("Guid guidValue;");
            writer.WriteLine("if(reader.TryGetGuid(out guidValue)) return guidValue;");
            writer.WriteLine("return reader.GetString();");
            writer.CloseBlock();
            writer.WriteLine($"case {Token}.StartArray:");
            writer.WriteLine($"case {Token}.StartObject:");
            writer.WriteLine($"return new {KiotaNode}(global::System.Text.Json.JsonElement.ParseValue(ref reader)).GetObjectValue<UntypedNode>(UntypedNode.CreateFromDiscriminatorValue);");
            writer.WriteLine($"case {Token}.True:");
            writer.WriteLine("return true;");
            writer.WriteLine($"case {Token}.False:");
            writer.WriteLine("return false;");
            writer.WriteLine("default:");
            writer.WriteLine("return null;");
            writer.CloseBlock();
            writer.CloseBlock();
        }
    }
}
