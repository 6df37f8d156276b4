using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// A wrapper for a <c>oneOf</c> (one member is set) or <c>anyOf</c> (<see cref="IsIntersection"/>: object
    /// members are merged) schema, with Kiota's <c>IComposedTypeWrapper</c> shape.
    /// </summary>
    internal sealed record ComposedTypeSpec(
        string Namespace,
        string Name,
        string Description,
        bool IsIntersection,
        string? DiscriminatorProperty,
        EquatableArray<ComposedMemberSpec> Members)
        : GeneratedTypeSpec(Namespace, Name)
    {
        /// <summary>Why the type is obsolete (Kiota's backward-compatible <c>…Response</c> copies); null when it is not.</summary>
        public string? DeprecationMessage { get; init; }
    }
}
