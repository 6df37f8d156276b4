using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Kiota.Abstractions.Serialization;
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
            var keys = rows.SelectMany(row => row.Values.Keys)
                .Where(key => key != TimeKey)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(key => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue)
                .ThenBy(key => key, StringComparer.Ordinal)
                .ToList();

            var series = new List<UsageSeries<TValue>>(keys.Count);
            foreach (var key in keys)
            {
                var description = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < descriptions.Count
                    ? descriptions[index]
                    : new Dictionary<string, string?>();
                var points = rows
                    .Where(row => row.Values.TryGetValue(key, out var value) && value is not null)
                    .Select(row => new UsagePoint<TValue>(row.Time, convert(row.Values[key])))
                    .ToList();
                series.Add(new UsageSeries<TValue>(key, Label(key, description, keys.Count), description, points));
            }

            return series;
        }

        private static DateTimeOffset ToTime(object value) =>
            UnixTime.FromSecondsOrMilliseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));

        private static IReadOnlyDictionary<string, string?> Describe(IDictionary<string, object>? entry)
        {
            var description = new SortedDictionary<string, string?>(StringComparer.Ordinal);
            foreach (var pair in entry ?? new Dictionary<string, object>())
            {
                description[pair.Key] = Text(pair.Value);
            }

            return description;
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            string text => text,
            bool flag => flag ? "true" : "false",
            UntypedString text => text.GetValue(),
            UntypedBoolean flag => flag.GetValue() ? "true" : "false",
            UntypedNull => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        private static string Label(string key, IReadOnlyDictionary<string, string?> description, int seriesCount)
        {
            var values = description.Values.Where(value => !string.IsNullOrEmpty(value)).ToList();
            if (values.Count > 0)
            {
                return string.Join(", ", values);
            }

            return seriesCount == 1 ? "Total" : "Series " + key;
        }
    }
}
