namespace UsageGen.Generator.Model
{
    /// <summary>The broad kind of a <see cref="TypeRef"/>.</summary>
    internal enum TypeRefKind
    {
        Primitive,
        Enum,
        Model,
        Untyped,
        Stream,

        /// <summary>Kiota's <c>MultipartBody</c>, for <c>multipart/form-data</c> request bodies.</summary>
        Multipart,
    }
}
