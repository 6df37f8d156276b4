using System;
using System.Linq;
using System.Net.Http;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace UsageGen.LaunchDarkly
{
    /// <summary>Builds a ready-to-use <see cref="LaunchDarklyUsageClient"/> from an access token and a server.</summary>
    public static class LaunchDarklyUsageClientFactory
    {
        /// <summary>
        /// Creates a client with the handlers of <see cref="LaunchDarklyHandlers.Create"/> (bounded retries of 429/503
        /// honouring Retry-After and X-Ratelimit-Reset, unusable responses as
        /// <see cref="LaunchDarklyUnusableResponseException"/>, redirects without credentials to other hosts, …), the
        /// beta API-version header, the token, and <see cref="LaunchDarklyUsageClientOptions.Timeout"/> for each call. JSON
        /// responses are read by <see cref="LaunchDarklyUsageClientJsonParseNodeFactory"/>, in one pass into the same models, and JSON
        /// bodies written by <see cref="LaunchDarklyUsageClientJsonSerializationWriterFactory"/>.
        /// </summary>
        /// <param name="options">The token and server; validated first.</param>
        /// <param name="finalHandler">The handler that sends requests; Kiota's default when null.</param>
        /// <exception cref="ArgumentException">The options are not usable; the message names the setting.</exception>
        public static LaunchDarklyUsageClient Create(LaunchDarklyUsageClientOptions options, HttpMessageHandler? finalHandler = null) =>
            new(CreateRequestAdapter(options, finalHandler));

        /// <summary>
        /// Creates the request adapter behind <see cref="Create"/>, for callers who manage its lifetime
        /// (it owns the <see cref="HttpClient"/> it creates and disposes it with itself).
        /// </summary>
        /// <param name="options">The token and server; validated first.</param>
        /// <param name="finalHandler">The handler that sends requests; Kiota's default when null.</param>
        public static HttpClientRequestAdapter CreateRequestAdapter(LaunchDarklyUsageClientOptions options, HttpMessageHandler? finalHandler = null)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            var handlers = LaunchDarklyHandlers.Create(options);
            var pipeline = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(
                finalHandler ?? KiotaClientFactory.GetDefaultHttpMessageHandler(),
                handlers.ToArray());
            var httpClient = new HttpClient(pipeline!)
            {
                Timeout = options.Timeout,
                MaxResponseContentBufferSize = options.MaxResponseBytes,
            };
            var authentication = new AccessTokenAuthenticationProvider(options.AccessToken!, options.BaseUrl);
            return new HttpClientRequestAdapter(authentication, new LaunchDarklyUsageClientJsonParseNodeFactory(), new LaunchDarklyUsageClientJsonSerializationWriterFactory(), httpClient: httpClient)
            {
                BaseUrl = options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'),
            };
        }
    }
}
