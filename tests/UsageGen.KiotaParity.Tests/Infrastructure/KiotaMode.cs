using System;
using System.Collections.Generic;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>A Kiota generation mode, and the item metadata that asks our generator for the same shape.</summary>
/// <param name="Label">How the baseline and the summary name the mode.</param>
/// <param name="Arguments">What <c>kiota generate</c> is given for it.</param>
/// <param name="BackwardCompatible">Our <c>UsageGenBackwardCompatible</c>; null leaves our default (the <c>--ebc</c> shape).</param>
/// <param name="BackingStore">Our <c>UsageGenBackingStore</c>, for Kiota's <c>--backing-store</c>.</param>
/// <param name="TypeAccessModifier">Our <c>UsageGenTypeAccessModifier</c>, for Kiota's <c>--type-access-modifier</c>.</param>
/// <param name="AdditionalData">Our <c>UsageGenAdditionalData</c>, for Kiota's <c>--additional-data</c>.</param>
public sealed record KiotaMode(string Label, IReadOnlyList<string> Arguments, string? BackwardCompatible, string? BackingStore = null, string? TypeAccessModifier = null, string? AdditionalData = null)
{
    public static readonly KiotaMode Ebc = new("ebc", new[] { "--exclude-backward-compatible" }, null);

    public static readonly KiotaMode Default = new("default", Array.Empty<string>(), "true");

    // The options below are compared on the --ebc shape, ours by default, so that each differs from ebc by one option.
    public static readonly KiotaMode BackedModels = new("backing-store", new[] { "--exclude-backward-compatible", "--backing-store" }, null, BackingStore: "true");

    public static readonly KiotaMode InternalTypes = new("internal", new[] { "--exclude-backward-compatible", "--type-access-modifier", "Internal" }, null, TypeAccessModifier: "Internal");

    public static readonly KiotaMode NoAdditionalData = new("no-additional-data", new[] { "--exclude-backward-compatible", "--additional-data", "false" }, null, AdditionalData: "false");

    public static IReadOnlyList<KiotaMode> All { get; } = new[] { Ebc, Default, BackedModels, InternalTypes, NoAdditionalData };

    /// <summary>
    /// Whether the client's types are internal: then its surface is what code in the same assembly reaches (internal
    /// types and their public members), and the calling program is compiled into the client's assembly.
    /// </summary>
    public bool Internal => TypeAccessModifier == "Internal";

    public override string ToString() => Label;
}
