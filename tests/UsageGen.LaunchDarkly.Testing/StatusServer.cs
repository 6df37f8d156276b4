using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// Kestrel on http://127.0.0.1 answering <c>/{status}/anything</c> with that status and an error body in the
    /// service's shape, so a client whose base URL ends in <c>/{status}</c> meets that status on every operation.
    /// </summary>
    public sealed class StatusServer : IAsyncLifetime
    {
        private WebApplication? _app;

        /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
        public string BaseAddress { get; private set; } = string.Empty;

        /// <summary>The base URL under which every request is answered with <paramref name="status"/>.</summary>
        public Uri BaseUrlFor(int status) => new(BaseAddress + "/" + status.ToString(CultureInfo.InvariantCulture) + "/");

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            app.MapGet("/{status:int}/{**rest}", (RequestDelegate)(context =>
            {
                var status = int.Parse((string)context.Request.RouteValues["status"]!, CultureInfo.InvariantCulture);
                context.Response.StatusCode = status;
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync($$"""{"code":"status_{{status}}","message":"Answered {{status}} on purpose"}""");
            }));
            await app.StartAsync();
            _app = app;
            BaseAddress = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/');
        }

        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _app.StopAsync(timeout.Token);
                await _app.DisposeAsync();
            }
        }
    }
}
