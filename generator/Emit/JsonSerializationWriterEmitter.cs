using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Client}JsonSerializationWriter</c>, the JSON writer of the client's writer factory. It wraps Kiota's
    /// <c>JsonSerializationWriter</c> and writes through the same <c>Utf8JsonWriter</c>, into the same stream: numbers,
    /// strings, booleans, GUIDs and dates go straight to the <c>Utf8JsonWriter</c> (Kiota hands each one to
    /// <c>JsonSerializer.Serialize</c>, boxed, to write the same bytes), objects and collections of objects are walked
    /// with this writer, and everything else (enums, dates, durations, primitive collections, untyped values) is
    /// written by Kiota's writer itself.
    /// </summary>
    internal static class JsonSerializationWriterEmitter
    {
        private const string KiotaWriter = "global::Microsoft.Kiota.Serialization.Json.JsonSerializationWriter";

        public static string HintName(JsonReadersSpec spec) => spec.Namespace + "." + Name(spec) + ".g.cs";

        public static string Name(JsonReadersSpec spec) => spec.ClientName + "JsonSerializationWriter";

        public static SourceText Emit(JsonReadersSpec spec, bool nullableAnnotations)
        {
            string Optional(string type) => CSharpTypes.Nullable(type, false, nullableAnnotations);
            var name = Name(spec);
            var key = Optional("string") + " key";
            // Kiota's interface is annotated, but string.IsNullOrEmpty is not on netstandard2.0.
            var bang = nullableAnnotations ? "!" : string.Empty;
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, GeneratedFile.KiotaUsings, nullableAnnotations);
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Writes JSON for <see cref=\"{JsonSerializationWriterFactoryEmitter.Name(spec)}\"/>: the bytes Kiota's <c>JsonSerializationWriter</c> writes,");
            writer.WriteLine("/// through the same <c>Utf8JsonWriter</c>, without boxing each value through <c>JsonSerializer</c>.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"internal sealed class {name} : ISerializationWriter, IDisposable");
            writer.WriteLine($"private readonly {KiotaWriter} _kiota = new {KiotaWriter}();");
            writer.WriteLine("private readonly global::System.Text.Json.Utf8JsonWriter _json;");
            writer.WriteLine("/// <summary>Creates the writer and the Kiota writer it shares its stream with.</summary>");
            writer.OpenBlock($"public {name}()");
            writer.WriteLine("_json = _kiota.writer;");
            writer.CloseBlock();

            // The hooks live on Kiota's writer too, so that what it writes itself calls them as before.
            Hook(writer, "before each object is written", Optional("Action<IParsable>"), "OnBeforeObjectSerialization");
            Hook(writer, "after each object is written", Optional("Action<IParsable>"), "OnAfterObjectSerialization");
            Hook(writer, "when each object starts, with the writer", Optional("Action<IParsable, ISerializationWriter>"), "OnStartObjectSerialization");

            writer.WriteLine("/// <summary>The JSON written so far, from its start.</summary>");
            writer.WriteLine("/// <returns>The stream of Kiota's writer.</returns>");
            writer.WriteLine("public Stream GetSerializedContent() => _kiota.GetSerializedContent();");

            writer.WriteLine("/// <summary>Writes a string; nothing when it is null.</summary>");
            writer.OpenBlock($"public void WriteStringValue({key}, {Optional("string")} value)");
            writer.WriteLine("if(value == null) return;");
            writer.WriteLine($"if(!string.IsNullOrEmpty(key)) _json.WritePropertyName(key{bang});");
            writer.WriteLine("_json.WriteStringValue(value);");
            writer.CloseBlock();
            Value(writer, key, bang, "bool", "boolean", "_json.WriteBooleanValue(value.Value)", "WriteBoolValue");
            Value(writer, key, bang, "byte", "byte", "_json.WriteNumberValue(value.Value)", "WriteByteValue");
            Value(writer, key, bang, "sbyte", "sbyte", "_json.WriteNumberValue(value.Value)", "WriteSbyteValue");
            Value(writer, key, bang, "int", "integer", "_json.WriteNumberValue(value.Value)", "WriteIntValue");
            Value(writer, key, bang, "float", "float", "_json.WriteNumberValue(value.Value)", "WriteFloatValue");
            Value(writer, key, bang, "long", "long integer", "_json.WriteNumberValue(value.Value)", "WriteLongValue");
            Value(writer, key, bang, "double", "double", "_json.WriteNumberValue(value.Value)", "WriteDoubleValue");
            Value(writer, key, bang, "decimal", "decimal", "_json.WriteNumberValue(value.Value)", "WriteDecimalValue");
            Value(writer, key, bang, "Guid", "GUID", "_json.WriteStringValue(value.Value)", "WriteGuidValue");
            Value(writer, key, bang, "DateTimeOffset", "date and time", "_json.WriteStringValue(value.Value)", "WriteDateTimeOffsetValue");
            Delegate(writer, "an ISO 8601 duration", $"WriteTimeSpanValue({key}, TimeSpan? value)", "_kiota.WriteTimeSpanValue(key, value)");
            Delegate(writer, "a date", $"WriteDateValue({key}, Date? value)", "_kiota.WriteDateValue(key, value)");
            Delegate(writer, "a time", $"WriteTimeValue({key}, global::Microsoft.Kiota.Abstractions.Time? value)", "_kiota.WriteTimeValue(key, value)");
            Delegate(writer, "null", $"WriteNullValue({key})", "_kiota.WriteNullValue(key)");
            Delegate(writer, "an enum value", $"WriteEnumValue<T>({key}, T? value) where T : struct, Enum", "_kiota.WriteEnumValue<T>(key, value)");
            Delegate(writer, "a collection of primitive values", $"WriteCollectionOfPrimitiveValues<T>({key}, {Optional("IEnumerable<T>")} values)", "_kiota.WriteCollectionOfPrimitiveValues<T>(key, values)");
            Delegate(writer, "a collection of enum values", $"WriteCollectionOfEnumValues<T>({key}, {Optional("IEnumerable<T?>")} values) where T : struct, Enum", "_kiota.WriteCollectionOfEnumValues<T>(key, values)");
            Delegate(writer, "bytes as base64", $"WriteByteArrayValue({key}, {Optional("byte[]")} value)", "_kiota.WriteByteArrayValue(key, value)");

            writer.WriteLine("/// <summary>Writes each object of a collection with this writer; nothing when the collection is null.</summary>");
            writer.OpenBlock($"public void WriteCollectionOfObjectValues<T>({key}, {Optional("IEnumerable<T>")} values) where T : IParsable");
            writer.WriteLine("if(values == null) return;");
            writer.WriteLine($"if(!string.IsNullOrEmpty(key)) _json.WritePropertyName(key{bang});");
            writer.WriteLine("_json.WriteStartArray();");
            writer.WriteLine("foreach(var item in values) WriteObjectValue<T>(null, item);");
            writer.WriteLine("_json.WriteEndArray();");
            writer.CloseBlock();

            writer.WriteLine("/// <summary>Writes an object and the values merged into it, calling the hooks as Kiota's writer does; an untyped value is written by Kiota's writer.</summary>");
            // Kiota declares the value T?, which needs C# 9 for an unconstrained T; unannotated, it matches any version.
            if (nullableAnnotations)
            {
                writer.WriteLine("#nullable disable");
            }

            writer.OpenBlock("public void WriteObjectValue<T>(string key, T value, params IParsable[] additionalValuesToMerge) where T : IParsable");
            writer.OpenBlock("if(value is UntypedNode)");
            writer.WriteLine("_kiota.WriteObjectValue<T>(key, value, additionalValuesToMerge);");
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine("var merged = false;");
            writer.WriteLine("foreach(var other in additionalValuesToMerge) merged |= other != null;");
            writer.WriteLine("if(value == null && !merged) return;");
            writer.WriteLine($"if(!string.IsNullOrEmpty(key)) _json.WritePropertyName(key{bang});");
            writer.WriteLine("if(value != null) OnBeforeObjectSerialization?.Invoke(value);");
            // A composed type's wrapper writes its member's value in place, with no object of its own.
            writer.WriteLine("var wrapper = value is IComposedTypeWrapper;");
            writer.WriteLine("if(!wrapper) _json.WriteStartObject();");
            writer.OpenBlock("if(value != null)");
            writer.WriteLine("OnStartObjectSerialization?.Invoke(value, this);");
            writer.WriteLine("value.Serialize(this);");
            writer.CloseBlock();
            writer.OpenBlock("foreach(var other in additionalValuesToMerge)");
            writer.WriteLine("if(other == null) continue;");
            writer.WriteLine("OnBeforeObjectSerialization?.Invoke(other);");
            writer.WriteLine("OnStartObjectSerialization?.Invoke(other, this);");
            writer.WriteLine("other.Serialize(this);");
            writer.WriteLine("OnAfterObjectSerialization?.Invoke(other);");
            writer.CloseBlock();
            writer.WriteLine("if(!wrapper) _json.WriteEndObject();");
            writer.WriteLine("if(value != null) OnAfterObjectSerialization?.Invoke(value);");
            writer.CloseBlock();
            if (nullableAnnotations)
            {
                writer.WriteLine("#nullable restore");
            }

            writer.WriteLine("/// <summary>Writes each value of the property bag: the common kinds here, the others (dates, durations, maps, collections, untyped values) by Kiota's writer.</summary>");
            writer.OpenBlock("public void WriteAdditionalData(IDictionary<string, object> value)");
            writer.WriteLine("if(value == null) return;");
            writer.OpenBlock("foreach(var pair in value)");
            writer.OpenBlock("switch(pair.Value)");
            AnyValue(writer, "string text", "WriteStringValue(pair.Key, text)");
            AnyValue(writer, "bool boolean", "WriteBoolValue(pair.Key, boolean)");
            AnyValue(writer, "int integer", "WriteIntValue(pair.Key, integer)");
            AnyValue(writer, "long longInteger", "WriteLongValue(pair.Key, longInteger)");
            AnyValue(writer, "double number", "WriteDoubleValue(pair.Key, number)");
            AnyValue(writer, "decimal amount", "WriteDecimalValue(pair.Key, amount)");
            AnyValue(writer, "Guid guid", "WriteGuidValue(pair.Key, guid)");
            AnyValue(writer, "DateTimeOffset moment", "WriteDateTimeOffsetValue(pair.Key, moment)");
            // An untyped value is a model too, but Kiota writes it without the object hooks: it goes to Kiota's writer before
            // the model case, which writes any other model in the bag as Kiota does, through this writer.
            writer.WriteLine("case UntypedNode node:");
            writer.WriteLine("    _kiota.WriteAdditionalData(new Dictionary<string, object> { { pair.Key, node } });");
            writer.WriteLine("    break;");
            AnyValue(writer, "IParsable model", "WriteObjectValue(pair.Key, model)");
            writer.WriteLine("default:");
            writer.WriteLine($"    _kiota.WriteAdditionalData(new Dictionary<string, object> {{ {{ pair.Key, pair.Value{bang} }} }});");
            writer.WriteLine("    break;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.CloseBlock();

            writer.WriteLine("/// <summary>Disposes Kiota's writer.</summary>");
            writer.WriteLine("public void Dispose() => _kiota.Dispose();");
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        private static void Hook(SourceWriter writer, string when, string type, string name)
        {
            writer.WriteLine($"/// <summary>Called {when}.</summary>");
            writer.OpenBlock($"public {type} {name}");
            writer.WriteLine($"get {{ return _kiota.{name}; }}");
            writer.WriteLine($"set {{ _kiota.{name} = value; }}");
            writer.CloseBlock();
        }

        private static void Value(SourceWriter writer, string key, string bang, string type, string what, string write, string method)
        {
            writer.WriteLine($"/// <summary>Writes a {what}; nothing when it is null.</summary>");
            writer.OpenBlock($"public void {method}({key}, {type}? value)");
            writer.WriteLine("if(!value.HasValue) return;");
            writer.WriteLine($"if(!string.IsNullOrEmpty(key)) _json.WritePropertyName(key{bang});");
            writer.WriteLine($"{write};");
            writer.CloseBlock();
        }

        private static void Delegate(SourceWriter writer, string what, string signature, string call)
        {
            writer.WriteLine($"/// <summary>Writes {what} with Kiota's writer.</summary>");
            writer.WriteLine($"public void {signature} => {call};");
        }

        private static void AnyValue(SourceWriter writer, string pattern, string call)
        {
            writer.WriteLine($"case {pattern}:");
            writer.WriteLine($"    {call};");
            writer.WriteLine("    break;");
        }
    }
}
