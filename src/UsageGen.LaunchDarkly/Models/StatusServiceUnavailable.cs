using System;

namespace UsageGen.LaunchDarkly.Models
{
    /// <summary>The 503 error, with the wait the service asked for read from the response headers.</summary>
    public partial class StatusServiceUnavailable
    {
        /// <summary>
        /// How long the service asked to wait, from the response: <c>Retry-After</c> in seconds, else the time until
        /// <c>Retry-After</c>'s date counted from the response's <c>Date</c>. Null when it did not say.
        /// </summary>
        public TimeSpan? RetryAfter => RateLimitHeaders.RetryAfterOf(ResponseHeaders);

        /// <summary>When the service expects to be available again, as <see cref="RateLimitedErrorRep.ResetsAt"/> reads it; null when it did not say.</summary>
        public DateTimeOffset? AvailableAt => RateLimitHeaders.ResetsAtOf(ResponseHeaders);
    }
}
