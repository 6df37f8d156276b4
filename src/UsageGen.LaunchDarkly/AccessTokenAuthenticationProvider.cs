using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Puts the access token in the <c>Authorization</c> header, raw as LaunchDarkly expects (no "Bearer"),
    /// on requests to the configured origin only. Kiota's own API-key provider refuses http, which local
    /// emulators on loopback need, and attaches the key to any allowed host regardless of scheme and port.
    /// </summary>
    public sealed class AccessTokenAuthenticationProvider : IAuthenticationProvider
    {
        private const string AuthorizationHeader = "Authorization";
        private readonly string _accessToken;
        private readonly Uri _origin;

        /// <summary>Creates a provider that sends <paramref name="accessToken"/> to <paramref name="origin"/> only.</summary>
        public AccessTokenAuthenticationProvider(string accessToken, Uri origin)
        {
            if (string.IsNullOrWhiteSpace(accessToken))
            {
                throw new ArgumentException("An access token is required.", nameof(accessToken));
            }

            _accessToken = accessToken;
            _origin = origin ?? throw new ArgumentNullException(nameof(origin));
        }

        /// <inheritdoc />
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (IsSameOrigin(request.URI))
            {
                request.Headers.Remove(AuthorizationHeader);
                request.Headers.Add(AuthorizationHeader, _accessToken);
            }

            return Task.CompletedTask;
        }

        /// <summary>Describes the provider without the token.</summary>
        public override string ToString() => $"AccessTokenAuthenticationProvider {{ Origin = {_origin.GetLeftPart(UriPartial.Authority)} }}";

        private bool IsSameOrigin(Uri target) =>
            string.Equals(target.Scheme, _origin.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(target.Host, _origin.Host, StringComparison.OrdinalIgnoreCase) &&
            target.Port == _origin.Port;
    }
}
