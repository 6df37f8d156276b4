using System;

namespace UsageGen.LaunchDarkly
{
    /// <summary>How the client retries rate-limited (429), unavailable (503) and transiently failed requests.</summary>
    public sealed class LaunchDarklyRetryOptions
    {
        /// <summary>The most retries after the first attempt; 0 turns retrying off. At most 10.</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>The first back-off when the service gives no <c>Retry-After</c> or <c>X-Ratelimit-Reset</c>; it doubles on each retry.</summary>
        public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// The longest wait before a retry. A service that asks for a longer wait gets no retry: the caller receives
        /// the 429 at once (as <c>RateLimitedErrorRep</c>, with the headers) instead of a call that hangs for minutes.
        /// </summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        internal void Validate()
        {
            if (MaxRetries < 0 || MaxRetries > 10)
            {
                throw new ArgumentException("LaunchDarkly usage client: Retry:MaxRetries must be between 0 and 10.", nameof(MaxRetries));
            }

            if (InitialDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero)
            {
                throw new ArgumentException("LaunchDarkly usage client: Retry:InitialDelay and Retry:MaxDelay must not be negative.", nameof(InitialDelay));
            }
        }
    }
}
