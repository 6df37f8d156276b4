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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Xunit;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>
    /// Kestrel on http://127.0.0.1 with an OS-assigned port, serving the operations of tests/specs/constructs.yaml.
    /// It records every request as it arrived (method, raw target, headers, body) and answers each described
    /// operation with the next response a test queued. An unscripted request gets a 500 and an undescribed route a
    /// 404, so a test never passes on an answer it did not choose or on a URL the description does not have.
    /// </summary>
    public sealed class ConstructsServer : IAsyncLifetime
    {
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

            // The operations of constructs.yaml; route constraints make a wrongly typed path segment a 404.
            var reply = (RequestDelegate)ReplyAsync;
            app.MapMethods("/pets", new[] { "GET", "POST" }, reply);
            app.MapMethods("/pets/{petId:long}", new[] { "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" }, reply);
            app.MapMethods("/pets/{petId:long}/photo", new[] { "GET", "PUT", "POST" }, reply);
            app.MapMethods("/notes", new[] { "POST" }, reply);
            app.MapMethods("/shapes/{shapeId:guid}", new[] { "GET" }, reply);
            app.MapMethods("/class/event/2fa/{region}", new[] { "GET" }, reply);
            app.MapMethods("/Total-Count", new[] { "GET" }, reply);
            app.MapMethods("/total_count", new[] { "GET" }, reply);
            app.MapMethods("/releases", new[] { "GET" }, reply);
            app.MapMethods("/points/{pointId}", new[] { "GET" }, reply);
            app.MapMethods("/tags/", new[] { "GET" }, reply);
            app.MapMethods("/charges", new[] { "GET" }, reply);
            app.MapFallback((RequestDelegate)(context => WriteAsync(context, ScriptedResponse.Empty(404))));

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

        private async Task RecordAsync(HttpContext context, Func<Task> next)
        {
            var request = context.Request;
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, context.RequestAborted);

            var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            var separator = rawTarget.IndexOf('?', StringComparison.Ordinal);
            var headers = request.Headers.ToDictionary(
                header => header.Key,
                header => header.Value.Select(value => value ?? string.Empty).ToArray(),
                StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(
                request.Method,
                separator < 0 ? rawTarget : rawTarget.Substring(0, separator),
                separator < 0 ? string.Empty : rawTarget.Substring(separator + 1),
                headers,
                request.ContentType,
                body.ToArray(),
                request.Query.ToDictionary(entry => entry.Key, entry => entry.Value.Select(value => value ?? string.Empty).ToArray(), StringComparer.Ordinal));
            lock (_gate)
            {
                _requests.Add(recorded);
            }

            await next();
        }

        private Task ReplyAsync(HttpContext context)
        {
            ScriptedResponse? response;
            lock (_gate)
            {
                _responses.TryDequeue(out response);
            }

            return WriteAsync(context, response ?? ScriptedResponse.Json(500, "{\"unscripted\":true}"));
        }

        private static async Task WriteAsync(HttpContext context, ScriptedResponse response)
        {
            context.Response.StatusCode = response.Status;
            if (response.ContentType is not null)
            {
                context.Response.ContentType = response.ContentType;
            }

            if (response.Body is not null)
            {
                await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
            }
        }
    }
}
