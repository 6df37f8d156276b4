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
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Xunit;

namespace UsageGen.SeedApis.Tests.Infrastructure
{
    /// <summary>
    /// Kestrel on http://127.0.0.1 with an OS-assigned port, serving the routes of the seed descriptions in
    /// tests/specs. It records every request as it arrived and answers each with the next response a test queued;
    /// a request nobody scripted gets a 500, so a test never passes on an answer it did not choose.
    /// </summary>
    public sealed class SeedApiServer : IAsyncLifetime
    {
        /// <summary>The route of <c>GET /v1/api-keys/usage</c> (tests/specs/apikey-usage.yaml).</summary>
        public const string ApiKeyUsageRoute = "/v1/api-keys/usage";

        /// <summary>The route of <c>GET /api/v2/org/{org_id}/workspace/{workspace_id}/metrics/usage</c> (tests/specs/workspace-metrics.yaml).</summary>
        public const string WorkspaceMetricsRoute = "/api/v2/org/{org_id}/workspace/{workspace_id}/metrics/usage";

        private readonly object _gate = new();
        private readonly List<RecordedRequest> _requests = new();
        private readonly Queue<ScriptedResponse> _responses = new();
        private WebApplication? _app;

        /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
        public string BaseAddress { get; private set; } = string.Empty;

        /// <summary>A snapshot of the requests received since the last <see cref="Reset"/>.</summary>
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

        /// <summary>Scripted responses not consumed yet.</summary>
        public int PendingResponses
        {
            get
            {
                lock (_gate)
                {
                    return _responses.Count;
                }
            }
        }

        /// <summary>Forgets recorded requests and unused responses; tests call it first since the fixture is shared.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _requests.Clear();
                _responses.Clear();
            }
        }

        /// <summary>Queues the responses for the next requests, in order.</summary>
        public void Enqueue(params ScriptedResponse[] responses)
        {
            lock (_gate)
            {
                foreach (var response in responses)
                {
                    _responses.Enqueue(response);
                }
            }
        }

        /// <summary>A Kiota request adapter pointed at this server, without authentication.</summary>
        public HttpClientRequestAdapter CreateAdapter() =>
            new(new AnonymousAuthenticationProvider()) { BaseUrl = BaseAddress };

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            app.Use(RecordAsync);
            app.MapGet(ApiKeyUsageRoute, (RequestDelegate)ReplyAsync);
            app.MapGet(WorkspaceMetricsRoute, (RequestDelegate)ReplyAsync);
            app.MapFallback((RequestDelegate)(context => WriteAsync(context, new ScriptedResponse(404, null))));
            await app.StartAsync();
            _app = app;
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            BaseAddress = addresses.Single().TrimEnd('/');
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

        private Task ReplyAsync(HttpContext context)
        {
            ScriptedResponse? response;
            lock (_gate)
            {
                _responses.TryDequeue(out response);
            }

            return WriteAsync(context, response ?? new ScriptedResponse(500, "{\"unscripted\":true}"));
        }

        private static async Task WriteAsync(HttpContext context, ScriptedResponse response)
        {
            context.Response.StatusCode = response.Status;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            if (response.JsonBody is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(response.JsonBody);
            }
        }
    }
}
