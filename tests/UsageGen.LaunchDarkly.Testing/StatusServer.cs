using System;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsageGen.Testing.Http;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// The recording server answering <c>/{status}/anything</c> with that status and an error body in the
    /// service's shape, so a client whose base URL ends in <c>/{status}</c> meets that status on every operation.
    /// </summary>
    public sealed class StatusServer : RecordingServer
    {
        /// <summary>The base URL under which every request is answered with <paramref name="status"/>.</summary>
        public Uri BaseUrlFor(int status) => new(BaseAddress + "/" + status.ToString(CultureInfo.InvariantCulture) + "/");

        /// <inheritdoc />
        protected override void MapRoutes(IEndpointRouteBuilder routes)
        {
            routes.MapGet("/{status:int}/{**rest}", (RequestDelegate)(context =>
            {
                var status = int.Parse((string)context.Request.RouteValues["status"]!, CultureInfo.InvariantCulture);
                return WriteAsync(context, ScriptedResponse.Json(status, $$"""{"code":"status_{{status}}","message":"Answered {{status}} on purpose"}"""));
            }));
        }
    }
}
