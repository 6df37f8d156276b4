using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Testing.Http;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>
    /// The recording server with the operations of tests/specs/swagger2.yaml under its basePath (/api/v2): each answers
    /// with the next queued response, and any other URL gets a 404.
    /// </summary>
    public sealed class Swagger2Server : RecordingServer
    {
        public const string BasePath = "/api/v2";

        /// <summary>A Kiota request adapter pointed at this server's basePath, without authentication.</summary>
        public HttpClientRequestAdapter CreateAdapter() =>
            new(new AnonymousAuthenticationProvider()) { BaseUrl = BaseAddress + BasePath };

        protected override void MapRoutes(IEndpointRouteBuilder routes)
        {
            var reply = (RequestDelegate)ReplyAsync;
            routes.MapMethods(BasePath + "/pets", new[] { "GET", "POST" }, reply);
            routes.MapMethods(BasePath + "/pets/{petId:long}", new[] { "GET", "POST", "DELETE" }, reply);
            routes.MapMethods(BasePath + "/pets/{petId:long}/photos", new[] { "POST" }, reply);
            routes.MapMethods(BasePath + "/pets/{petId:long}/notes", new[] { "GET" }, reply);
            routes.MapMethods(BasePath + "/inventory", new[] { "GET" }, reply);
        }
    }
}
