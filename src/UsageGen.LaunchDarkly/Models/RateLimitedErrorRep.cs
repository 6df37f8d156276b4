using System;

namespace UsageGen.LaunchDarkly.Models
{
    /// <summary>The 429 error, with the wait the service asked for read from the response headers.</summary>
    public partial class RateLimitedErrorRep
    {
        /// <summary>
        /// How long the service asked to wait, from the response: <c>Retry-After</c> in seconds, else the time until
        /// <c>Retry-After</c>'s date or <c>X-Ratelimit-Reset</c> counted from the response's <c>Date</c>. Null when the
        /// response said neither. The client already waited this long between its retries, up to
        /// <see cref="LaunchDarklyRetryOptions.MaxDelay"/>.
        /// </summary>
        public TimeSpan? RetryAfter => RateLimitHeaders.RetryAfterOf(ResponseHeaders);

        /// <summary>
        /// When the rate limit resets: <c>Retry-After</c>'s date, or the response's <c>Date</c> plus <c>Retry-After</c>
        /// seconds, else LaunchDarkly's <c>X-Ratelimit-Reset</c> (epoch milliseconds) — the order the retry handler
        /// reads them in. Null when the response said neither.
        /// </summary>
        public DateTimeOffset? ResetsAt => RateLimitHeaders.ResetsAtOf(ResponseHeaders);
    }
}
