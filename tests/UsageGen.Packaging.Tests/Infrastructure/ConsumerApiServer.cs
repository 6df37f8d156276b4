using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsageGen.Testing.Http;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>
    /// The recording server answering one GET route with a fixed JSON body, for a consumer project to call. Anything
    /// else gets a 404, so a consumer calling the wrong URL fails.
    /// </summary>
    public sealed class ConsumerApiServer : RecordingServer
    {
        private readonly string _route;
        private readonly string _jsonBody;

        private ConsumerApiServer(string route, string jsonBody)
        {
            _route = route;
            _jsonBody = jsonBody;
        }

        protected override ScriptedResponse Unrouted => ScriptedResponse.Json(404, "{\"unexpected\":true}");

        /// <summary>Starts a server answering GET <paramref name="route"/> (a route template) with 200 and <paramref name="jsonBody"/>.</summary>
        public static Task<ConsumerApiServer> StartAsync(string route, string jsonBody) =>
            StartAsync(new ConsumerApiServer(route, jsonBody));

        protected override void MapRoutes(IEndpointRouteBuilder routes) =>
            routes.MapGet(_route, (RequestDelegate)(context => WriteAsync(context, ScriptedResponse.Json(200, _jsonBody))));
    }
}
