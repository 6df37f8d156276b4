using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace UsageGen.Benchmarks;

/// <summary>
/// A usage response as a hand-written System.Text.Json client would declare it: the series keys (<c>"0"</c>,
/// <c>"1"</c>…) are only known at run time, so each time slice is a <c>Dictionary&lt;string, long&gt;</c> that
/// also holds <c>time</c> (a long in Unix milliseconds), and each metadata entry a string dictionary. This is
/// the floor of the deserialization benchmarks: the same information as the generated <c>SeriesListRep</c>,
/// with values typed as the spec says (int64 counts) instead of boxed.
/// </summary>
public sealed class PlainSeriesList
{
    /// <summary>Related resources, by relation (<c>self</c>).</summary>
    [JsonPropertyName("_links")]
    public Dictionary<string, PlainLink>? Links { get; set; }

    /// <summary>What each series is: the values of its group (<c>environmentId</c>, <c>sdkName</c>…).</summary>
    [JsonPropertyName("metadata")]
    public List<Dictionary<string, string?>>? Metadata { get; set; }

    /// <summary>One entry per period: <c>time</c> and one count per series key.</summary>
    [JsonPropertyName("series")]
    public List<Dictionary<string, long>>? Series { get; set; }
}
