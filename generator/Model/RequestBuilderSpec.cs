using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// A request builder for one node of the URL tree, or the root client when <see cref="IsRoot"/> is set.
    /// </summary>
    internal sealed record RequestBuilderSpec(
        string Namespace,
        string Name,
        string Summary,
        string UrlTemplate,
        bool IsRoot,
        string? BaseUrl,
        EquatableArray<NavigationSpec> Navigations,
        EquatableArray<IndexerSpec> Indexers,
        EquatableArray<OperationSpec> Operations)
        : GeneratedTypeSpec(Namespace, Name);
}
