namespace UsageGen.Generator.Model
{
    /// <summary>A model property and how it maps to the wire.</summary>
    /// <param name="DefaultValue">
    /// The schema's <c>default</c>, checked against <paramref name="Type"/>: an enum member's name, or a primitive value in
    /// its invariant spelling; the emitter assigns it in the constructor.
    /// </param>
    internal sealed record PropertySpec(
        string Name,
        string WireName,
        TypeRef Type,
        string Description,
        bool ReadOnly,
        string? DeprecationMessage,
        string? DefaultValue);
}
