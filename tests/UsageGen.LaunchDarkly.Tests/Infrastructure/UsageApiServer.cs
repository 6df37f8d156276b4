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
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UsageGen.LaunchDarkly.Testing;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// A fake LaunchDarkly usage API on Kestrel (http://127.0.0.1, OS-assigned port): answers the routes of the
    /// operation catalogue with spec-shaped JSON, records every request it receives and replays responses that tests
    /// queue per path.
    /// </summary>
    public sealed class UsageApiServer : IAsyncLifetime
    {
        public const string AccessToken = "api-test-token";

        private static readonly HashSet<string> EventTypes = new(StringComparer.Ordinal) { "received", "published" };
        private static readonly HashSet<string> StreamSources = new(StringComparer.Ordinal) { "client", "server" };

        private readonly object _gate = new();
        private readonly List<RecordedRequest> _requests = new();
        private readonly Dictionary<string, Queue<ScriptedResponse>> _scripts = new(StringComparer.Ordinal);
        private WebApplication? _app;

        /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
        public string BaseAddress { get; private set; } = string.Empty;

        public Uri BaseUri => new(BaseAddress);

        public int Port => BaseUri.Port;

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

        public IReadOnlyList<RecordedRequest> RequestsTo(string path) =>
            Requests.Where(request => request.Path == path).ToArray();

        /// <summary>Forgets recorded requests and unused scripts; tests call it first since the fixture is shared.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _requests.Clear();
                _scripts.Clear();
            }
        }

        /// <summary>Queues responses for the next requests to <paramref name="path"/> (decoded path, no query).</summary>
        public void Enqueue(string path, params ScriptedResponse[] responses)
        {
            lock (_gate)
            {
                if (!_scripts.TryGetValue(path, out var queue))
                {
                    queue = new Queue<ScriptedResponse>();
                    _scripts[path] = queue;
                }

                foreach (var response in responses)
                {
                    queue.Enqueue(response);
                }
            }
        }

        /// <summary>Scripted responses not consumed yet, to check a test used exactly what it queued.</summary>
        public int PendingScripts
        {
            get
            {
                lock (_gate)
                {
                    return _scripts.Values.Sum(queue => queue.Count);
                }
            }
        }

        /// <summary>A client as an application would build it, pointed at this server.</summary>
        public LaunchDarklyUsageClient CreateClient() =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions { AccessToken = AccessToken, BaseUrl = BaseUri });

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            app.Use(RecordAndReplayAsync);
            foreach (var operation in OperationCatalog.All)
            {
                app.MapGet(operation.PathTemplate, (RequestDelegate)(context => AnswerAsync(context, operation.Kind)));
            }

            app.MapFallback((RequestDelegate)(context => WriteAsync(context, 404, UsageResponses.Error("not_found", "Unknown resource"), null)));
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

        private async Task RecordAndReplayAsync(HttpContext context, Func<Task> next)
        {
            var request = context.Request;
            var headers = request.Headers.ToDictionary(
                header => header.Key,
                header => header.Value.Select(value => value ?? string.Empty).ToArray(),
                StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(
                request.Method,
                request.Path.Value ?? string.Empty,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                (request.QueryString.Value ?? string.Empty).TrimStart('?'),
                headers);

            ScriptedResponse? scripted = null;
            lock (_gate)
            {
                _requests.Add(recorded);
                if (_scripts.TryGetValue(recorded.Path, out var queue) && queue.Count > 0)
                {
                    scripted = queue.Dequeue();
                }
            }

            if (scripted is null)
            {
                await next();
                return;
            }

            if (scripted.Respond is not null)
            {
                await scripted.Respond(context);
                return;
            }

            if (scripted.Status == ScriptedResponse.AbortStatus)
            {
                // A connection dropped without any response: what a network fault looks like to the client.
                context.Abort();
                return;
            }

            await WriteAsync(context, scripted.Status, scripted.Body, scripted.Headers);
        }

        private static Task AnswerAsync(HttpContext context, ResponseKind kind)
        {
            // Path parameters with a closed value set are checked like the real service would: unknown values are 404s.
            var values = context.GetRouteData().Values;
            if ((values.TryGetValue("type", out var type) && !EventTypes.Contains(type as string ?? string.Empty)) ||
                (values.TryGetValue("source", out var source) && !StreamSources.Contains(source as string ?? string.Empty)))
            {
                return WriteAsync(context, 404, UsageResponses.Error("not_found", "Invalid resource identifier"), null);
            }

            return WriteAsync(context, 200, UsageResponses.For(kind, context.Request.Path.Value ?? string.Empty), null);
        }

        private static async Task WriteAsync(HttpContext context, int status, string? body, IReadOnlyDictionary<string, string>? headers)
        {
            context.Response.StatusCode = status;
            if (headers is not null)
            {
                foreach (var header in headers)
                {
                    context.Response.Headers[header.Key] = header.Value;
                }
            }

            if (body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(body);
            }
        }
    }
}
