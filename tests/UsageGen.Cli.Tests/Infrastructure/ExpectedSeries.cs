using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>A series response read straight from the emulator with the client, as the CLI's output must show it.</summary>
    public sealed class ExpectedSeries
    {
        private ExpectedSeries(IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyDictionary<string, string>> metadata, IReadOnlyList<(long Time, decimal?[] Values)> points)
        {
            Labels = labels;
            Metadata = metadata;
            Points = points;
        }

        /// <summary>Each series' metadata values joined with " / ", the label ToSeries() documents.</summary>
        public IReadOnlyList<string> Labels { get; }

        public IReadOnlyList<IReadOnlyDictionary<string, string>> Metadata { get; }

        /// <summary>The points in time order, with the value of each series.</summary>
        public IReadOnlyList<(long Time, decimal?[] Values)> Points { get; }

        /// <summary>A number as the CLI spells it: no trailing zeros, no exponent, no thousands separators.</summary>
        public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

        public static ExpectedSeries From(IReadOnlyList<SeriesMetadataRep>? metadata, IEnumerable<IAdditionalDataHolder>? series)
        {
            var entries = (metadata ?? new List<SeriesMetadataRep>())
                .Select(entry => (IReadOnlyDictionary<string, string>)entry.AdditionalData.ToDictionary(pair => pair.Key, pair => (string)pair.Value))
                .ToList();
            var points = (series ?? Enumerable.Empty<IAdditionalDataHolder>())
                .Select(slice => slice.AdditionalData)
                .Select(data => ((long)(decimal)data["time"], Enumerable.Range(0, entries.Count)
                    .Select(index => data.TryGetValue(index.ToString(CultureInfo.InvariantCulture), out var value) ? (decimal?)(decimal)value : null)
                    .ToArray()))
                .OrderBy(point => point.Item1)
                .ToList();
            return new ExpectedSeries(entries.Select(entry => string.Join(" / ", entry.Values)).ToList(), entries, points);
        }
    }
}
