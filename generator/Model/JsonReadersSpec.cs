using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// What one client's fast JSON read path is generated from: its parse node factory, root parse node and a reader per
    /// model, all in the client's namespace (see <see cref="Bind.JsonReadersSpecBuilder"/>).
    /// </summary>
    /// <param name="ClientName">The root client class; the generated types are named after it.</param>
    internal sealed record JsonReadersSpec(
        string Namespace,
        string ClientName,
        bool Internal,
        bool Documented,
        EquatableArray<JsonModelReaderSpec> Models);
}
