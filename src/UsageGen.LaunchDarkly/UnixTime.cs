using System;

namespace UsageGen.LaunchDarkly
{
    /// <summary>Epoch timestamps as LaunchDarkly sends them: usually milliseconds, sometimes seconds.</summary>
    internal static class UnixTime
    {
        // Below this a timestamp can only be in seconds: in milliseconds it would be before March 1973.
        private const long SmallestMilliseconds = 100_000_000_000L;

        /// <summary>The instant of an epoch timestamp, read as milliseconds unless it is too small to be.</summary>
        public static DateTimeOffset FromSecondsOrMilliseconds(long value) =>
            value < SmallestMilliseconds ? DateTimeOffset.FromUnixTimeSeconds(value) : DateTimeOffset.FromUnixTimeMilliseconds(value);
    }
}
