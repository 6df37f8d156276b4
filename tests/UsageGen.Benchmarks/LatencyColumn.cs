using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace UsageGen.Benchmarks;

/// <summary>
/// A per-call latency percentile of a round-trip benchmark. BenchmarkDotNet times whole operations (16 calls,
/// concurrent or not), so the benchmark process records every measured call itself and prints the percentiles
/// (<see cref="LatencyRecorder"/>); this column, computed in the host, reads that line from the case's captured
/// standard output. With several launches it shows the median of the launches' values.
/// </summary>
public sealed class LatencyColumn : IColumn
{
    private readonly int _percentile;

    /// <summary>A column for the 50th or the 99th percentile.</summary>
    public LatencyColumn(int percentile)
    {
        if (percentile != 50 && percentile != 99)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "Only p50 and p99 are recorded.");
        }

        _percentile = percentile;
    }

    public string Id => "UsageGen.Latency.p" + _percentile.ToString(CultureInfo.InvariantCulture);

    public string ColumnName => "p" + _percentile.ToString(CultureInfo.InvariantCulture);

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{_percentile}th percentile of per-call latency over the measured iterations (nearest rank), recorded in the benchmark process";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var key = "p" + _percentile.ToString(CultureInfo.InvariantCulture) + "us=";
        var values = (summary[benchmarkCase]?.ExecuteResults ?? Enumerable.Empty<BenchmarkDotNet.Toolchains.Results.ExecuteResult>())
            .SelectMany(result => result.StandardOutput ?? Array.Empty<string>())
            .Where(line => line.StartsWith(LatencyRecorder.LinePrefix, StringComparison.Ordinal))
            .SelectMany(line => line.Split(' '))
            .Where(field => field.StartsWith(key, StringComparison.Ordinal))
            .Select(field => double.Parse(field.AsSpan(key.Length), NumberStyles.Float, CultureInfo.InvariantCulture))
            .OrderBy(value => value)
            .ToArray();
        return values.Length == 0
            ? "-"
            : values[values.Length / 2].ToString("N1", CultureInfo.InvariantCulture) + " μs";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
