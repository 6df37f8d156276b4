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
        /// A readable name: the metadata values of the series' group (<c>go-server-sdk, production</c>), or
        /// <c>Total</c> for the only series of an ungrouped response.
        /// </summary>
        public string Label { get; }

        /// <summary>What the series is, as LaunchDarkly describes it (<c>sdkName</c> → <c>go-server-sdk</c>…).</summary>
        public IReadOnlyDictionary<string, string?> Metadata { get; }

        /// <summary>The points in time order.</summary>
        public IReadOnlyList<UsagePoint<TValue>> Points { get; }
    }
}
