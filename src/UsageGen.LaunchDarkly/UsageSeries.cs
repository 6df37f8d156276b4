using System.Collections.Generic;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// One series of a usage response, with the metadata LaunchDarkly gives for it, read from the
    /// <c>"0"</c>, <c>"1"</c>… keys of the raw time slices.
    /// </summary>
    /// <typeparam name="TValue"><see cref="long"/> for counts, <see cref="double"/> for the fractional series.</typeparam>
    public sealed class UsageSeries<TValue>
    {
        /// <summary>Creates a series.</summary>
        public UsageSeries(string key, string label, IReadOnlyDictionary<string, string?> metadata, IReadOnlyList<UsagePoint<TValue>> points)
        {
            Key = key;
            Label = label;
            Metadata = metadata;
            Points = points;
        }

        /// <summary>The key of the series in the raw time slices (<c>"0"</c>, <c>"1"</c>…).</summary>
        public string Key { get; }

        /// <summary>
        /// A readable name, unique among the series of the response: the metadata values of the series' group in the
        /// order of the response, joined with <c>" / "</c> (<c>go-server-sdk / production</c>, with <c>(none)</c> for a
        /// null or empty value); <c>all</c> for the only series of an ungrouped response; <c>series 2</c> for a series
        /// without metadata. A label that an earlier series already has gets the key appended (<c>go-server-sdk #3</c>).
        /// </summary>
        public string Label { get; }

        /// <summary>
        /// What the series is, as LaunchDarkly describes it (<c>sdkName</c> → <c>go-server-sdk</c>…), with numbers and
        /// booleans as invariant text, objects and arrays as compact JSON (<c>{"name":"go","version":"1.2"}</c>) and
        /// null as a null value.
        /// </summary>
        public IReadOnlyDictionary<string, string?> Metadata { get; }

        /// <summary>The points in time order; none for a series the metadata describes but no time slice has a value for.</summary>
        public IReadOnlyList<UsagePoint<TValue>> Points { get; }
    }
}
