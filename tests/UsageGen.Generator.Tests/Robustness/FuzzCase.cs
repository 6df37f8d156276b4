using System;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// One mutated description: its group, its index in the group, what was done, and how to build the text.
/// The text is built on demand because some cases are megabytes long.
/// </summary>
internal sealed record FuzzCase(string Group, int Index, string Description, Func<string> Text)
{
    public override string ToString() => $"{Group} #{Index} ({Description})";
}
