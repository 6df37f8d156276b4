using System;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// Faults the emulator injects, counted over every request to the usage API (whatever its route, token or
    /// outcome), so that a client's handling of rate limits, outages and slow responses can be exercised.
    /// </summary>
    public sealed class UsageEmulatorFaults
    {
        /// <summary>
        /// When positive, every Nth request (N, 2N, …) is answered 429 with the service's <c>rate_limited</c> body,
        /// <c>Retry-After: </c><see cref="RetryAfterSeconds"/> and <c>X-Ratelimit-Reset</c> (epoch milliseconds of the
        /// system clock, <see cref="RetryAfterSeconds"/> from now). 0 turns it off. It wins over
        /// <see cref="ServiceUnavailableEveryNthRequest"/> when both fall on the same request.
        /// </summary>
        public int RateLimitEveryNthRequest { get; set; }

        /// <summary>The seconds a rate-limited response asks the client to wait.</summary>
        public int RetryAfterSeconds { get; set; } = 1;

        /// <summary>
        /// When positive, every Nth request is answered 503 with the service's <c>service_unavailable</c> body.
        /// 0 turns it off.
        /// </summary>
        public int ServiceUnavailableEveryNthRequest { get; set; }

        /// <summary>A delay added before every response, errors included.</summary>
        public TimeSpan ResponseDelay { get; set; }

        internal UsageEmulatorFaults Snapshot()
        {
            if (RateLimitEveryNthRequest < 0 || ServiceUnavailableEveryNthRequest < 0)
            {
                throw new ArgumentException("Emulator: Faults:RateLimitEveryNthRequest and Faults:ServiceUnavailableEveryNthRequest must not be negative.", nameof(RateLimitEveryNthRequest));
            }

            if (RetryAfterSeconds < 0)
            {
                throw new ArgumentException("Emulator: Faults:RetryAfterSeconds must not be negative.", nameof(RetryAfterSeconds));
            }

            if (ResponseDelay < TimeSpan.Zero)
            {
                throw new ArgumentException("Emulator: Faults:ResponseDelay must not be negative.", nameof(ResponseDelay));
            }

            return new UsageEmulatorFaults
            {
                RateLimitEveryNthRequest = RateLimitEveryNthRequest,
                RetryAfterSeconds = RetryAfterSeconds,
                ServiceUnavailableEveryNthRequest = ServiceUnavailableEveryNthRequest,
                ResponseDelay = ResponseDelay,
            };
        }
    }
}
