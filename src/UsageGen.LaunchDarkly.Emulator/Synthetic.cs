using System;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// Deterministic pseudo-random numbers and shapes for the synthetic data. Everything derives from the seed, a
    /// stable identity hash and a position (day, period start), never from process state, so a response is the
    /// same in every process and on every machine.
    /// </summary>
    internal static class Synthetic
    {
        private const long MillisecondsPerDay = 86_400_000L;

        // Share of a day's amount in each UTC hour: quiet at night, busiest mid-afternoon.
        private static readonly decimal[] CumulativeHourShare = BuildCumulativeHourShare();

        /// <summary>FNV-1a: a stable hash (string.GetHashCode differs between processes).</summary>
        public static ulong Hash(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var character in text)
            {
                hash = (hash ^ character) * 1099511628211UL;
            }

            return hash;
        }

        /// <summary>A uniform number in [0, 1) for this seed, identity and position.</summary>
        public static double Unit(int seed, ulong identity, long position)
        {
            var mixed = Mix(Mix(identity ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL)) + (ulong)position);
            return (mixed >> 11) * (1.0 / (1UL << 53));
        }

        /// <summary>Days since the Unix epoch (UTC).</summary>
        public static long DayNumber(DateTimeOffset time) => (long)Math.Floor(time.ToUnixTimeMilliseconds() / (double)MillisecondsPerDay);

        public static DateTimeOffset StartOfDay(long dayNumber) => DateTimeOffset.FromUnixTimeMilliseconds(dayNumber * MillisecondsPerDay);

        /// <summary>
        /// A row's amount for one whole UTC day: its base scaled per seed, lower at weekends, a gentle yearly wave
        /// and ±15 % daily noise.
        /// </summary>
        public static decimal Daily(int seed, UsageRow row, long dayNumber)
        {
            var scale = 0.8 + (0.4 * Unit(seed, row.Identity, long.MinValue));
            var weekday = (dayNumber + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday.
            var weekend = weekday is 0 or 6 ? 0.8 : 1.0;
            var season = 1.0 + (0.1 * Math.Sin(2 * Math.PI * dayNumber / 365.25));
            var noise = 0.85 + (0.3 * Unit(seed, row.Identity, dayNumber));
            return Round((decimal)(row.DailyBase * scale * weekend * season * noise), row.Fractional);
        }

        /// <summary>The share of a day's amount that falls in its hours 0 to <paramref name="hour"/>.</summary>
        public static decimal ShareThroughHour(int hour) => CumulativeHourShare[hour];

        /// <summary>The relative activity of an hour of the day (mean 1).</summary>
        public static double HourlyActivity(int hour) => 1.0 + (0.6 * Math.Sin(2 * Math.PI * (hour - 8) / 24.0));

        public static decimal Round(decimal value, bool fractional) =>
            Math.Round(value, fractional ? 2 : 0, MidpointRounding.AwayFromZero);

        private static ulong Mix(ulong value)
        {
            // SplitMix64's finaliser.
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }

        private static decimal[] BuildCumulativeHourShare()
        {
            var shares = new decimal[24];
            var total = 0.0;
            for (var hour = 0; hour < 24; hour++)
            {
                total += HourlyActivity(hour);
            }

            var running = 0.0;
            for (var hour = 0; hour < 24; hour++)
            {
                running += HourlyActivity(hour);
                shares[hour] = Math.Round((decimal)(running / total), 6);
            }

            shares[23] = 1m;
            return shares;
        }
    }
}
