using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsageGen.LaunchDarkly.Testing;
using UsageGen.Testing.Http;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// A fake LaunchDarkly usage API on the recording server: answers the routes of the operation catalogue with
    /// spec-shaped JSON unless a test queued responses for the path.
    /// </summary>
    public sealed class UsageApiServer : RecordingServer
    {
        public const string AccessToken = "api-test-token";

        private static readonly HashSet<string> EventTypes = new(StringComparer.Ordinal) { "received", "published" };
        private static readonly HashSet<string> StreamSources = new(StringComparer.Ordinal) { "client", "server" };

        protected override ScriptedResponse Unrouted => UsageResponses.ErrorResponse(404, "not_found", "Unknown resource");

        /// <summary>A client as an application would build it, pointed at this server.</summary>
        public LaunchDarklyUsageClient CreateClient() =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions { AccessToken = AccessToken, BaseUrl = BaseUri });

        protected override void MapRoutes(IEndpointRouteBuilder routes)
        {
            foreach (var operation in OperationCatalog.All)
            {
                routes.MapGet(operation.PathTemplate, (RequestDelegate)(context => AnswerAsync(context, operation.Kind)));
            }
        }

        private static Task AnswerAsync(HttpContext context, ResponseKind kind)
        {
            // Path parameters with a closed value set are checked like the real service would: unknown values are 404s.
            var values = context.GetRouteData().Values;
            if ((values.TryGetValue("type", out var type) && !EventTypes.Contains(type as string ?? string.Empty)) ||
                (values.TryGetValue("source", out var source) && !StreamSources.Contains(source as string ?? string.Empty)))
            {
                return WriteAsync(context, UsageResponses.ErrorResponse(404, "not_found", "Invalid resource identifier"));
            }

            return WriteAsync(context, ScriptedResponse.Json(200, UsageResponses.For(kind, context.Request.Path.Value ?? string.Empty)));
        }
    }
}
