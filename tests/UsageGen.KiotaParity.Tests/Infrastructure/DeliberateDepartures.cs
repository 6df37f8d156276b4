using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>The short allowlist of deliberate departures from Kiota's surface; everything else is in the baseline or fixed.</summary>
public static class DeliberateDepartures
{
    public static IReadOnlyList<DeliberateDeparture> All { get; } = new DeliberateDeparture[]
    {
        new(
            "Integer enums are enums",
            "Kiota types a property whose schema is an integer enum as int?; ours is the enum, which keeps the numbers and still reads and writes them as JSON numbers.",
            new Regex(@"  member differs  \S+  property (int|long)\? (\w+) \{ get; set; \}  ours: \S+\? \2 \{ get; set; \}$", RegexOptions.CultureInvariant)),
        new(
            "Unions of primitives inside arrays are typed",
            "Kiota reads an array whose items are a union of primitives (string or integer) as List<string>, which cannot hold the integers; ours is a list of the union's wrapper.",
            new Regex(@"  member differs  \S+  property List<string> (\w+) \{ get; set; \}  ours: List<\S+_\w+> \1 \{ get; set; \}$", RegexOptions.CultureInvariant)),
    };
}
