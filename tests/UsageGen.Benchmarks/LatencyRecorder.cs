using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace UsageGen.Benchmarks;

/// <summary>
/// Per-call latencies of the round-trip benchmarks, recorded in the benchmark process during BenchmarkDotNet's
/// measured iterations only (see <see cref="BenchmarkStageListener"/>) into a buffer allocated up front, and
/// reported at global cleanup as one standard-output line that <see cref="LatencyColumn"/> reads in the host.
/// </summary>
internal static class LatencyRecorder
{
    /// <summary>The start of the line <see cref="Report"/> prints and <see cref="LatencyColumn"/> looks for.</summary>
    public const string LinePrefix = "// UsageGen latency:";

    private static long[] _samples = Array.Empty<long>();
    private static int _count;
    private static volatile bool _recording;
    private static BenchmarkStageListener? _listener;

    /// <summary>Clears the buffer and starts following the engine's stages.</summary>
    public static void Start(int capacity)
    {
        _samples = new long[capacity];
        _count = 0;
        _recording = false;
        _listener ??= new BenchmarkStageListener();
    }

    public static void SetRecording(bool recording) => _recording = recording;

    /// <summary>Records one call that started at <paramref name="startTimestamp"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void Record(long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        if (!_recording)
        {
            return;
        }

        var index = Interlocked.Increment(ref _count) - 1;
        if (index < _samples.Length)
        {
            _samples[index] = elapsed;
        }
    }

    /// <summary>The recorded calls' count and nearest-rank 50th and 99th percentiles, as one line.</summary>
    public static string Report()
    {
        var recorded = Math.Min(_count, _samples.Length);
        if (recorded == 0)
        {
            return LinePrefix + " calls=0";
        }

        var sorted = _samples.AsSpan(0, recorded);
        sorted.Sort();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{LinePrefix} calls={recorded} dropped={_count - recorded} p50us={Microseconds(Percentile(sorted, 50)):F1} p99us={Microseconds(Percentile(sorted, 99)):F1}");
    }

    private static long Percentile(ReadOnlySpan<long> sorted, int percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double Microseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
