using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>Maps the emulated LaunchDarkly Account Usage API onto an application's endpoints.</summary>
    public static class UsageEmulatorEndpoints
    {
        /// <summary>The path every usage operation lives under.</summary>
        public const string UsagePathPrefix = "/api/v2/usage";

        /// <summary>
        /// Maps the 27 GET operations of the Account Usage API under <c>/api/v2/usage</c>, plus a 404 in the
        /// service's error shape for any other path there. Each request is checked as the service does: the access
        /// token in <c>Authorization</c> (401), the <c>LD-API-Version: beta</c> header (403), path values (404) and
        /// query parameters (400), after the configured faults (a delay, and 429 or 503 where the operation documents
        /// them; see <see cref="UsageEmulatorFaults"/>).
        /// </summary>
        /// <param name="endpoints">The application or route group to map onto.</param>
        /// <param name="options">The settings; copied, so later changes have no effect.</param>
        /// <returns><paramref name="endpoints"/>, for chaining.</returns>
        /// <exception cref="ArgumentException">A setting is out of range.</exception>
        public static IEndpointRouteBuilder MapLaunchDarklyUsageApi(this IEndpointRouteBuilder endpoints, UsageEmulatorOptions options)
        {
            if (endpoints is null)
            {
                throw new ArgumentNullException(nameof(endpoints));
            }

            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            var handler = new UsageApiHandler(options.Snapshot());
            foreach (var operation in UsageOperations.All)
            {
                endpoints.MapGet(operation.Template, (RequestDelegate)(context => handler.HandleAsync(context, operation)));
            }

            // Routing ranks a catch-all last, so this only answers paths no operation matches.
            endpoints.MapGet(UsagePathPrefix + "/{**unknown}", (RequestDelegate)(context => handler.HandleAsync(context, null)));
            return endpoints;
        }
    }
}
