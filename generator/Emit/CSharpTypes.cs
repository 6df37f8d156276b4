using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>How a <see cref="TypeRef"/> is written in C# and read or written through Kiota's serialization.</summary>
    internal static class CSharpTypes
    {
        /// <summary>The element type's C# name (<c>long</c>, <c>string</c>, <c>global::X.Models.Y</c>).</summary>
        public static string Element(TypeRef type) => type.Kind switch
        {
            TypeRefKind.Enum or TypeRefKind.Model => type.TypeName!,
            TypeRefKind.Untyped => "UntypedNode",
            TypeRefKind.Stream => "Stream",
            TypeRefKind.Multipart => "MultipartBody",
            _ => type.Primitive switch
            {
                PrimitiveKind.Boolean => "bool",
                PrimitiveKind.Int32 => "int",
                PrimitiveKind.Int64 => "long",
                PrimitiveKind.Float => "float",
                PrimitiveKind.Double => "double",
                PrimitiveKind.Decimal => "decimal",
                PrimitiveKind.DateTimeOffset => "DateTimeOffset",
                PrimitiveKind.Date => "Date",
                // Qualified: a path segment named time makes a Time namespace (unescaped, as in Kiota) that would hide it.
                PrimitiveKind.Time => "global::Microsoft.Kiota.Abstractions.Time",
                PrimitiveKind.TimeSpan => "TimeSpan",
                PrimitiveKind.Guid => "Guid",
                PrimitiveKind.ByteArray => "byte[]",
                PrimitiveKind.SByte => "sbyte",
                PrimitiveKind.Byte => "byte",
                _ => "string",
            },
        };

        /// <summary>Whether the element is a value type (written with <c>?</c> wherever it is optional).</summary>
        public static bool IsValueType(TypeRef type) =>
            type.Kind == TypeRefKind.Enum ||
            (type.Kind == TypeRefKind.Primitive && type.Primitive is not (PrimitiveKind.String or PrimitiveKind.ByteArray));

        /// <summary>The element written as an optional value: <c>long?</c>, <c>string</c>.</summary>
        public static string OptionalElement(TypeRef type) => IsValueType(type) ? Element(type) + "?" : Element(type);

        /// <summary>The type of a model property, <c>List&lt;T&gt;</c> for collections.</summary>
        public static string Property(TypeRef type) => type.IsCollection ? "List<" + OptionalElement(type) + ">" : Element(type);

        /// <summary>
        /// The type of a query parameter property, an array for collections: of nullable elements for primitive value
        /// types (<c>Guid?[]</c>) and of plain ones for enums, as in Kiota.
        /// </summary>
        public static string QueryParameter(TypeRef type) => type.IsCollection
            ? (type.Kind == TypeRefKind.Primitive && IsValueType(type) ? Element(type) + "?" : Element(type)) + "[]"
            : Element(type);

        /// <summary>Appends <c>?</c>: always for value types, for reference types only where nullable annotations are on.</summary>
        public static string Nullable(string csharpType, bool isValueType, bool annotations) =>
            isValueType || annotations ? csharpType + "?" : csharpType;

        /// <summary>The <c>IParseNode</c> getter for a primitive.</summary>
        public static string ParseNodeGetter(PrimitiveKind primitive) => primitive switch
        {
            PrimitiveKind.Boolean => "GetBoolValue",
            PrimitiveKind.Int32 => "GetIntValue",
            PrimitiveKind.Int64 => "GetLongValue",
            PrimitiveKind.Float => "GetFloatValue",
            PrimitiveKind.Double => "GetDoubleValue",
            PrimitiveKind.Decimal => "GetDecimalValue",
            PrimitiveKind.DateTimeOffset => "GetDateTimeOffsetValue",
            PrimitiveKind.Date => "GetDateValue",
            PrimitiveKind.Time => "GetTimeValue",
            PrimitiveKind.TimeSpan => "GetTimeSpanValue",
            PrimitiveKind.Guid => "GetGuidValue",
            PrimitiveKind.ByteArray => "GetByteArrayValue",
            PrimitiveKind.SByte => "GetSbyteValue",
            PrimitiveKind.Byte => "GetByteValue",
            _ => "GetStringValue",
        };

        /// <summary>The <c>ISerializationWriter</c> method for a primitive.</summary>
        public static string WriterMethod(PrimitiveKind primitive) => primitive switch
        {
            PrimitiveKind.Boolean => "WriteBoolValue",
            PrimitiveKind.Int32 => "WriteIntValue",
            PrimitiveKind.Int64 => "WriteLongValue",
            PrimitiveKind.Float => "WriteFloatValue",
            PrimitiveKind.Double => "WriteDoubleValue",
            PrimitiveKind.Decimal => "WriteDecimalValue",
            PrimitiveKind.DateTimeOffset => "WriteDateTimeOffsetValue",
            PrimitiveKind.Date => "WriteDateValue",
            PrimitiveKind.Time => "WriteTimeValue",
            PrimitiveKind.TimeSpan => "WriteTimeSpanValue",
            PrimitiveKind.Guid => "WriteGuidValue",
            PrimitiveKind.ByteArray => "WriteByteArrayValue",
            PrimitiveKind.SByte => "WriteSbyteValue",
            PrimitiveKind.Byte => "WriteByteValue",
            _ => "WriteStringValue",
        };
    }
}
