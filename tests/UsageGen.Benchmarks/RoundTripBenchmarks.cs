using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Emulator;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Benchmarks;

/// <summary>
/// One request over loopback to the emulator, in the same process: daily total MAU of the last 30 days
/// (<c>GET /api/v2/usage/total-mau?from=…&amp;to=…&amp;granularity=daily</c>, one series of 31 points, about
/// 1.2 KB), through the generated client as <see cref="LaunchDarklyUsageClientFactory"/> builds it,
/// against a bare <see cref="HttpClient"/> with System.Text.Json source-generated deserialization (the floor).
/// One operation is 16 calls, one after the other at concurrency 1 and all at once at concurrency 16, so Mean
/// and Allocated are per call. Allocated counts the whole process, so it includes the emulator's share.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RoundTripConfig))]
public class RoundTripBenchmarks
{
    /// <summary>Calls per benchmark operation.</summary>
    public const int CallsPerOperation = 16;

    // Room for every measured call of a long default-job run (BenchmarkDotNet stops at 100 iterations).
    private const int LatencyCapacity = 4 * 1024 * 1024;

    private static readonly DateTimeOffset Now = new(2024, 3, 15, 10, 30, 0, TimeSpan.Zero);

    private readonly Func<Task<int>> _floorCall;
    private readonly Func<Task<int>> _clientCall;
    private readonly Func<Task<int>> _transportCall;
    private readonly long _from = Now.AddDays(-30).ToUnixTimeMilliseconds();
    private readonly long _to = Now.ToUnixTimeMilliseconds();
    private UsageEmulator? _emulator;
    private HttpClient? _http;
    private HttpClientRequestAdapter? _adapter;
    private LaunchDarklyUsageClient? _client;

    public RoundTripBenchmarks()
    {
        _floorCall = FloorCallAsync;
        _clientCall = ClientCallAsync;
        _transportCall = TransportCallAsync;
    }

    /// <summary>Calls in flight at once.</summary>
    [Params(1, 16)]
    public int Concurrency { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = Now }).GetAwaiter().GetResult();

        _http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = _emulator.BaseAddress };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", _emulator.AccessToken);
        _http.DefaultRequestHeaders.Add("LD-API-Version", "beta");
        _http.DefaultRequestHeaders.Add("Accept", "application/json");

        // What LaunchDarklyUsageClientFactory.Create does, keeping the adapter to dispose it.
        _adapter = LaunchDarklyUsageClientFactory.CreateRequestAdapter(new LaunchDarklyUsageClientOptions
        {
            AccessToken = _emulator.AccessToken,
            BaseUrl = _emulator.BaseAddress,
        });
        _client = new LaunchDarklyUsageClient(_adapter);

        // Both sides must read the same data, or the comparison means nothing.
        var floorPoints = FloorCallAsync().GetAwaiter().GetResult();
        var clientPoints = ClientCallAsync().GetAwaiter().GetResult();
        if (floorPoints != clientPoints || floorPoints < 30)
        {
            throw new InvalidOperationException($"The floor read {floorPoints} values and the generated client {clientPoints}.");
        }

        LatencyRecorder.Start(LatencyCapacity);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine(LatencyRecorder.Report());
        _adapter?.Dispose();
        _http?.Dispose();
        _emulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerOperation, Description = "Bare HttpClient + STJ source-gen (floor)")]
    public Task<int> Floor() => RunAsync(_floorCall);

    [Benchmark(OperationsPerInvoke = CallsPerOperation, Description = "Generated client (factory handlers, generated JSON factory)")]
    public Task<int> GeneratedClient() => RunAsync(_clientCall);

    [Benchmark(OperationsPerInvoke = CallsPerOperation, Description = "Breakdown: bare HttpClient, body drained unread")]
    public Task<int> TransportOnly() => RunAsync(_transportCall);

    private async Task<int> RunAsync(Func<Task<int>> call)
    {
        var total = 0;
        if (Concurrency == 1)
        {
            for (var index = 0; index < CallsPerOperation; index++)
            {
                total += await TimedAsync(call).ConfigureAwait(false);
            }

            return total;
        }

        var calls = new Task<int>[CallsPerOperation];
        for (var index = 0; index < calls.Length; index++)
        {
            calls[index] = TimedAsync(call);
        }

        foreach (var result in await Task.WhenAll(calls).ConfigureAwait(false))
        {
            total += result;
        }

        return total;
    }

    private static async Task<int> TimedAsync(Func<Task<int>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await call().ConfigureAwait(false);
        LatencyRecorder.Record(start);
        return result;
    }

    // What a hand-written client does: format the URL, send, check the status, deserialize the stream.
    private async Task<int> FloorCallAsync()
    {
        using var response = await _http!.GetAsync(FloorUrl(), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var usage = await JsonSerializer.DeserializeAsync(body, PlainJsonContext.Default.PlainSeriesList).ConfigureAwait(false);
        return CountValues(usage);
    }

    private async Task<int> ClientCallAsync()
    {
        var usage = await _client!.Api.V2.Usage.TotalMau.GetAsync(request =>
        {
            request.QueryParameters.From = _from;
            request.QueryParameters.To = _to;
            request.QueryParameters.Granularity = Granularity.Daily;
        }).ConfigureAwait(false);
        var values = 0;
        foreach (var slice in usage?.Series ?? new())
        {
            values += slice.AdditionalData.Count - 1;
        }

        return values;
    }

    // The part both sides share: the request, the emulator's work and the transfer, with no deserialization.
    private async Task<int> TransportCallAsync()
    {
        using var response = await _http!.GetAsync(FloorUrl(), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await body.CopyToAsync(Stream.Null).ConfigureAwait(false);
        return 1;
    }

    private string FloorUrl() =>
        string.Create(CultureInfo.InvariantCulture, $"api/v2/usage/total-mau?from={_from}&to={_to}&granularity=daily");

    private static int CountValues(PlainSeriesList? usage)
    {
        var values = 0;
        foreach (var slice in usage?.Series ?? new())
        {
            values += slice.Count - 1;
        }

        return values;
    }
}
