using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Parse.Yaml;

namespace UsageGen.Generator.Tests.Yaml;

/// <summary>Compares two readings of one text: node kinds, values, styles, positions and diagnostics.</summary>
internal static class YamlTreeComparison
{
    /// <summary>Where the two trees first differ, or null when they are the same.</summary>
    public static string? FirstDifference(YamlTreeNode? expected, YamlTreeNode? actual, string at = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{at}: {Kind(expected)} expected, {Kind(actual)} read";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{at}: {Kind(expected)} expected at {Show(expected.Start)}, {Kind(actual)} read";
        }

        if (Show(expected.Start) != Show(actual.Start) || Show(expected.End) != Show(actual.End))
        {
            return $"{at}: {Kind(expected)} expected at {Show(expected.Start)}-{Show(expected.End)}, read at {Show(actual.Start)}-{Show(actual.End)}";
        }

        switch (expected)
        {
            case YamlTreeScalar scalar:
                var other = (YamlTreeScalar)actual;
                return scalar.Value == other.Value && scalar.IsPlain == other.IsPlain
                    ? null
                    : $"{at}: '{scalar.Value}' (plain: {scalar.IsPlain}) expected, '{other.Value}' (plain: {other.IsPlain}) read";
            case YamlTreeSequence sequence:
                var items = ((YamlTreeSequence)actual).Items;
                if (sequence.Items.Length != items.Length)
                {
                    return $"{at}: {sequence.Items.Length} items expected, {items.Length} read";
                }

                return sequence.Items.Select((item, index) => FirstDifference(item, items[index], $"{at}[{index}]")).FirstOrDefault(difference => difference is not null);
            default:
                var entries = ((YamlTreeMapping)expected).Entries;
                var read = ((YamlTreeMapping)actual).Entries;
                if (entries.Length != read.Length)
                {
                    return $"{at}: {entries.Length} entries expected, {read.Length} read";
                }

                for (var i = 0; i < entries.Length; i++)
                {
                    var difference = FirstDifference(entries[i].Key, read[i].Key, $"{at}.<key {i}>")
                        ?? FirstDifference(entries[i].Value, read[i].Value, $"{at}.{entries[i].Key.Value}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
        }
    }

    /// <summary>The diagnostics as text that holds every part of them: ID, location and arguments.</summary>
    public static string Describe(IEnumerable<DiagnosticInfo> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Descriptor.Id} {d.Location} {string.Join("|", d.Arguments)}"));

    private static string Kind(YamlTreeNode? node) => node?.GetType().Name ?? "nothing";

    private static string Show(YamlPosition position) => $"{position.Index}:{position.Line}:{position.Column}";
}
