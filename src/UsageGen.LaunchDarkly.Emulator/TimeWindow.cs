using System;
using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The requested <c>from</c>/<c>to</c> with the operation's defaults applied, and the data clock.</summary>
    internal readonly record struct TimeWindow(DateTimeOffset From, DateTimeOffset To, DateTimeOffset Now)
    {
        public static readonly TimeSpan MaximumRange = TimeSpan.FromDays(365);

        private static readonly TextParameter FromParameter = new("from");

        private static readonly TextParameter ToParameter = new("to");

        /// <summary>The <c>from</c> and <c>to</c> parameters every operation with a window reads.</summary>
        public static readonly IReadOnlyList<IQueryParameter> Parameters = new[] { FromParameter, ToParameter };

        private const long MaxMilliseconds = 253402300799999L; // 9999-12-31T23:59:59.999Z

        /// <summary>The last instant with data: usage is not known beyond the present.</summary>
        public DateTimeOffset End => To < Now ? To : Now;

        public static TimeWindow Resolve(QueryReader query, TimestampUnit unit, DefaultStart defaultStart, DateTimeOffset now)
        {
            var from = Read(query, FromParameter.Name, unit) ?? DefaultFrom(defaultStart, now);
            var to = Read(query, ToParameter.Name, unit) ?? now;
            if (from > to)
            {
                throw ApiErrorException.InvalidRequest($"from ({from:O}) must not be after to ({to:O})");
            }

            if (to - from > MaximumRange)
            {
                throw ApiErrorException.InvalidRequest("The time range between from and to must not exceed 365 days");
            }

            return new TimeWindow(from, to, now);
        }

        private static DateTimeOffset? Read(QueryReader query, string name, TimestampUnit unit)
        {
            var meaning = unit == TimestampUnit.Seconds ? "a Unix timestamp in seconds" : "a Unix timestamp in milliseconds";
            var value = query.NonNegativeInteger(name, meaning);
            if (value is null)
            {
                return null;
            }

            var limit = unit == TimestampUnit.Seconds ? MaxMilliseconds / 1000 : MaxMilliseconds;
            if (value > limit)
            {
                throw ApiErrorException.InvalidRequest($"Invalid value '{value}' for {name}: expected {meaning}");
            }

            return DateTimeOffset.FromUnixTimeMilliseconds(unit == TimestampUnit.Seconds ? value.Value * 1000 : value.Value);
        }

        private static DateTimeOffset DefaultFrom(DefaultStart start, DateTimeOffset now) => start switch
        {
            DefaultStart.StartOfMonth => new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero),
            DefaultStart.ThirtyDaysAgo => now.AddDays(-30),
            DefaultStart.SevenDaysAgo => now.AddDays(-7),
            _ => now.AddHours(-24),
        };
    }
}
