using System;
using System.Collections.Generic;

namespace UsageGen.Cli
{
    /// <summary>One timestamp of a time-series response with the value of each series (null where it has none).</summary>
    internal sealed class SeriesPoint
    {
        public SeriesPoint(long timestamp, DateTimeOffset time, IReadOnlyList<decimal?> values)
        {
            Timestamp = timestamp;
            Time = time;
            Values = values;
        }

        /// <summary>The timestamp exactly as the service sent it.</summary>
        public long Timestamp { get; }

        /// <summary>The timestamp as a time.</summary>
        public DateTimeOffset Time { get; }

        /// <summary>The values, in the order of <see cref="SeriesReport.Series"/>.</summary>
        public IReadOnlyList<decimal?> Values { get; }
    }
}
