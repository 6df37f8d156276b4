using System;
using System.Net;

namespace UsageGen.LaunchDarkly
{
    /// <summary>Settings for <see cref="LaunchDarklyUsageClientFactory"/>.</summary>
    public sealed class LaunchDarklyUsageClientOptions
    {
        /// <summary>
        /// The LaunchDarkly access token (API key). It is sent, as is, in the <c>Authorization</c> header of
        /// requests to <see cref="BaseUrl"/> and nowhere else, and never appears in messages or logs.
        /// </summary>
        public string? AccessToken { get; set; }

        /// <summary>
        /// Where the API is served: <see cref="LaunchDarklyServers.Default"/> (the default),
        /// <see cref="LaunchDarklyServers.Federal"/> or a custom https URL. Plain http is accepted only for
        /// loopback addresses, such as a local emulator.
        /// </summary>
        public Uri BaseUrl { get; set; } = LaunchDarklyServers.Default;

        /// <summary>Retries of rate-limited, unavailable and transiently failed requests.</summary>
        public LaunchDarklyRetryOptions Retry { get; set; } = new();

        /// <summary>The clock retries wait on; replace it in tests to control time.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>
        /// The largest response body the client reads, in bytes; a larger one fails with
        /// <see cref="LaunchDarklyUnusableResponseException"/> (<see cref="UnusableResponseReason.TooLarge"/>) without
        /// being read past the limit. The default, 16 MiB, is about fifty times the largest response the API gives
        /// (a daily series over a year, grouped twenty ways, is about 300 KB), and still keeps a faulty proxy or
        /// endpoint from filling memory. At most <see cref="int.MaxValue"/>.
        /// </summary>
        public long MaxResponseBytes { get; set; } = ResponseValidationHandler.DefaultMaxResponseBytes;

        /// <summary>
        /// How long a whole call may take, retries and their waits included; 100 seconds by default, as for
        /// <see cref="System.Net.Http.HttpClient"/>, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>. A call
        /// that runs out of time throws <see cref="System.Threading.Tasks.TaskCanceledException"/> whose
        /// <see cref="Exception.InnerException"/> is a <see cref="TimeoutException"/>; a caller's own cancellation
        /// stays an <see cref="OperationCanceledException"/> carrying the caller's token.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Checks the settings and says which one is wrong; the token's value is never quoted.</summary>
        /// <exception cref="ArgumentException">A setting is missing or not usable.</exception>
        public void Validate()
        {
            if (string.IsNullOrWhiteSpace(AccessToken))
            {
                throw new ArgumentException("LaunchDarkly usage client: AccessToken is required (a LaunchDarkly API access token).", nameof(AccessToken));
            }

            foreach (var character in AccessToken!)
            {
                // HTTP headers carry ASCII only; anything else would fail later with a message that names no setting.
                if (char.IsWhiteSpace(character) || char.IsControl(character) || character > '\u007e')
                {
                    throw new ArgumentException("LaunchDarkly usage client: AccessToken contains whitespace, control or non-ASCII characters; copy the token exactly as LaunchDarkly shows it.", nameof(AccessToken));
                }
            }

            if (BaseUrl is null || !BaseUrl.IsAbsoluteUri)
            {
                throw new ArgumentException("LaunchDarkly usage client: BaseUrl must be an absolute URL such as https://app.launchdarkly.com.", nameof(BaseUrl));
            }

            if (!string.IsNullOrEmpty(BaseUrl.UserInfo))
            {
                throw new ArgumentException("LaunchDarkly usage client: BaseUrl must not contain credentials; pass the access token as AccessToken.", nameof(BaseUrl));
            }

            if (BaseUrl.Scheme == Uri.UriSchemeHttp && !IsLoopback(BaseUrl))
            {
                throw new ArgumentException($"LaunchDarkly usage client: BaseUrl '{BaseUrl}' uses plain http; only https is allowed, except for loopback addresses.", nameof(BaseUrl));
            }

            if (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps)
            {
                throw new ArgumentException($"LaunchDarkly usage client: BaseUrl '{BaseUrl}' must use https.", nameof(BaseUrl));
            }

            if (MaxResponseBytes < 1 || MaxResponseBytes > int.MaxValue)
            {
                throw new ArgumentException("LaunchDarkly usage client: MaxResponseBytes must be between 1 and 2147483647 bytes.", nameof(MaxResponseBytes));
            }

            // HttpClient accepts at most int.MaxValue milliseconds (about 24.8 days).
            if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && (Timeout <= TimeSpan.Zero || Timeout.TotalMilliseconds > int.MaxValue))
            {
                throw new ArgumentException("LaunchDarkly usage client: Timeout must be positive and at most 24 days, or Timeout.InfiniteTimeSpan.", nameof(Timeout));
            }

            (Retry ?? throw new ArgumentException("LaunchDarkly usage client: Retry must not be null.", nameof(Retry))).Validate();        }

        /// <summary>Describes the settings without the access token.</summary>
        public override string ToString() =>
            $"LaunchDarklyUsageClientOptions {{ BaseUrl = {BaseUrl}, AccessToken = {(string.IsNullOrEmpty(AccessToken) ? "(none)" : "(set)")} }}";

        internal static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
    }
}
