using System;

namespace UsageGen.LaunchDarkly
{
    /// <summary>One data point of a usage series.</summary>
    /// <typeparam name="TValue"><see cref="long"/> for counts, <see cref="double"/> for the fractional series.</typeparam>
    public readonly struct UsagePoint<TValue>
    {
        /// <summary>Creates a point.</summary>
        public UsagePoint(DateTimeOffset time, TValue value)
        {
            Time = time;
            Value = value;
        }

        /// <summary>The start of the period the value covers.</summary>
        public DateTimeOffset Time { get; }

        /// <summary>The value for the period.</summary>
        public TValue Value { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Time:O}: {Value}";
    }
}
