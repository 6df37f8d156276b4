using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Testing.Http;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>
    /// The recording server with the operations of tests/specs/multifile (a root and the files its relative $refs reach):
    /// each answers with the next queued response, and any other URL gets a 404.
    /// </summary>
    public sealed class MultiFileServer : RecordingServer
    {
        /// <summary>A Kiota request adapter pointed at this server, without authentication.</summary>
        public HttpClientRequestAdapter CreateAdapter() =>
            new(new AnonymousAuthenticationProvider()) { BaseUrl = BaseAddress };

        protected override void MapRoutes(IEndpointRouteBuilder routes)
        {
            var reply = (RequestDelegate)ReplyAsync;
            routes.MapMethods("/pets", new[] { "GET", "POST" }, reply);
            routes.MapMethods("/pets/{petId:long}", new[] { "GET" }, reply);
            routes.MapMethods("/owners", new[] { "GET" }, reply);
        }
    }
}
