using Microsoft.CodeAnalysis;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// An AdditionalFiles item a description's relative <c>$ref</c>s may reach. Its text is read only when a reference
    /// reaches it, and it compares by the item's identity, which the compiler keeps while the file is unchanged.
    /// </summary>
    internal sealed record AvailableFile(string Path, AdditionalText Text);
}
