namespace UsageGen.Generator.Model
{
    /// <summary>An indexer leading to the builder of a path-parameter segment.</summary>
    internal sealed record IndexerSpec(string TargetType, string TemplateKey, TypeRef ParameterType, string Summary, string ParameterDescription);
}
