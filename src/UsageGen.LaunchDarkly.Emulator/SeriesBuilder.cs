using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>Turns data rows into a <c>SeriesListRep</c>: one series per group, one point per period.</summary>
    internal static class SeriesBuilder
    {
        public static SeriesResult Build(
            int seed,
            IReadOnlyList<UsageRow> rows,
            IReadOnlyList<GroupDimension> groupBy,
            Aggregation aggregation,
            PeriodKind granularity,
            TimeWindow window)
        {
            var groups = Group(rows, groupBy);
            var metadata = groups.Select(group => group.Metadata).ToArray();
            var starts = Periods.Starts(granularity, window.From, window.End, TimeZoneInfo.Utc);
            if (starts.Count == 0 || groups.Count == 0)
            {
                return new SeriesResult(metadata, Array.Empty<SeriesPoint>());
            }

            // Month-to-date and rolling values reach back before the first period.
            var firstPeriodDay = Synthetic.DayNumber(starts[0]);
            var firstDay = Math.Min(firstPeriodDay - 29, GroupTotals.MonthStart(firstPeriodDay));
            var lastDay = Synthetic.DayNumber(window.End);
            var totals = groups.Select(group => new GroupTotals(seed, group.Rows, firstDay, lastDay, window.Now)).ToArray();

            var points = starts
                .Select(start => new SeriesPoint(start, totals.Select(total => Value(total, aggregation, granularity, start, lastDay)).ToArray()))
                .ToArray();
            return new SeriesResult(metadata, points);
        }

        private static decimal Value(GroupTotals totals, Aggregation aggregation, PeriodKind granularity, DateTimeOffset start, long lastDay) => granularity switch
        {
            PeriodKind.Hour => totals.Hour(aggregation, Synthetic.DayNumber(start), start.UtcDateTime.Hour),
            PeriodKind.Month => totals.Day(aggregation, Math.Min(Synthetic.DayNumber(start.AddMonths(1)) - 1, lastDay)),
            _ => totals.Day(aggregation, Synthetic.DayNumber(start)),
        };

        private static IReadOnlyList<(JsonObject Metadata, IReadOnlyList<UsageRow> Rows)> Group(IReadOnlyList<UsageRow> rows, IReadOnlyList<GroupDimension> groupBy)
        {
            if (groupBy.Count == 0)
            {
                return new[] { (new JsonObject(), rows) };
            }

            return rows
                .GroupBy(row => string.Join("\u001f", groupBy.Select(dimension => row[dimension.Dimension])), StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group =>
                {
                    var metadata = new JsonObject();
                    foreach (var dimension in groupBy)
                    {
                        metadata[dimension.MetadataKey] = group.First()[dimension.Dimension];
                    }

                    return (metadata, (IReadOnlyList<UsageRow>)group.ToArray());
                })
                .ToArray();
        }
    }
}
