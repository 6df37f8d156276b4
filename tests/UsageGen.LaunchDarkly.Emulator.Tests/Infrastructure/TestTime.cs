using System;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>UTC instants as the API's Unix timestamps.</summary>
    public static class TestTime
    {
        public static long Ms(int year, int month, int day, int hour = 0, int minute = 0) =>
            new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        public static long Seconds(int year, int month, int day, int hour = 0) => Ms(year, month, day, hour) / 1000;

        /// <summary>The start of each UTC day from one date to another, inclusive, in milliseconds.</summary>
        public static long[] DailyMs(DateTimeOffset first, DateTimeOffset last)
        {
            var days = (int)(last - first).TotalDays + 1;
            var times = new long[days];
            for (var index = 0; index < days; index++)
            {
                times[index] = first.AddDays(index).ToUnixTimeMilliseconds();
            }

            return times;
        }

        public static DateTimeOffset Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }
}
