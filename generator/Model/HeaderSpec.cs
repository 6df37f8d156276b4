namespace UsageGen.Generator.Model
{
    /// <summary>A header with a single allowed value that every request of an operation carries.</summary>
    internal sealed record HeaderSpec(string Name, string Value);
}
