using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Client}JsonParseNode</c>, the root parse node of the client's JSON factory. <c>GetObjectValue</c> creates
    /// the model with the factory it is given and fills it with the generated reader of the model's runtime type, straight
    /// from the pooled buffer; every other call goes to Kiota's <c>JsonParseNode</c> over the same bytes, built when first
    /// needed exactly as Kiota's factory builds it.
    /// </summary>
    internal static class JsonParseNodeEmitter
    {
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";

        public static string HintName(JsonReadersSpec spec) => spec.Namespace + "." + Name(spec) + ".g.cs";

        public static string Name(JsonReadersSpec spec) => spec.ClientName + "JsonParseNode";

        public static SourceText Emit(JsonReadersSpec spec, bool nullableAnnotations)
        {
            string Optional(string type) => CSharpTypes.Nullable(type, false, nullableAnnotations);
            var name = Name(spec);
            var readers = JsonModelReadersEmitter.Name(spec);
            var kiotaNode = "global::Microsoft.Kiota.Serialization.Json.JsonParseNode";
            var hook = Optional("Action<IParsable>");
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, GeneratedFile.KiotaUsings, nullableAnnotations);
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// The root of a JSON response read by <see cref=\"{JsonParseNodeFactoryEmitter.Name(spec)}\"/>. It holds the body in a pooled buffer,");
            writer.WriteLine("/// which goes back to the pool after the first read of the root: like Kiota's adapter, read the root once.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"internal sealed class {name} : IParseNode");
            writer.WriteLine("private readonly int _offset;");
            writer.WriteLine("private readonly int _length;");
            writer.WriteLine($"private {(Optional("byte[]"))} _buffer;");
            writer.WriteLine($"private {Optional(kiotaNode)} _kiotaNode;");
            writer.WriteLine("/// <summary>Takes <paramref name=\"buffer\"/>, rented from the shared pool; the JSON in it is checked as it is read.</summary>");
            writer.WriteLine("/// <param name=\"buffer\">The body, from index 0.</param>");
            writer.WriteLine("/// <param name=\"length\">The length of the body.</param>");
            writer.OpenBlock($"public {name}(byte[] buffer, int length)");
            // JsonDocument.ParseAsync, which Kiota's factory uses, skips a UTF-8 byte order mark.
            writer.WriteLine("_offset = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;");
            writer.WriteLine("_length = length - _offset;");
            writer.WriteLine("_buffer = buffer;");
            writer.CloseBlock();
            writer.WriteLine("/// <summary>Called with each model before its properties are assigned.</summary>");
            writer.WriteLine($"public {hook} OnBeforeAssignFieldValues {{ get; set; }}");
            writer.WriteLine("/// <summary>Called with each model after its properties are assigned.</summary>");
            writer.WriteLine($"public {hook} OnAfterAssignFieldValues {{ get; set; }}");
            writer.WriteLine("/// <summary>Creates the model with <paramref name=\"factory\"/> and fills it with the generated reader of its type, or with Kiota's parse node when there is none.</summary>");
            writer.WriteLine("/// <returns>The model.</returns>");
            writer.WriteLine("/// <param name=\"factory\">Creates the model.</param>");
            writer.OpenBlock("public T GetObjectValue<T>(ParsableFactory<T> factory) where T : IParsable");
            writer.OpenBlock("if(typeof(T) == typeof(UntypedNode) || _buffer == null)");
            writer.WriteLine("return Detached().GetObjectValue<T>(factory);");
            writer.CloseBlock();
            writer.OpenBlock("try");
            // An empty body or one that does not start a JSON value fails before the model is created.
            writer.WriteLine($"var reader = new {Reader}(new ReadOnlySpan<byte>(_buffer, _offset, _length));");
            writer.WriteLine("reader.Read();");
            if (JsonModelReadersEmitter.HasPolymorphicModels(spec))
            {
                // A discriminated model's own factory would read the discriminator through this node: the readers look it up instead.
                writer.WriteLine($"var polymorphic = {readers}.TryReadPolymorphic<T>(ref reader, factory, OnBeforeAssignFieldValues, OnAfterAssignFieldValues);");
                writer.OpenBlock("if(polymorphic != null)");
                writer.WriteLine("CheckEnd(ref reader);");
                writer.WriteLine("return (T)polymorphic;");
                writer.CloseBlock();
            }

            writer.WriteLine("var item = factory(this);");
            // A composed type's factory reads the root's value itself, which hands the body to Kiota's node.
            writer.WriteLine("if(_buffer == null) return KiotaNode().GetObjectValue<T>(_ => item);");
            writer.OpenBlock($"if({readers}.TryFill(ref reader, item, OnBeforeAssignFieldValues, OnAfterAssignFieldValues))");
            writer.WriteLine("CheckEnd(ref reader);");
            writer.WriteLine("return item;");
            writer.CloseBlock();
            // The factory's instance is kept: Kiota's node fills it as it would have filled its own.
            writer.WriteLine("return KiotaNode().GetObjectValue<T>(_ => item);");
            writer.CloseBlock();
            writer.OpenBlock("finally");
            writer.WriteLine("Release();");
            writer.CloseBlock();
            writer.CloseBlock();
            Delegate(writer, "the child node", Optional("IParseNode") + " GetChildNode(string identifier)", "KiotaNode().GetChildNode(identifier)");
            Delegate(writer, "the string value", Optional("string") + " GetStringValue()", "Detached().GetStringValue()");
            Delegate(writer, "the boolean value", "bool? GetBoolValue()", "Detached().GetBoolValue()");
            Delegate(writer, "the byte value", "byte? GetByteValue()", "Detached().GetByteValue()");
            Delegate(writer, "the sbyte value", "sbyte? GetSbyteValue()", "Detached().GetSbyteValue()");
            Delegate(writer, "the int value", "int? GetIntValue()", "Detached().GetIntValue()");
            Delegate(writer, "the float value", "float? GetFloatValue()", "Detached().GetFloatValue()");
            Delegate(writer, "the long value", "long? GetLongValue()", "Detached().GetLongValue()");
            Delegate(writer, "the double value", "double? GetDoubleValue()", "Detached().GetDoubleValue()");
            Delegate(writer, "the decimal value", "decimal? GetDecimalValue()", "Detached().GetDecimalValue()");
            Delegate(writer, "the Guid value", "Guid? GetGuidValue()", "Detached().GetGuidValue()");
            Delegate(writer, "the DateTimeOffset value", "DateTimeOffset? GetDateTimeOffsetValue()", "Detached().GetDateTimeOffsetValue()");
            Delegate(writer, "the TimeSpan value", "TimeSpan? GetTimeSpanValue()", "Detached().GetTimeSpanValue()");
            Delegate(writer, "the Date value", "Date? GetDateValue()", "Detached().GetDateValue()");
            Delegate(writer, "the Time value", "global::Microsoft.Kiota.Abstractions.Time? GetTimeValue()", "Detached().GetTimeValue()");
            Delegate(writer, "the base64 bytes", Optional("byte[]") + " GetByteArrayValue()", "Detached().GetByteArrayValue()");
            writer.WriteLine("/// <summary>Reads an array of models with the generated reader when <paramref name=\"factory\"/> is a model's own, else with Kiota's parse node. The generated reader reads them all at once, Kiota's as they are enumerated.</summary>");
            writer.WriteLine("/// <returns>The models.</returns>");
            writer.WriteLine("/// <param name=\"factory\">Creates each model.</param>");
            writer.OpenBlock("public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory) where T : IParsable");
            writer.WriteLine("if(_buffer == null) return Detached().GetCollectionOfObjectValues<T>(factory);");
            writer.WriteLine($"var reader = new {Reader}(new ReadOnlySpan<byte>(_buffer, _offset, _length));");
            writer.WriteLine("reader.Read();");
            writer.WriteLine($"var values = {readers}.TryReadCollection<T>(ref reader, factory, OnBeforeAssignFieldValues, OnAfterAssignFieldValues);");
            writer.WriteLine("if(values == null) return Detached().GetCollectionOfObjectValues<T>(factory);");
            writer.WriteLine("CheckEnd(ref reader);");
            writer.WriteLine("Release();");
            writer.WriteLine("return values;");
            writer.CloseBlock();
            writer.WriteLine("#if NET5_0_OR_GREATER");
            Delegate(writer, "the collection of primitive values", "IEnumerable<T> GetCollectionOfPrimitiveValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>()", "Detached().GetCollectionOfPrimitiveValues<T>()");
            Delegate(writer, "the collection of enum values", "IEnumerable<T?> GetCollectionOfEnumValues<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum", "Detached().GetCollectionOfEnumValues<T>()");
            Delegate(writer, "the enum value", "T? GetEnumValue<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum", "Detached().GetEnumValue<T>()");
            writer.WriteLine("#else");
            Delegate(writer, "the collection of primitive values", "IEnumerable<T> GetCollectionOfPrimitiveValues<T>()", "Detached().GetCollectionOfPrimitiveValues<T>()");
            Delegate(writer, "the collection of enum values", "IEnumerable<T?> GetCollectionOfEnumValues<T>() where T : struct, Enum", "Detached().GetCollectionOfEnumValues<T>()");
            Delegate(writer, "the enum value", "T? GetEnumValue<T>() where T : struct, Enum", "Detached().GetEnumValue<T>()");
            writer.WriteLine("#endif");
            writer.OpenBlock($"private {kiotaNode} KiotaNode()");
            writer.OpenBlock("if(_kiotaNode == null)");
            writer.WriteLine("if(_buffer == null) throw new InvalidOperationException(\"The root of a JSON response can be read once; read it again from the response.\");");
            // What Kiota's JsonParseNodeFactory does: parse, then clone the root so that the node outlives the document.
            writer.OpenBlock("using(var document = global::System.Text.Json.JsonDocument.Parse(new ReadOnlyMemory<byte>(_buffer, _offset, _length)))");
            writer.WriteLine($"_kiotaNode = new {kiotaNode}(document.RootElement.Clone());");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine("_kiotaNode.OnBeforeAssignFieldValues = OnBeforeAssignFieldValues;");
            writer.WriteLine("_kiotaNode.OnAfterAssignFieldValues = OnAfterAssignFieldValues;");
            writer.WriteLine("return _kiotaNode;");
            writer.CloseBlock();
            writer.OpenBlock($"private {kiotaNode} Detached()");
            writer.WriteLine("var node = KiotaNode();");
            writer.WriteLine("Release();");
            writer.WriteLine("return node;");
            writer.CloseBlock();
            // Only whitespace may follow the root value: otherwise the reader throws the JsonException JsonDocument would.
            writer.OpenBlock($"private static void CheckEnd(ref {Reader} reader)");
            writer.WriteLine("while(reader.Read())");
            writer.OpenBlock();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.OpenBlock("private void Release()");
            writer.WriteLine("var buffer = _buffer;");
            writer.WriteLine("_buffer = null;");
            writer.WriteLine("if(buffer != null) global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);");
            writer.CloseBlock();
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        private static void Delegate(SourceWriter writer, string what, string signature, string call)
        {
            writer.WriteLine($"/// <summary>Reads {what} with Kiota's parse node.</summary>");
            writer.WriteLine($"public {signature} => {call};");
        }
    }
}
