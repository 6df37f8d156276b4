using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Cli
{
    /// <summary>A time-series response: the series (labelled from their metadata) and one point per timestamp.</summary>
    internal sealed class SeriesReport : UsageReport
    {
        private const string TimeKey = "time";

        // Responses do not document the unit of "time"; below this a timestamp can only be in seconds
        // (10^11 ms is in 1973, 10^11 s in the year 5138).
        private const long LargestSecondsTimestamp = 100_000_000_000L;

        private SeriesReport(string operationId, IReadOnlyList<SeriesInfo> series, IReadOnlyList<SeriesPoint> points, bool cumulative)
            : base(operationId)
        {
            Series = series;
            Points = points;
            Cumulative = cumulative;
        }

        /// <summary>The series, in key order.</summary>
        public IReadOnlyList<SeriesInfo> Series { get; }

        /// <summary>The data points, in time order.</summary>
        public IReadOnlyList<SeriesPoint> Points { get; }

        /// <summary>
        /// Whether each value already includes the earlier ones (month-to-date and rolling 30-day aggregation), so a
        /// series' total is its latest value rather than the sum of its values.
        /// </summary>
        public bool Cumulative { get; }

        /// <summary>Builds the report from the metadata and the data points of a response.</summary>
        public static SeriesReport Create(
            string operationId,
            IReadOnlyList<SeriesMetadataRep>? metadata,
            IEnumerable<IAdditionalDataHolder>? slices,
            bool cumulative)
        {
            var sliceData = (slices ?? Enumerable.Empty<IAdditionalDataHolder>()).Select(slice => slice.AdditionalData).ToList();
            var keys = sliceData
                .SelectMany(data => data.Keys)
                .Where(key => key != TimeKey)
                .Concat(Enumerable.Range(0, metadata?.Count ?? 0).Select(index => index.ToString(CultureInfo.InvariantCulture)))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(key => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue)
                .ThenBy(key => key, StringComparer.Ordinal)
                .ToList();

            var series = new List<SeriesInfo>(keys.Count);
            var labels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var entries = MetadataFor(key, metadata);
                var label = entries.Count > 0 ? string.Join(" / ", entries.Select(entry => Describe(entry.Value)))
                    : keys.Count == 1 ? "all"
                    : "series " + key;
                series.Add(new SeriesInfo(key, labels.Add(label) ? label : $"{label} #{key}", entries));
            }

            var points = sliceData
                .Where(data => Number(data.TryGetValue(TimeKey, out var time) ? time : null) is not null)
                .Select(data =>
                {
                    var timestamp = (long)Number(data[TimeKey])!.Value;
                    var values = keys.Select(key => data.TryGetValue(key, out var value) ? Number(value) : null).ToArray();
                    return new SeriesPoint(timestamp, ToTime(timestamp), values);
                })
                .OrderBy(point => point.Timestamp)
                .ToList();

            return new SeriesReport(operationId, series, points, cumulative);
        }

        /// <summary>Each series' total over the range: its latest value when <see cref="Cumulative"/>, else the sum of its values.</summary>
        public IReadOnlyList<decimal> Totals() =>
            Series.Select((_, index) =>
            {
                var values = Points.Select(point => point.Values[index]).Where(value => value.HasValue).Select(value => value!.Value);
                return Cumulative ? values.LastOrDefault() : values.Sum();
            }).ToArray();

        private static IReadOnlyList<KeyValuePair<string, object?>> MetadataFor(string key, IReadOnlyList<SeriesMetadataRep>? metadata) =>
            int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && metadata is not null && index < metadata.Count
                ? metadata[index].AdditionalData.Select(entry => new KeyValuePair<string, object?>(entry.Key, Scalar(entry.Value))).ToArray()
                : Array.Empty<KeyValuePair<string, object?>>();

        private static DateTimeOffset ToTime(long timestamp) =>
            Math.Abs(timestamp) < LargestSecondsTimestamp
                ? DateTimeOffset.FromUnixTimeSeconds(timestamp)
                : DateTimeOffset.FromUnixTimeMilliseconds(timestamp);

        private static string Describe(object? value) => value switch
        {
            null => "(none)",
            bool flag => flag ? "true" : "false",
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        // Kiota's JSON parse node stores strings, bools and numbers (as decimal) of property bags directly; nested
        // objects and arrays, which metadata does not use, are reduced to their type name.
        private static object? Scalar(object? value) => value is null or string or bool or decimal ? value : value.GetType().Name;

        private static decimal? Number(object? value) => value as decimal?;
    }
}
