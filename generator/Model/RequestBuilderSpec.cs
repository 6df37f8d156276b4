using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// A request builder for one node of the URL tree, or the root client when <see cref="IsRoot"/> is set.
    /// </summary>
    /// <param name="PathParameters">For a segment that mixes text and parameters, the optional constructor arguments that fill them.</param>
    internal sealed record RequestBuilderSpec(
        string Namespace,
        string Name,
        string Summary,
        string UrlTemplate,
        bool IsRoot,
        string? BaseUrl,
        EquatableArray<NavigationSpec> Navigations,
        EquatableArray<IndexerSpec> Indexers,
        EquatableArray<OperationSpec> Operations,
        EquatableArray<PathParameterSpec> PathParameters = default)
        : GeneratedTypeSpec(Namespace, Name);
}
