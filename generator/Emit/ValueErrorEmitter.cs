using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes the exception of an error response whose JSON body is not an object. Kiota's runtime builds every error
    /// through <c>IParseNode.GetObjectValue</c>: it calls the factory with the body's root node and assigns fields only
    /// when that node is an object, so the factory reads the whole value and <c>GetFieldDeserializers</c> has nothing to add.
    /// </summary>
    internal static class ValueErrorEmitter
    {
        private const string Status = "\"The API answered with status \" + ResponseStatusCode";

        public static SourceText Emit(ValueErrorSpec spec, bool nullableAnnotations)
        {
            var writer = new SourceWriter(spec.Documented);
            // The body is read once and never sent, so the exception keeps it in a plain property in every mode, backing store included.
            GeneratedFile.Open(writer, spec.Namespace, GeneratedFile.KiotaUsings, nullableAnnotations);
            XmlDoc.Summary(writer, spec.Description);
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{spec.Accessibility} partial class {spec.Name} : ApiException, IParsable");

            writer.WriteLine("/// <summary>The error body the API sent.</summary>");
            var valueType = spec.Value;
            var type = CSharpTypes.Nullable(CSharpTypes.Property(valueType), !valueType.IsCollection && CSharpTypes.IsValueType(valueType), nullableAnnotations);
            writer.WriteLine($"public {type} Value {{ get; set; }}");
            writer.WriteLine("/// <summary>The body when it is a string; otherwise the status, and the value where it reads as text.</summary>");
            writer.WriteLine($"public override string Message {{ get => {MessageExpression(valueType)}; }}");

            MemberDocs.Factory(writer, spec.FullName);
            writer.OpenBlock($"public static {spec.FullName} CreateFromDiscriminatorValue(IParseNode parseNode)");
            writer.WriteLine("if(ReferenceEquals(parseNode, null)) throw new ArgumentNullException(nameof(parseNode));");
            writer.WriteLine($"var result = new {spec.FullName}();");
            var read = "result.Value = " + SerializationCalls.Read(valueType, "parseNode") + ";";
            if (ReadCannotThrow(valueType))
            {
                writer.WriteLine(read);
            }
            else
            {
                writer.OpenBlock("try");
                writer.WriteLine(read);
                writer.CloseBlock();
                writer.OpenBlock("catch(Exception)");
                writer.WriteLine("// A body of another shape (an enum read from a number, 1.5 for an integer) makes Kiota's getters throw,");
                writer.WriteLine("// which would replace this exception and its status; the exception is thrown without a value instead.");
                writer.CloseBlock();
            }

            writer.WriteLine("return result;");
            writer.CloseBlock();

            MemberDocs.Deserializers(writer);
            writer.OpenBlock("public virtual IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
            writer.WriteLine("return new Dictionary<string, Action<IParseNode>>();");
            writer.CloseBlock();

            MemberDocs.Serializer(writer);
            writer.OpenBlock("public virtual void Serialize(ISerializationWriter writer)");
            writer.WriteLine("if(ReferenceEquals(writer, null)) throw new ArgumentNullException(nameof(writer));");
            writer.WriteLine($"{(SerializationCalls.Write(valueType, "null", "Value"))};");
            writer.CloseBlock();

            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        /// <summary>
        /// Whether Kiota's JSON getter for the value returns null, rather than throwing, for a body of any other JSON kind
        /// (measured on Microsoft.Kiota.Serialization.Json 2.1.6: enums, integers, durations, unions and objects can throw).
        /// </summary>
        private static bool ReadCannotThrow(TypeRef value) => value.Kind switch
        {
            TypeRefKind.Primitive when value.IsCollection => value.Primitive == PrimitiveKind.String,
            TypeRefKind.Primitive => value.Primitive is PrimitiveKind.String or PrimitiveKind.Boolean or PrimitiveKind.Double or PrimitiveKind.Float
                or PrimitiveKind.Decimal or PrimitiveKind.Guid or PrimitiveKind.DateTimeOffset or PrimitiveKind.Date or PrimitiveKind.Time or PrimitiveKind.ByteArray,
            TypeRefKind.Untyped => true,
            _ => false,
        };

        private static string MessageExpression(TypeRef value)
        {
            if (value.IsCollection)
            {
                return value.Kind == TypeRefKind.Model
                    ? "Value == null ? " + Status + " + \".\" : " + Status + " + \": \" + Value.Count + \" " + value.SimpleName + " objects.\""
                    : "Value == null ? " + Status + " + \".\" : " + Status + " + \": \" + string.Join(\", \", Value)";
            }

            return value.Kind switch
            {
                TypeRefKind.Primitive when value.Primitive == PrimitiveKind.String => "Value ?? " + Status + " + \".\"",
                TypeRefKind.Primitive or TypeRefKind.Enum => "Value == null ? " + Status + " + \".\" : " + Status + " + \": \" + global::System.Convert.ToString(Value, global::System.Globalization.CultureInfo.InvariantCulture)",
                _ => Status + " + \".\"",
            };
        }
    }
}
