using System;
using System.Collections.Generic;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>A Kiota generation mode, and the item metadata that asks our generator for the same shape.</summary>
/// <param name="Label">How the baseline and the summary name the mode.</param>
/// <param name="Arguments">What <c>kiota generate</c> is given for it.</param>
/// <param name="BackwardCompatible">Our <c>UsageGenBackwardCompatible</c>; null leaves our default (the <c>--ebc</c> shape).</param>
public sealed record KiotaMode(string Label, IReadOnlyList<string> Arguments, string? BackwardCompatible)
{
    public static readonly KiotaMode Ebc = new("ebc", new[] { "--exclude-backward-compatible" }, null);

    public static readonly KiotaMode Default = new("default", Array.Empty<string>(), "true");

    public static IReadOnlyList<KiotaMode> All { get; } = new[] { Ebc, Default };

    public override string ToString() => Label;
}
