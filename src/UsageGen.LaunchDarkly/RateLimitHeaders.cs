using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Reads how long the service asks a client to wait: <c>Retry-After</c> (seconds or an HTTP date), else
    /// LaunchDarkly's <c>X-Ratelimit-Reset</c> (epoch milliseconds). The retry handler and the typed errors share it,
    /// so the wait a caller is told about is the wait the handler would have taken.
    /// </summary>
    internal static class RateLimitHeaders
    {
        public const string RetryAfter = "Retry-After";
        public const string RateLimitReset = "X-Ratelimit-Reset";
        public const string Date = "Date";

        // Above this, the value would overflow DateTimeOffset; such a header is ignored.
        private const long LargestMilliseconds = 253_402_300_799_999L;

        /// <summary>The wait before the service accepts requests again, measured from <paramref name="now"/>; never negative.</summary>
        public static TimeSpan? DelayFrom(RetryConditionHeaderValue? retryAfter, string? rateLimitReset, DateTimeOffset now)
        {
            if (retryAfter?.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            var until = retryAfter?.Date ?? ParseReset(rateLimitReset);
            return until is { } at ? (at > now ? at - now : TimeSpan.Zero) : null;
        }

        /// <summary>The wait the headers of an <c>ApiException</c> ask for, measured from <paramref name="now"/>.</summary>
        public static TimeSpan? DelayFrom(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now) =>
            DelayFrom(ParseRetryAfter(First(headers, RetryAfter)), First(headers, RateLimitReset), now);

        /// <summary>The wait the response asked for, relative to its <c>Date</c> header when it gave an instant.</summary>
        public static TimeSpan? RetryAfterOf(IDictionary<string, IEnumerable<string>>? headers)
        {
            var retryAfter = ParseRetryAfter(First(headers, RetryAfter));
            if (retryAfter?.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            return ParseDate(First(headers, Date)) is { } date ? DelayFrom(retryAfter, First(headers, RateLimitReset), date) : null;
        }

        /// <summary>When the service accepts requests again: the instant of <c>Retry-After</c>, else <c>X-Ratelimit-Reset</c>.</summary>
        public static DateTimeOffset? ResetsAtOf(IDictionary<string, IEnumerable<string>>? headers)
        {
            var retryAfter = ParseRetryAfter(First(headers, RetryAfter));
            if (retryAfter?.Date is { } at)
            {
                return at;
            }

            if (retryAfter?.Delta is { } delta && ParseDate(First(headers, Date)) is { } date)
            {
                return date + (delta < TimeSpan.Zero ? TimeSpan.Zero : delta);
            }

            return ParseReset(First(headers, RateLimitReset));
        }

        public static DateTimeOffset? ParseReset(string? value) =>
            long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset) && reset > 0 && reset <= LargestMilliseconds
                ? UnixTime.FromSecondsOrMilliseconds(reset)
                : null;

        private static RetryConditionHeaderValue? ParseRetryAfter(string? value) =>
            RetryConditionHeaderValue.TryParse(value, out var parsed) ? parsed : null;

        private static DateTimeOffset? ParseDate(string? value) =>
            DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

        // Kiota fills ResponseHeaders case-insensitively, but callers may set their own dictionary.
        private static string? First(IDictionary<string, IEnumerable<string>>? headers, string name)
        {
            if (headers is null)
            {
                return null;
            }

            if (headers.TryGetValue(name, out var values))
            {
                return values?.FirstOrDefault();
            }

            return headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        }
    }
}
