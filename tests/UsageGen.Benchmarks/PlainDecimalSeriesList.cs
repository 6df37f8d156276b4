using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace UsageGen.Benchmarks;

/// <summary>
/// <see cref="PlainSeriesList"/> with its counts held as <see cref="decimal"/>, the type Kiota's models keep unknown
/// numbers in: the writing benchmark's breakdown row, which shows what formatting decimals costs on its own.
/// </summary>
public sealed class PlainDecimalSeriesList
{
    /// <summary>The links, as in the response.</summary>
    [JsonPropertyName("_links")]
    public Dictionary<string, PlainLink>? Links { get; set; }

    /// <summary>One map of labels per series.</summary>
    [JsonPropertyName("metadata")]
    public List<Dictionary<string, string?>>? Metadata { get; set; }

    /// <summary>One map per time slice: the time and each series' count.</summary>
    [JsonPropertyName("series")]
    public List<Dictionary<string, decimal>>? Series { get; set; }
}
