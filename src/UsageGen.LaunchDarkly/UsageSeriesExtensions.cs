using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.LaunchDarkly
{
    /// <summary>Typed views of usage responses: series with labels and points with times and numbers.</summary>
    public static class UsageSeriesExtensions
    {
        private const string TimeKey = "time";

        /// <summary>The series of a count response (MAU, contexts, events, streams…).</summary>
        public static IReadOnlyList<UsageSeries<long>> ToSeries(this SeriesListRep response)
        {
            if (response is null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            return Build(response.Series?.Select(slice => slice?.AdditionalData), response.Metadata?.Select(entry => entry?.AdditionalData), value => Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }

        /// <summary>The series of a fractional response (service connections).</summary>
        public static IReadOnlyList<UsageSeries<double>> ToSeries(this SeriesListRepFloat response)
        {
            if (response is null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            return Build(response.Series?.Select(slice => slice?.AdditionalData), response.Metadata?.Select(entry => entry?.AdditionalData), value => Convert.ToDouble(value, CultureInfo.InvariantCulture));
        }

        private static IReadOnlyList<UsageSeries<TValue>> Build<TValue>(
            IEnumerable<IDictionary<string, object>?>? slices,
            IEnumerable<IDictionary<string, object>?>? metadata,
            Func<object, TValue> convert)
        {
            var rows = (slices ?? Enumerable.Empty<IDictionary<string, object>?>())
                .Where(row => row is not null && row.TryGetValue(TimeKey, out var time) && time is not null)
                .Select(row => (Time: ToTime(row![TimeKey]), Values: row!))
                .OrderBy(row => row.Time)
                .ToList();
            var descriptions = (metadata ?? Enumerable.Empty<IDictionary<string, object>?>()).Select(Describe).ToList();

            // One pass over the rows: a response has hundreds of time slices and often dozens of series.
            var pointsByKey = new Dictionary<string, List<UsagePoint<TValue>>>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                foreach (var entry in row.Values)
                {
                    if (entry.Key == TimeKey || entry.Value is null)
                    {
                        continue;
                    }

                    if (!pointsByKey.TryGetValue(entry.Key, out var points))
                    {
                        points = new List<UsagePoint<TValue>>(rows.Count);
                        pointsByKey.Add(entry.Key, points);
                    }

                    points.Add(new UsagePoint<TValue>(row.Time, convert(entry.Value)));
                }
            }

            // A series the metadata describes is one even when no slice has a value for it.
            var keys = pointsByKey.Keys
                .Concat(Enumerable.Range(0, descriptions.Count).Select(index => index.ToString(CultureInfo.InvariantCulture)))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(key => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue)
                .ThenBy(key => key, StringComparer.Ordinal)
                .ToList();

            var series = new List<UsageSeries<TValue>>(keys.Count);
            var labels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var description = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < descriptions.Count
                    ? descriptions[index]
                    : new Dictionary<string, string?>();
                var points = pointsByKey.TryGetValue(key, out var found) ? found : new List<UsagePoint<TValue>>();
                var label = Label(key, description, keys.Count);
                series.Add(new UsageSeries<TValue>(key, labels.Add(label) ? label : label + " #" + key, description, points));
            }

            return series;
        }

        private static DateTimeOffset ToTime(object value) =>
            UnixTime.FromSecondsOrMilliseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));

        private static IReadOnlyDictionary<string, string?> Describe(IDictionary<string, object>? entry)
        {
            var description = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var pair in entry ?? new Dictionary<string, object>())
            {
                description[pair.Key] = MetadataText.Of(pair.Value);
            }

            return description;
        }

        private static string Label(string key, IReadOnlyDictionary<string, string?> description, int seriesCount)
        {
            if (description.Count > 0)
            {
                return string.Join(" / ", description.Values.Select(value => string.IsNullOrEmpty(value) ? "(none)" : value));
            }

            return seriesCount == 1 ? "all" : "series " + key;
        }
    }
}
