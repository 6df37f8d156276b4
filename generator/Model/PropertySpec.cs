namespace UsageGen.Generator.Model
{
    /// <summary>A model property and how it maps to the wire.</summary>
    /// <param name="DefaultValue">A C# expression assigned in the constructor, from the schema's <c>default</c>.</param>
    internal sealed record PropertySpec(
        string Name,
        string WireName,
        TypeRef Type,
        string Description,
        bool ReadOnly,
        string? DeprecationMessage,
        string? DefaultValue);
}
