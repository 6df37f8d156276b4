using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// The access token never leaves the Authorization header: a host built with AddLaunchDarklyUsageClient, logging
    /// everything at Trace, goes through success, errors, every fault, a cancellation and a timeout, and the token is
    /// in no log message, exception, scope, state value or description.
    /// </summary>
    public sealed class TokenLeakTests : IClassFixture<UsageApiServer>
    {
        private const string Secret = "api-5f0c2d1e-token-leak-canary-9b7a";
        private const string TotalMau = "/api/v2/usage/total-mau";
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
        private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        private static readonly Dictionary<string, string> NoWait = new() { ["Retry-After"] = "0" };
        private readonly UsageApiServer _server;

        public TokenLeakTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        private IHost Build(CapturingLoggerProvider logs)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Services.AddLaunchDarklyUsageClient(options =>
            {
                options.AccessToken = Secret;
                options.BaseUrl = _server.BaseUri;
                options.TimeProvider = new ManualTimeProvider(Start);
                options.Retry.InitialDelay = TimeSpan.Zero;
                options.Timeout = TimeSpan.FromSeconds(2);
                options.MaxResponseBytes = 1024 * 1024;
            });
            return builder.Build();
        }

        private static ScriptedResponse[] Times(int count, ScriptedResponse response) => Enumerable.Repeat(response, count).ToArray();

        [Fact]
        public async Task The_token_appears_in_no_log_line_exception_or_description_whatever_happens()
        {
            var logs = new CapturingLoggerProvider();
            using var host = Build(logs);
            await host.StartAsync();
            var client = host.Services.GetRequiredService<LaunchDarklyUsageClient>();
            var logger = host.Services.GetRequiredService<ILogger<TokenLeakTests>>();
            var thrown = new List<Exception>();

            async Task RunAsync(ScriptedResponse[] script, CancellationToken cancellationToken = default)
            {
                _server.Enqueue(TotalMau, script);
                try
                {
                    await client.Api.V2.Usage.TotalMau.GetAsync(cancellationToken: cancellationToken).WaitAsync(Bound);
                }
                catch (Exception ex) when (ex is not TimeoutException)
                {
                    // As an application would: the exception, stack and inner exceptions all go to the log.
                    logger.LogError(ex, "The usage call failed.");
                    thrown.Add(ex);
                }
            }

            await RunAsync(Array.Empty<ScriptedResponse>());
            await RunAsync(new[] { UsageResponses.ErrorResponse(401, "unauthorized", "Invalid access token") });
            await RunAsync(Times(4, UsageResponses.ErrorResponse(429, "rate_limited", "slow down", NoWait)));
            await RunAsync(Times(4, UsageResponses.ErrorResponse(503, "service_unavailable", "try later", NoWait)));
            await RunAsync(Times(4, FaultResponses.Body(503, "text/html", "<html>busy</html>", NoWait)));
            await RunAsync(new[] { FaultResponses.Body(502, "text/html", "<html>bad gateway</html>") });
            await RunAsync(new[] { FaultResponses.Body(200, "text/html", "<html>sign in</html>") });
            await RunAsync(new[] { FaultResponses.Body(200, null, string.Empty) });
            await RunAsync(new[] { FaultResponses.Body(200, "application/json", FaultResponses.ValidBody.Substring(0, 30)) });
            await RunAsync(new[] { FaultResponses.Body(200, "application/json", "Internal error") });
            await RunAsync(Times(4, FaultResponses.ResetMidBody(40)));
            await RunAsync(new[] { FaultResponses.Large(2 * 1024 * 1024, declareLength: true, new ResponseProgress()) });
            await RunAsync(new[] { FaultResponses.Large(2 * 1024 * 1024, declareLength: false, new ResponseProgress()) });
            using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            {
                await RunAsync(new[] { FaultResponses.StallBeforeHeaders() }, cancellation.Token);
            }

            await RunAsync(new[] { FaultResponses.StallBeforeHeaders() });

            // The token did travel, so its absence below means something.
            Assert.All(_server.RequestsTo(TotalMau), request => Assert.Equal(new[] { Secret }, request.HeaderValues("Authorization")));
            Assert.Equal(14, thrown.Count);
            Assert.Contains(thrown, ex => ex is OperationCanceledException { InnerException: not TimeoutException });
            Assert.Contains(thrown, ex => ex is TaskCanceledException { InnerException: TimeoutException });
            Assert.Equal(6, thrown.OfType<LaunchDarklyUnusableResponseException>().Select(ex => ex.Reason).Distinct().Count());

            var options = host.Services.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value;
            using var adapter = LaunchDarklyUsageClientFactory.CreateRequestAdapter(options);
            var descriptions = new[]
            {
                options.ToString(),
                client.ToString(),
                adapter.ToString(),
                new AccessTokenAuthenticationProvider(Secret, _server.BaseUri).ToString(),
                host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(LaunchDarklyUsageServiceCollectionExtensions.HttpClientName).ToString(),
            };
            var exceptionTexts = thrown.SelectMany(ex => new[] { ex.Message, ex.ToString() });
            Assert.DoesNotContain(descriptions.Concat(exceptionTexts), text => text?.Contains(Secret, StringComparison.Ordinal) == true);

            // Microsoft.Extensions.Http logs request headers at Trace (their values redacted by default since .NET 9),
            // with a scope per request: the search covers both.
            Assert.DoesNotContain(logs.AllTexts(), text => text.Contains(Secret, StringComparison.Ordinal));
            Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Trace && entry.Message.Contains("Authorization: *", StringComparison.Ordinal));
            Assert.Contains(logs.Entries, entry => entry.Scopes.Count > 0);
            Assert.Equal(14, logs.Entries.Count(entry => entry.Exception is not null));
            await host.StopAsync();
        }
    }
}
