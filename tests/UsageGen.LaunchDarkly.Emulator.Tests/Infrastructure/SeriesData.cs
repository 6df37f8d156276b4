using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>
    /// A parsed SeriesListRep(Float), checked against the spec's shape on the way in: every point has <c>time</c> and
    /// one key per metadata entry (<c>"0"</c>, <c>"1"</c>, …), and times increase.
    /// </summary>
    public sealed class SeriesData
    {
        private readonly decimal[][] _values;

        private SeriesData(IReadOnlyList<IReadOnlyDictionary<string, string>> metadata, long[] times, decimal[][] values)
        {
            Metadata = metadata;
            Times = times;
            _values = values;
        }

        /// <summary>Each series' metadata, values as invariant strings.</summary>
        public IReadOnlyList<IReadOnlyDictionary<string, string>> Metadata { get; }

        public long[] Times { get; }

        public int SeriesCount => Metadata.Count;

        public static SeriesData From(SeriesListRep? rep)
        {
            Assert.NotNull(rep);
            return Parse(rep.Metadata, rep.Series?.Select(slice => slice.AdditionalData));
        }

        public static SeriesData From(SeriesListRepFloat? rep)
        {
            Assert.NotNull(rep);
            return Parse(rep.Metadata, rep.Series?.Select(slice => slice.AdditionalData));
        }

        /// <summary>The values of one series, one per time.</summary>
        public decimal[] Values(int series) => _values.Select(point => point[series]).ToArray();

        /// <summary>The values of the one series whose metadata has this key and value.</summary>
        public decimal[] ValuesWhere(string key, string value) =>
            Values(Metadata.Select((entry, index) => (entry, index)).Single(pair => pair.entry.TryGetValue(key, out var found) && found == value).index);

        /// <summary>The total over all series at each time.</summary>
        public decimal[] Totals() => _values.Select(point => point.Sum()).ToArray();

        public decimal ValueAt(int series, long time) => _values[Array.IndexOf(Times, time)][series];

        private static SeriesData Parse(List<SeriesMetadataRep>? metadata, IEnumerable<IDictionary<string, object>>? series)
        {
            Assert.NotNull(metadata);
            Assert.NotNull(series);
            var entries = metadata
                .Select(entry => (IReadOnlyDictionary<string, string>)entry.AdditionalData.ToDictionary(
                    pair => pair.Key,
                    pair => Convert.ToString(pair.Value, CultureInfo.InvariantCulture) ?? string.Empty))
                .ToArray();
            var expectedKeys = new[] { "time" }.Concat(Enumerable.Range(0, entries.Length).Select(index => index.ToString(CultureInfo.InvariantCulture))).OrderBy(key => key, StringComparer.Ordinal).ToArray();

            var times = new List<long>();
            var values = new List<decimal[]>();
            foreach (var point in series)
            {
                Assert.Equal(expectedKeys, point.Keys.OrderBy(key => key, StringComparer.Ordinal).ToArray());
                times.Add((long)Assert.IsType<decimal>(point["time"]));
                values.Add(Enumerable.Range(0, entries.Length).Select(index => Assert.IsType<decimal>(point[index.ToString(CultureInfo.InvariantCulture)])).ToArray());
            }

            Assert.True(times.SequenceEqual(times.OrderBy(time => time).Distinct()), "Series times must increase.");
            return new SeriesData(entries, times.ToArray(), values.ToArray());
        }
    }
}
