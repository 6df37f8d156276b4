using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsageGen.Testing.Http;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>
    /// The recording server answering every request with the same response: enough to put a proxy's HTML error page
    /// or a broken body in front of ldusage.
    /// </summary>
    public sealed class CannedHttpServer : RecordingServer
    {
        private readonly ScriptedResponse _response;

        private CannedHttpServer(ScriptedResponse response)
        {
            _response = response;
        }

        /// <summary>The server's URL with a trailing slash, as <c>--server</c> takes it.</summary>
        public string Url => BaseAddress + "/";

        /// <summary>Starts a server answering every request with <paramref name="status"/>, <paramref name="contentType"/> and <paramref name="body"/>.</summary>
        public static Task<CannedHttpServer> StartAsync(int status, string contentType, string body) =>
            StartAsync(new CannedHttpServer(ScriptedResponse.Text(status, body, contentType)));

        protected override void MapRoutes(IEndpointRouteBuilder routes) =>
            routes.Map("/{**path}", (RequestDelegate)(context => WriteAsync(context, _response)));
    }
}
