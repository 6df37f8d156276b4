using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Adds <c>LD-API-Version: beta</c> to every request that lacks it. The generated request builders send
    /// it already; this covers requests built by hand, such as <c>WithUrl</c> calls and raw HttpClient use.
    /// </summary>
    public sealed class ApiVersionHandler : DelegatingHandler
    {
        /// <summary>The header LaunchDarkly reads the API version from.</summary>
        public const string HeaderName = "LD-API-Version";

        /// <summary>The version the Account Usage API requires.</summary>
        public const string BetaVersion = "beta";

        /// <inheritdoc />
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.Headers.Contains(HeaderName))
            {
                request.Headers.TryAddWithoutValidation(HeaderName, BetaVersion);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
