namespace UsageGen.Generator.Model
{
    /// <summary>One property a generated JSON reader matches by its wire name, and how it reads the value.</summary>
    /// <param name="ModelTypeName">For <see cref="JsonReadKind.Object"/> and <see cref="JsonReadKind.ObjectCollection"/>, the model whose reader fills the value.</param>
    internal sealed record JsonPropertyReaderSpec(string Name, string WireName, TypeRef Type, JsonReadKind Kind, string? ModelTypeName);
}
