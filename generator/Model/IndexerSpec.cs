namespace UsageGen.Generator.Model
{
    /// <summary>An indexer leading to the builder of a path-parameter segment.</summary>
    /// <param name="DeprecationMessage">Set on the string indexer Kiota's backward-compatible mode keeps beside a typed one.</param>
    internal sealed record IndexerSpec(string TargetType, string TemplateKey, TypeRef ParameterType, string Summary, string ParameterDescription, string? DeprecationMessage = null);
}
