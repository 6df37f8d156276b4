using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>The Kiota parse-node read and serialization-writer call for a value of a given type.</summary>
    internal static class SerializationCalls
    {
        /// <summary>An expression reading a <paramref name="type"/> value from the parse node named <paramref name="node"/>.</summary>
        public static string Read(TypeRef type, string node)
        {
            var element = CSharpTypes.Element(type);
            return (type.Kind, type.IsCollection) switch
            {
                (TypeRefKind.Model or TypeRefKind.Untyped, false) => node + ".GetObjectValue<" + element + ">(" + element + ".CreateFromDiscriminatorValue)",
                (TypeRefKind.Model or TypeRefKind.Untyped, true) => node + ".GetCollectionOfObjectValues<" + element + ">(" + element + ".CreateFromDiscriminatorValue)?.AsList()",
                (TypeRefKind.Enum, false) when type.Primitive == PrimitiveKind.Int32 => node + ".GetIntValue() is int value ? (" + element + "?)value : null",
                (TypeRefKind.Enum, false) => node + ".GetEnumValue<" + element + ">()",
                (TypeRefKind.Enum, true) => node + ".GetCollectionOfEnumValues<" + element + ">()?.AsList()",
                (_, true) => node + ".GetCollectionOfPrimitiveValues<" + CSharpTypes.OptionalElement(type) + ">()?.AsList()",
                _ => node + "." + CSharpTypes.ParseNodeGetter(type.Primitive) + "()",
            };
        }

        /// <summary>A statement writing <paramref name="value"/> under <paramref name="key"/> (a C# expression, <c>null</c> for a root value).</summary>
        public static string Write(TypeRef type, string key, string value)
        {
            var element = CSharpTypes.Element(type);
            return (type.Kind, type.IsCollection) switch
            {
                (TypeRefKind.Model or TypeRefKind.Untyped, false) => "writer.WriteObjectValue<" + element + ">(" + key + ", " + value + ")",
                (TypeRefKind.Model or TypeRefKind.Untyped, true) => "writer.WriteCollectionOfObjectValues<" + element + ">(" + key + ", " + value + ")",
                (TypeRefKind.Enum, false) when type.Primitive == PrimitiveKind.Int32 => "writer.WriteIntValue(" + key + ", (int?)" + value + ")",
                (TypeRefKind.Enum, false) => "writer.WriteEnumValue<" + element + ">(" + key + ", " + value + ")",
                (TypeRefKind.Enum, true) => "writer.WriteCollectionOfEnumValues<" + element + ">(" + key + ", " + value + ")",
                (_, true) => "writer.WriteCollectionOfPrimitiveValues<" + CSharpTypes.OptionalElement(type) + ">(" + key + ", " + value + ")",
                _ => "writer." + CSharpTypes.WriterMethod(type.Primitive) + "(" + key + ", " + value + ")",
            };
        }
    }
}
