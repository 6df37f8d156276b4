using BenchmarkDotNet.Configs;

namespace UsageGen.Benchmarks;

/// <summary>The round-trip benchmarks' extra columns: throughput and per-call latency percentiles.</summary>
public sealed class RoundTripConfig : ManualConfig
{
    public RoundTripConfig()
    {
        AddColumn(new CallsPerSecondColumn(), new LatencyColumn(50), new LatencyColumn(99));
    }
}
