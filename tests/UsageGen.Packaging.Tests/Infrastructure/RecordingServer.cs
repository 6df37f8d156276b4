using System;
using System.Collections.Generic;
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

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>
    /// Kestrel on http://127.0.0.1 with an OS-assigned port, answering one GET route with a fixed JSON body and
    /// recording every request as it arrived. Anything else gets a 404, so a consumer calling the wrong URL fails.
    /// </summary>
    public sealed class RecordingServer : IAsyncDisposable
    {
        private readonly object _gate = new();
        private readonly List<RecordedRequest> _requests = new();
        private WebApplication? _app;

        private RecordingServer()
        {
        }

        /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
        public string BaseAddress { get; private set; } = string.Empty;

        /// <summary>A snapshot of the requests received so far.</summary>
        public IReadOnlyList<RecordedRequest> Requests
        {
            get
            {
                lock (_gate)
                {
                    return _requests.ToArray();
                }
            }
        }

        /// <summary>Starts a server answering GET <paramref name="route"/> (a route template) with 200 and <paramref name="jsonBody"/>.</summary>
        public static async Task<RecordingServer> StartAsync(string route, string jsonBody)
        {
            var server = new RecordingServer();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            app.Use(server.RecordAsync);
            app.MapGet(route, (RequestDelegate)(context => WriteJsonAsync(context, 200, jsonBody)));
            app.MapFallback((RequestDelegate)(context => WriteJsonAsync(context, 404, "{\"unexpected\":true}")));
            await app.StartAsync();
            server._app = app;
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            server.BaseAddress = addresses.Single().TrimEnd('/');
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _app.StopAsync(timeout.Token);
                await _app.DisposeAsync();
            }
        }

        private Task RecordAsync(HttpContext context, Func<Task> next)
        {
            var headers = context.Request.Headers.ToDictionary(
                header => header.Key,
                header => header.Value.Select(value => value ?? string.Empty).ToArray(),
                StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                headers);
            lock (_gate)
            {
                _requests.Add(recorded);
            }

            return next();
        }

        private static async Task WriteJsonAsync(HttpContext context, int status, string body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }
    }
}
