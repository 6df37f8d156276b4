namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>One description of the parity set and the names both generators are given for it.</summary>
/// <param name="Name">Short label used in the baseline and the summary.</param>
/// <param name="RelativePath">The description file, relative to the repository root.</param>
/// <param name="ClientClassName">Kiota's <c>-c</c>, our <c>UsageGenClientClassName</c>.</param>
/// <param name="ClientNamespace">Kiota's <c>-n</c>, our <c>UsageGenClientNamespace</c>.</param>
/// <param name="MultiFile">
/// The description <c>$ref</c>s other files in its folder: ours gets them as unmarked AdditionalFiles items, Kiota reads them
/// from disk.
/// </param>
public sealed record ParityDescription(string Name, string RelativePath, string ClientClassName, string ClientNamespace, bool MultiFile = false)
{
    public override string ToString() => Name;
}
