using System.Collections.Generic;

namespace UsageGen.Cli
{
    /// <summary>One series of a time-series response: its key in the data points and what its metadata says it is.</summary>
    internal sealed class SeriesInfo
    {
        public SeriesInfo(string key, string label, IReadOnlyList<KeyValuePair<string, object?>> metadata)
        {
            Key = key;
            Label = label;
            Metadata = metadata;
        }

        /// <summary>The key of the series' values in each data point (<c>0</c>, <c>1</c>, …).</summary>
        public string Key { get; }

        /// <summary>The series' name for people: its metadata values, e.g. <c>default / go-server-sdk</c>.</summary>
        public string Label { get; }

        /// <summary>The metadata entries as JSON scalars (string, decimal, bool or null).</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Metadata { get; }
    }
}
