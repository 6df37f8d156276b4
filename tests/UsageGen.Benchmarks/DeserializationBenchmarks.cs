using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Benchmarks;

/// <summary>
/// Reading a year of daily usage for 20 series (365 points × 20 series, about 80 KB) into the generated
/// <see cref="SeriesListRep"/> through Kiota's JSON parse node, as the request adapter does, against
/// System.Text.Json's source-generated deserialization of plain classes (the floor). The rows after the first
/// three break Kiota's cost down: parsing the document, then walking it into the model. The generated rows read the same
/// bytes through <see cref="LaunchDarklyUsageClientJsonParseNodeFactory"/>, the client's own one-pass factory.
/// </summary>
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private const string JsonContentType = "application/json";

    private readonly JsonParseNodeFactory _factory = new();
    private readonly LaunchDarklyUsageClientJsonParseNodeFactory _generatedFactory = new();
    private byte[] _body = Array.Empty<byte>();
    private JsonElement _parsed;
    private SeriesListRep _model = new();

    /// <summary>Points per series (days).</summary>
    public const int Days = 365;

    /// <summary>Series per response.</summary>
    public const int SeriesCount = 20;

    [GlobalSetup]
    public void Setup()
    {
        _body = UsageResponseBody.Create(Days, SeriesCount);

        // The inputs of the breakdown rows, prepared as the adapter would have them.
        using (var document = JsonDocument.Parse(_body))
        {
            _parsed = document.RootElement.Clone();
        }

        _model = Kiota();
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen, plain classes (floor)")]
    public PlainSeriesList? SystemTextJson() => JsonSerializer.Deserialize(_body, PlainJsonContext.Default.PlainSeriesList);

    [Benchmark(Description = "STJ source-gen, plain classes, from a stream")]
    public ValueTask<PlainSeriesList?> SystemTextJsonFromStream() =>
        JsonSerializer.DeserializeAsync(new MemoryStream(_body, writable: false), PlainJsonContext.Default.PlainSeriesList);

    [Benchmark(Description = "Kiota parse node → SeriesListRep")]
    public SeriesListRep Kiota()
    {
        var root = _factory.GetRootParseNodeAsync(JsonContentType, new MemoryStream(_body, writable: false)).GetAwaiter().GetResult();
        return root.GetObjectValue(SeriesListRep.CreateFromDiscriminatorValue);
    }

    [Benchmark(Description = "Kiota parse node → SeriesListRep → ToSeries()")]
    public IReadOnlyList<UsageSeries<long>> KiotaToSeries() => Kiota().ToSeries();

    [Benchmark(Description = "Generated factory → SeriesListRep")]
    public SeriesListRep Generated()
    {
        var root = _generatedFactory.GetRootParseNodeAsync(JsonContentType, new MemoryStream(_body, writable: false)).GetAwaiter().GetResult();
        return root.GetObjectValue(SeriesListRep.CreateFromDiscriminatorValue);
    }

    [Benchmark(Description = "Generated factory → SeriesListRep → ToSeries()")]
    public IReadOnlyList<UsageSeries<long>> GeneratedToSeries() => Generated().ToSeries();

    [Benchmark(Description = "Breakdown: Utf8JsonReader pass alone (tokenizing the body)")]
    public long ReaderPass()
    {
        var reader = new Utf8JsonReader(_body);
        while (reader.Read())
        {
        }

        return reader.BytesConsumed;
    }

    [Benchmark(Description = "Breakdown: JsonDocument.Parse alone")]
    public JsonValueKind ParseDocument()
    {
        using var document = JsonDocument.Parse(_body);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "Breakdown: Kiota root parse node (parse + clone)")]
    public IParseNode KiotaRootNode() =>
        _factory.GetRootParseNodeAsync(JsonContentType, new MemoryStream(_body, writable: false)).GetAwaiter().GetResult();

    [Benchmark(Description = "Breakdown: Kiota object walk over a parsed document")]
    public SeriesListRep KiotaWalk() =>
        new JsonParseNode(_parsed).GetObjectValue(SeriesListRep.CreateFromDiscriminatorValue);

    [Benchmark(Description = "Breakdown: ToSeries() on a deserialized SeriesListRep")]
    public IReadOnlyList<UsageSeries<long>> ToSeriesAlone() => _model.ToSeries();
}
