using System;
using System.Collections.Generic;
using System.IO;
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
using Xunit;

namespace UsageGen.Testing.Http
{
    /// <summary>
    /// Kestrel on http://127.0.0.1 with an OS-assigned port. It records every request as it arrived (method, raw
    /// target, headers, body) and answers with responses a test queued: per path, before any route is consulted
    /// (<see cref="Enqueue(string, ScriptedResponse[])"/>), or in order on the routes a subclass answers with
    /// <see cref="ReplyAsync"/> (<see cref="Enqueue(ScriptedResponse[])"/>). A request to such a route with nothing
    /// queued gets a 500 and a request no route takes gets <see cref="Unrouted"/>, so a test never passes on an answer
    /// it did not choose or on a URL the server does not know.
    /// </summary>
    public abstract class RecordingServer : IAsyncLifetime, IAsyncDisposable
    {
        private static readonly ScriptedResponse Unscripted = ScriptedResponse.Json(500, "{\"unscripted\":true}");

        private readonly object _gate = new();
        private readonly List<RecordedRequest> _requests = new();
        private readonly Queue<ScriptedResponse> _responses = new();
        private readonly Dictionary<string, Queue<ScriptedResponse>> _responsesByPath = new(StringComparer.Ordinal);
        private WebApplication? _app;

        /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
        public string BaseAddress { get; private set; } = string.Empty;

        /// <summary><see cref="BaseAddress"/> as a URI.</summary>
        public Uri BaseUri => new(BaseAddress);

        /// <summary>The bound port.</summary>
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

        /// <summary>Scripted responses not consumed yet, to check a test used exactly what it queued.</summary>
        public int PendingResponses
        {
            get
            {
                lock (_gate)
                {
                    return _responses.Count + _responsesByPath.Values.Sum(queue => queue.Count);
                }
            }
        }

        /// <summary>The answer to a request no route takes; an empty 404 unless a subclass says otherwise.</summary>
        protected virtual ScriptedResponse Unrouted => ScriptedResponse.Empty(404);

        /// <summary>The recorded requests to <paramref name="path"/> (decoded path, no query).</summary>
        public IReadOnlyList<RecordedRequest> RequestsTo(string path) =>
            Requests.Where(request => request.Path == path).ToArray();

        /// <summary>Forgets recorded requests and unused responses; tests call it first since the fixture is shared.</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _requests.Clear();
                _responses.Clear();
                _responsesByPath.Clear();
            }
        }

        /// <summary>Queues the responses for the next requests to the routes answered with <see cref="ReplyAsync"/>, in order.</summary>
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

        /// <summary>Queues responses for the next requests to <paramref name="path"/> (decoded path, no query), whatever the routes.</summary>
        public void Enqueue(string path, params ScriptedResponse[] responses)
        {
            lock (_gate)
            {
                if (!_responsesByPath.TryGetValue(path, out var queue))
                {
                    queue = new Queue<ScriptedResponse>();
                    _responsesByPath[path] = queue;
                }

                foreach (var response in responses)
                {
                    queue.Enqueue(response);
                }
            }
        }

        /// <inheritdoc />
        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            app.Use(RecordAndReplayAsync);
            MapRoutes(app);
            app.MapFallback((RequestDelegate)(context => WriteAsync(context, Unrouted)));
            await app.StartAsync();
            _app = app;
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            BaseAddress = addresses.Single().TrimEnd('/');
        }

        /// <summary>Stops the server; a second call does nothing, since xUnit may dispose a fixture both ways.</summary>
        public async Task DisposeAsync()
        {
            var app = _app;
            _app = null;
            if (app is not null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await app.StopAsync(timeout.Token);
                await app.DisposeAsync();
            }
        }

        /// <inheritdoc />
        async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

        /// <summary>Starts <paramref name="server"/>, for a test that owns its server rather than sharing a fixture.</summary>
        protected static async Task<TServer> StartAsync<TServer>(TServer server)
            where TServer : RecordingServer
        {
            await server.InitializeAsync();
            return server;
        }

        /// <summary>Maps the routes this server knows; <see cref="ReplyAsync"/> answers one with the next queued response.</summary>
        protected abstract void MapRoutes(IEndpointRouteBuilder routes);

        /// <summary>Answers with the next response queued by <see cref="Enqueue(ScriptedResponse[])"/>, or a 500 when there is none.</summary>
        protected Task ReplyAsync(HttpContext context)
        {
            ScriptedResponse? response;
            lock (_gate)
            {
                _responses.TryDequeue(out response);
            }

            return WriteAsync(context, response ?? Unscripted);
        }

        /// <summary>Sends <paramref name="response"/>: drops the connection, lets it write itself, or writes status, headers and body.</summary>
        protected static async Task WriteAsync(HttpContext context, ScriptedResponse response)
        {
            if (response.Respond is not null)
            {
                await response.Respond(context);
                return;
            }

            if (response.AbortsConnection)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = response.Status;
            foreach (var header in response.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            if (response.ContentType is not null)
            {
                context.Response.ContentType = response.ContentType;
            }

            if (response.Body is not null)
            {
                await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
            }
        }

        private async Task RecordAndReplayAsync(HttpContext context, Func<Task> next)
        {
            var request = context.Request;
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, context.RequestAborted);
            var headers = request.Headers.ToDictionary(
                header => header.Key,
                header => header.Value.Select(value => value ?? string.Empty).ToArray(),
                StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(
                request.Method,
                request.Path.Value ?? string.Empty,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                headers,
                request.ContentType,
                body.ToArray())
            {
                Query = request.Query.ToDictionary(entry => entry.Key, entry => entry.Value.Select(value => value ?? string.Empty).ToArray(), StringComparer.Ordinal),
            };

            ScriptedResponse? scripted = null;
            lock (_gate)
            {
                _requests.Add(recorded);
                if (_responsesByPath.TryGetValue(recorded.Path, out var queue))
                {
                    queue.TryDequeue(out scripted);
                }
            }

            if (scripted is null)
            {
                await next();
                return;
            }

            await WriteAsync(context, scripted);
        }
    }
}
