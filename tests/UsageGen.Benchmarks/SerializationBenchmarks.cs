using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Serialization.Json;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Benchmarks;

/// <summary>
/// Writing a request body: the year of daily usage of <see cref="DeserializationBenchmarks"/> (365 points × 20 series)
/// written as JSON by Kiota's <see cref="JsonSerializationWriter"/>, as <c>SetContentFromParsable</c> does, against
/// System.Text.Json's source-generated serialization of the same data in plain classes into a stream (the floor), and
/// by <see cref="LaunchDarklyUsageClientJsonSerializationWriterFactory"/>'s writer, which writes the same bytes
/// straight to the <c>Utf8JsonWriter</c> where Kiota's hands each value, boxed, to <c>JsonSerializer.Serialize</c>.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private readonly LaunchDarklyUsageClientJsonSerializationWriterFactory _generatedFactory = new();
    private PlainSeriesList _plain = new();
    private PlainDecimalSeriesList _plainDecimal = new();
    private SeriesListRep _model = new();

    [GlobalSetup]
    public void Setup()
    {
        var body = UsageResponseBody.Create(DeserializationBenchmarks.Days, DeserializationBenchmarks.SeriesCount);
        _plain = JsonSerializer.Deserialize(body, PlainJsonContext.Default.PlainSeriesList)!;
        _plainDecimal = JsonSerializer.Deserialize(body, PlainJsonContext.Default.PlainDecimalSeriesList)!;
        var root = new LaunchDarklyUsageClientJsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(body, writable: false)).GetAwaiter().GetResult();
        _model = root.GetObjectValue(SeriesListRep.CreateFromDiscriminatorValue);

        // Every row must write the same document, or the comparison means nothing.
        using var floor = new MemoryStream();
        JsonSerializer.Serialize(floor, _plain, PlainJsonContext.Default.PlainSeriesList);
        using var expected = JsonDocument.Parse(floor.ToArray());
        using var kiota = JsonDocument.Parse(Kiota());
        using var generated = JsonDocument.Parse(Generated());
        if (!JsonElement.DeepEquals(expected.RootElement, kiota.RootElement) || !JsonElement.DeepEquals(expected.RootElement, generated.RootElement))
        {
            throw new InvalidOperationException("The writers wrote different documents.");
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen, plain classes, into a stream (floor)")]
    public long SystemTextJson()
    {
        using var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, _plain, PlainJsonContext.Default.PlainSeriesList);
        return stream.Length;
    }

    [Benchmark(Description = "Breakdown: STJ source-gen, the counts as decimal (as Kiota's model holds them)")]
    public long SystemTextJsonDecimal()
    {
        using var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, _plainDecimal, PlainJsonContext.Default.PlainDecimalSeriesList);
        return stream.Length;
    }

    [Benchmark(Description = "Kiota JsonSerializationWriter ← SeriesListRep")]
    public Stream Kiota()
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, _model);
        return writer.GetSerializedContent();
    }

    [Benchmark(Description = "Generated factory's writer ← SeriesListRep")]
    public Stream Generated()
    {
        using var writer = _generatedFactory.GetSerializationWriter("application/json");
        writer.WriteObjectValue(null, _model);
        return writer.GetSerializedContent();
    }
}
