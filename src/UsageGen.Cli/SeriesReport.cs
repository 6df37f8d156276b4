using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using UsageGen.LaunchDarkly;

namespace UsageGen.Cli
{
    /// <summary>A time-series response: its series as the client's <c>ToSeries()</c> reads them, and how to total them.</summary>
    /// <typeparam name="TValue"><see cref="long"/> for counts, <see cref="double"/> for service connection minutes.</typeparam>
    internal sealed class SeriesReport<TValue> : UsageReport
        where TValue : INumber<TValue>
    {
        public SeriesReport(string command, string path, IReadOnlyList<UsageSeries<TValue>> series, bool cumulative)
            : base(command, path)
        {
            Series = series;
            Cumulative = cumulative;
        }

        /// <summary>The series in key order, each with its points in time order.</summary>
        public IReadOnlyList<UsageSeries<TValue>> Series { get; }

        /// <summary>
        /// Whether each value already includes the earlier ones (month-to-date and rolling 30-day aggregation), so a
        /// series' total is its latest value rather than the sum of its values.
        /// </summary>
        public bool Cumulative { get; }

        /// <summary>The aggregation of the values (<c>month_to_date</c>, <c>incremental</c>…), or null when unknown or none.</summary>
        public string? Aggregation { get; init; }

        /// <summary>Whether the values are averages, so the latest one is an average rather than a total.</summary>
        public bool Averaged => Aggregation is { } value && CommandCatalog.AveragingAggregations.Contains(value);

        /// <summary>A series' total over the range: its latest value when <see cref="Cumulative"/>, else the sum of its values.</summary>
        public TValue Total(UsageSeries<TValue> series) =>
            !Cumulative ? series.Points.Aggregate(TValue.Zero, (sum, point) => sum + point.Value)
            : series.Points.Count > 0 ? series.Points[^1].Value
            : TValue.Zero;
    }
}
