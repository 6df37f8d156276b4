using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>What the user chose for one description through AdditionalFiles item metadata.</summary>
    /// <param name="IncludePaths">Path patterns (Kiota's <c>--include-path</c>): only matching operations are generated.</param>
    /// <param name="ExcludePaths">Path patterns (Kiota's <c>--exclude-path</c>): matching operations are left out.</param>
    /// <param name="XmlDocs">Whether descriptions become XML documentation comments.</param>
    /// <param name="InternalTypes">Whether generated types are <c>internal</c> (Kiota's <c>--type-access-modifier Internal</c>).</param>
    /// <param name="AdditionalData">Whether models keep unknown properties in <c>AdditionalData</c> (Kiota's <c>--additional-data</c>).</param>
    /// <param name="BackwardCompatible">
    /// Whether the client also has what Kiota's default mode keeps for older callers (Kiota without
    /// <c>--exclude-backward-compatible</c>): per-operation request configuration classes, string-typed enum query
    /// parameters beside typed ones, string path indexers beside typed ones, all obsolete.
    /// </param>
    /// <param name="BackingStore">
    /// Whether models keep their values in Kiota's backing store (Kiota's <c>--backing-store</c>), so a request body
    /// read from a response sends only what was changed since.
    /// </param>
    internal sealed record ClientOptions(
        string ClientClassName,
        string ClientNamespace,
        EquatableArray<string> IncludePaths,
        EquatableArray<string> ExcludePaths,
        bool XmlDocs,
        bool InternalTypes,
        bool AdditionalData,
        bool BackwardCompatible,
        bool BackingStore);
}
