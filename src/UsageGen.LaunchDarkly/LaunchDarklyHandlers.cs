using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace UsageGen.LaunchDarkly
{
    /// <summary>The message handlers every LaunchDarkly usage client sends through, outermost first.</summary>
    public static class LaunchDarklyHandlers
    {
        /// <summary>
        /// Kiota's default handlers (redirects without credentials to other hosts, parameter-name decoding,
        /// user agent, header and body inspection), with <see cref="LaunchDarklyRetryHandler"/> where Kiota's retry
        /// handler was, <see cref="ResponseValidationHandler"/> right inside it, and <see cref="ApiVersionHandler"/> last.
        /// The validation handler comes after the retry handler so that what it throws for a lost connection or a 429
        /// or 503 the client cannot read (a proxy's HTML page) is retried like any other transient failure, and after
        /// redirects have been followed it sees the final response only.
        /// </summary>
        public static IList<DelegatingHandler> Create(LaunchDarklyUsageClientOptions options)
        {
            var handlers = new List<DelegatingHandler>();
            foreach (var handler in KiotaClientFactory.CreateDefaultHandlers())
            {
                if (handler is RetryHandler)
                {
                    handler.Dispose();
                    handlers.Add(new LaunchDarklyRetryHandler(options.Retry, options.TimeProvider));
                    handlers.Add(new ResponseValidationHandler(options.MaxResponseBytes));
                }
                else
                {
                    handlers.Add(handler);
                }
            }

            handlers.Add(new ApiVersionHandler());
            return handlers;
        }
    }
}
