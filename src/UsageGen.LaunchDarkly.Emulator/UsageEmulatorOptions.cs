using System;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>Settings of the emulated LaunchDarkly Account Usage API.</summary>
    /// <remarks>
    /// The emulator copies these settings when it starts (or when the API is mapped), so later changes to this
    /// instance have no effect on a running emulator. When run as a program (<c>dotnet run --project
    /// src/UsageGen.LaunchDarkly.Emulator.Host</c>), they are read from the configuration section <c>Emulator</c> (for
    /// example <c>--Emulator:Seed=7</c> or <c>Emulator__Faults__RateLimitEveryNthRequest=3</c>).
    /// </remarks>
    public sealed class UsageEmulatorOptions
    {
        /// <summary>
        /// The only access token accepted. Requests must send it as is in the <c>Authorization</c> header, without a
        /// <c>Bearer</c> prefix, as LaunchDarkly expects; anything else gets a 401.
        /// </summary>
        public string AccessToken { get; set; } = "emulator-token";

        /// <summary>
        /// A fixed current time, which decides the default windows (start of the current month, 30 days ago, …),
        /// the last data point and the partial current day. <see langword="null"/> uses the system clock.
        /// </summary>
        public DateTimeOffset? Now { get; set; }

        /// <summary>
        /// Seeds the synthetic data: the same seed, clock and request always give the same response body.
        /// </summary>
        public int Seed { get; set; } = 42;

        /// <summary>Rate limits, outages and latency to inject.</summary>
        public UsageEmulatorFaults Faults { get; set; } = new();

        /// <summary>Checks the settings and returns an independent copy of them.</summary>
        /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
        internal UsageEmulatorOptions Snapshot()
        {
            if (string.IsNullOrWhiteSpace(AccessToken))
            {
                throw new ArgumentException("Emulator: AccessToken must not be empty.", nameof(AccessToken));
            }

            var faults = Faults ?? throw new ArgumentException("Emulator: Faults must not be null.", nameof(Faults));
            return new UsageEmulatorOptions
            {
                AccessToken = AccessToken,
                Now = Now,
                Seed = Seed,
                Faults = faults.Snapshot(),
            };
        }
    }
}
