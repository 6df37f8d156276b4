using System.Text.RegularExpressions;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// A place where ours differs from Kiota on purpose, because ours is more exact: named, explained, listed in the README,
/// and matched against the parity lines so that it cannot hide anything else.
/// </summary>
/// <param name="Name">What the departure is.</param>
/// <param name="Reason">Why ours is right there (the README repeats it).</param>
/// <param name="Pattern">The parity lines it covers.</param>
public sealed record DeliberateDeparture(string Name, string Reason, Regex Pattern)
{
    public bool Covers(string line) => Pattern.IsMatch(line);

    public override string ToString() => Name;
}
