using System.Text.Json.Serialization;

namespace UsageGen.Benchmarks;

/// <summary>One entry of a response's <c>_links</c>.</summary>
public sealed class PlainLink
{
    /// <summary>The resource's path and query.</summary>
    [JsonPropertyName("href")]
    public string? Href { get; set; }

    /// <summary>The resource's content type.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
