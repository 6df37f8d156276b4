namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>One way our client falls short of Kiota's: a category (what to fix) and what it concerns.</summary>
public sealed record Mismatch(string Category, string Text)
{
    public const string MissingType = "missing type";
    public const string KindDiffers = "kind differs";
    public const string AccessibilityDiffers = "accessibility differs";
    public const string MissingBase = "missing base";
    public const string MissingMember = "missing member";
    public const string MemberDiffers = "member differs";

    public override string ToString() => Category + "  " + Text;
}
