using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace UsageGen.Benchmarks;

/// <summary>
/// Throughput of a round-trip benchmark: calls completed per second of measured time, that is one second over
/// the mean time per call (BenchmarkDotNet divides each operation's time by its 16 calls). At concurrency 16
/// this is the rate at which concurrent calls complete, not one over the latency of a call.
/// </summary>
public sealed class CallsPerSecondColumn : IColumn
{
    public string Id => "UsageGen.CallsPerSecond";

    public string ColumnName => "Calls/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Calls completed per second of measured time (1 s / Mean, Mean being per call)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (1e9 / mean.Value).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
