namespace UsageGen.Generator.Model
{
    /// <summary>A reference to a type used by a property, parameter, body or response.</summary>
    /// <param name="TypeName">The <c>global::</c>-qualified name for enums and models; null otherwise.</param>
    /// <param name="IsCollection">A JSON array of the type (a <c>List</c> in models, an array in query parameters).</param>
    internal sealed record TypeRef(TypeRefKind Kind, PrimitiveKind Primitive, string? TypeName, bool IsCollection)
    {
        public static TypeRef Untyped { get; } = new(TypeRefKind.Untyped, PrimitiveKind.None, null, false);

        public static TypeRef Binary { get; } = new(TypeRefKind.Stream, PrimitiveKind.None, null, false);

        public static TypeRef Of(PrimitiveKind primitive) => new(TypeRefKind.Primitive, primitive, null, false);

        public TypeRef AsCollection() => this with { IsCollection = true };

        /// <summary>The enum's or model's name without its namespace (<c>ReleasesGetResponse</c>); null for other types.</summary>
        public string? SimpleName => TypeName?.Substring(TypeName.LastIndexOf('.') + 1);
    }
}
