using System;
using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>Period boundaries: UTC for minutes, hours and months; days break at midnight in a time zone.</summary>
    internal static class Periods
    {
        /// <summary>The start of every period from the one holding <paramref name="from"/> to the one holding <paramref name="end"/>.</summary>
        public static IReadOnlyList<DateTimeOffset> Starts(PeriodKind kind, DateTimeOffset from, DateTimeOffset end, TimeZoneInfo zone)
        {
            var starts = new List<DateTimeOffset>();
            if (from > end)
            {
                return starts;
            }

            for (var start = Floor(kind, from, zone); start <= end; start = Next(kind, start, zone))
            {
                starts.Add(start);
            }

            return starts;
        }

        public static DateTimeOffset Floor(PeriodKind kind, DateTimeOffset time, TimeZoneInfo zone)
        {
            var utc = time.UtcDateTime;
            return kind switch
            {
                PeriodKind.Minute => new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero),
                PeriodKind.Hour => new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), TimeSpan.Zero),
                PeriodKind.Month => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
                _ => LocalMidnight(TimeZoneInfo.ConvertTime(time, zone).Date, zone),
            };
        }

        public static DateTimeOffset Next(PeriodKind kind, DateTimeOffset start, TimeZoneInfo zone) => kind switch
        {
            PeriodKind.Minute => start.AddMinutes(1),
            PeriodKind.Hour => start.AddHours(1),
            PeriodKind.Month => start.AddMonths(1),
            _ => LocalMidnight(TimeZoneInfo.ConvertTime(start, zone).Date.AddDays(1), zone),
        };

        private static DateTimeOffset LocalMidnight(DateTime date, TimeZoneInfo zone)
        {
            var local = DateTime.SpecifyKind(date, DateTimeKind.Unspecified);

            // Where a daylight-saving change skips midnight, the day starts at the first local time that exists.
            while (zone.IsInvalidTime(local))
            {
                local = local.AddMinutes(15);
            }

            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
    }
}
