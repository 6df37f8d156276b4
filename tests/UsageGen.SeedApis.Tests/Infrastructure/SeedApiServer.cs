using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Testing.Http;

namespace UsageGen.SeedApis.Tests.Infrastructure
{
    /// <summary>The recording server with the routes of the seed descriptions in tests/specs, each answered with the next response a test queued.</summary>
    public sealed class SeedApiServer : RecordingServer
    {
        /// <summary>The route of <c>GET /v1/api-keys/usage</c> (tests/specs/apikey-usage.yaml).</summary>
        public const string ApiKeyUsageRoute = "/v1/api-keys/usage";

        /// <summary>The route of <c>GET /api/v2/org/{org_id}/workspace/{workspace_id}/metrics/usage</c> (tests/specs/workspace-metrics.yaml).</summary>
        public const string WorkspaceMetricsRoute = "/api/v2/org/{org_id}/workspace/{workspace_id}/metrics/usage";

        /// <summary>A Kiota request adapter pointed at this server, without authentication.</summary>
        public HttpClientRequestAdapter CreateAdapter() =>
            new(new AnonymousAuthenticationProvider()) { BaseUrl = BaseAddress };

        protected override void MapRoutes(IEndpointRouteBuilder routes)
        {
            routes.MapGet(ApiKeyUsageRoute, (RequestDelegate)ReplyAsync);
            routes.MapGet(WorkspaceMetricsRoute, (RequestDelegate)ReplyAsync);
        }
    }
}
