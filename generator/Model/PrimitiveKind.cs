namespace UsageGen.Generator.Model
{
    /// <summary>The scalar types an OpenAPI type and format map to.</summary>
    internal enum PrimitiveKind
    {
        None,
        String,
        Boolean,
        Int32,
        Int64,
        Float,
        Double,
        Decimal,
        DateTimeOffset,
        Date,
        Time,
        TimeSpan,
        Guid,
        ByteArray,
        SByte,
        Byte,
    }
}
