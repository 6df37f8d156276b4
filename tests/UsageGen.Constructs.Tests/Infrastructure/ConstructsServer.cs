using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Testing.Http;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>
    /// The recording server with the operations of tests/specs/constructs.yaml: each answers with the next response a
    /// test queued, and an undescribed route gets a 404, so a test never passes on a URL the description does not have.
    /// </summary>
    public sealed class ConstructsServer : RecordingServer
    {
        /// <summary>A Kiota request adapter pointed at this server, without authentication.</summary>
        public HttpClientRequestAdapter CreateAdapter() =>
            new(new AnonymousAuthenticationProvider()) { BaseUrl = BaseAddress };

        protected override void MapRoutes(IEndpointRouteBuilder routes)
        {
            // Route constraints make a wrongly typed path segment a 404.
            var reply = (RequestDelegate)ReplyAsync;
            routes.MapMethods("/pets", new[] { "GET", "POST" }, reply);
            routes.MapMethods("/pets/{petId:long}", new[] { "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" }, reply);
            routes.MapMethods("/pets/{petId:long}/photo", new[] { "GET", "PUT", "POST" }, reply);
            routes.MapMethods("/notes", new[] { "POST" }, reply);
            routes.MapMethods("/failures", new[] { "GET" }, reply);
            routes.MapMethods("/shapes/{shapeId:guid}", new[] { "GET" }, reply);
            routes.MapMethods("/class/event/2fa/{region}", new[] { "GET" }, reply);
            routes.MapMethods("/Total-Count", new[] { "GET" }, reply);
            routes.MapMethods("/total_count", new[] { "GET" }, reply);
            routes.MapMethods("/releases", new[] { "GET" }, reply);
            routes.MapMethods("/points/{pointId}", new[] { "GET" }, reply);
            routes.MapMethods("/tags/", new[] { "GET" }, reply);
            routes.MapMethods("/accounts/{accountId}.json", new[] { "GET" }, reply);
            routes.MapMethods("/accounts/{accountId}/calls/{sid}.json", new[] { "GET" }, reply);
            routes.MapMethods("/files/{fileId}", new[] { "GET" }, reply);
            routes.MapMethods("/files/{fileId}/thumbnail.{extension}", new[] { "GET" }, reply);
            routes.MapMethods("/compare/{left}...{right}", new[] { "GET" }, reply);
            routes.MapMethods("/reports/{year:int}-{month:int}", new[] { "GET" }, reply);
            routes.MapMethods("/items/{itemId}", new[] { "GET" }, reply);
            routes.MapMethods("/readings", new[] { "GET", "POST" }, reply);
            routes.MapMethods("/charges", new[] { "GET" }, reply);
        }
    }
}
