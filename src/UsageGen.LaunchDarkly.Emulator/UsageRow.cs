using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The finest-grained source of one metric: a fixed combination of dimension values (project, environment,
    /// SDK, …) with a typical daily amount. Series are sums of rows.
    /// </summary>
    internal sealed class UsageRow
    {
        private readonly IReadOnlyDictionary<string, string> _dimensions;

        public UsageRow(string metric, IReadOnlyDictionary<string, string> dimensions, double dailyBase, bool fractional = false)
        {
            _dimensions = dimensions;
            DailyBase = dailyBase;
            Fractional = fractional;
            Identity = Synthetic.Hash(metric + "|" + string.Join("|", dimensions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value)));
        }

        public double DailyBase { get; }

        /// <summary>Whether amounts have two decimals (service connection minutes) rather than being counts.</summary>
        public bool Fractional { get; }

        public ulong Identity { get; }

        public string this[string dimension] => _dimensions[dimension];

        public bool Matches(string dimension, IReadOnlyList<string> values) =>
            values.Count == 0 || values.Contains(_dimensions[dimension], StringComparer.Ordinal);
    }
}
