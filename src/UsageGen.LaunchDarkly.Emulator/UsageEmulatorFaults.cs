using System;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// Faults the emulator injects, so that a client's handling of rate limits, outages and slow responses can be
    /// exercised.
    /// </summary>
    /// <remarks>
    /// Requests are counted over the whole usage API, whatever their route, token or outcome. A fault whose turn comes
    /// is injected only if the operation's description documents its status (429: every operation today; 503:
    /// total-mau, clientside-mau, the three *-contexts, data-export-events, experimentation-events,
    /// experimentation-keys, service-connections, ai-runs, warehouse-export and the two sdk-versions operations),
    /// unless <see cref="AllowUndocumentedStatuses"/> is set. Otherwise that request is answered as usual and the
    /// fault is skipped, not moved to the next request: with <see cref="ServiceUnavailableEveryNthRequest"/> = 2,
    /// requests 2, 4, 6… are outages where 503 is documented and ordinary answers elsewhere. A path that is no
    /// operation has no documented statuses, so it gets its 404 rather than a fault.
    /// </remarks>
    public sealed class UsageEmulatorFaults
    {
        /// <summary>
        /// When positive, every Nth request (N, 2N, …) to an operation that documents 429 is answered 429 with the
        /// service's <c>rate_limited</c> body, <c>Retry-After: </c><see cref="RetryAfterSeconds"/> and
        /// <c>X-Ratelimit-Reset</c> (epoch milliseconds of the system clock, <see cref="RetryAfterSeconds"/> from now).
        /// 0 turns it off. It wins over <see cref="ServiceUnavailableEveryNthRequest"/> when both fall on the same
        /// request.
        /// </summary>
        public int RateLimitEveryNthRequest { get; set; }

        /// <summary>The seconds a rate-limited response asks the client to wait.</summary>
        public int RetryAfterSeconds { get; set; } = 1;

        /// <summary>
        /// When positive, every Nth request to an operation that documents 503 is answered 503 with the service's
        /// <c>service_unavailable</c> body. 0 turns it off.
        /// </summary>
        public int ServiceUnavailableEveryNthRequest { get; set; }

        /// <summary>
        /// Injects 429 and 503 on every operation, and on paths that are no operation, even where the description does
        /// not list that status: for testing how a client copes with a service that strays from its description.
        /// <see langword="false"/> by default.
        /// </summary>
        public bool AllowUndocumentedStatuses { get; set; }

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
                AllowUndocumentedStatuses = AllowUndocumentedStatuses,
                ResponseDelay = ResponseDelay,
            };
        }
    }
}
