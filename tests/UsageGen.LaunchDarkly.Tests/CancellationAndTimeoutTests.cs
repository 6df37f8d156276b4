using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// A caller's cancellation and the client's Timeout stop a call promptly wherever it is (waiting for headers,
    /// reading the body, waiting to retry), keep their usual .NET exceptions, and leave the client usable.
    /// </summary>
    public sealed class CancellationAndTimeoutTests : IClassFixture<UsageApiServer>
    {
        private const string TotalMau = "/api/v2/usage/total-mau";
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        // Generous: "promptly" means well before the stalled server's 60-second backstop, not a timing measurement.
        private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);
        private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly UsageApiServer _server;

        public CancellationAndTimeoutTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        private LaunchDarklyUsageClient Client(TimeSpan? timeout = null, ManualTimeProvider? clock = null) =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
            {
                AccessToken = UsageApiServer.AccessToken,
                BaseUrl = _server.BaseUri,
                TimeProvider = clock ?? new ManualTimeProvider(Start),
                Timeout = timeout ?? TimeSpan.FromSeconds(100),
            });

        private async Task WaitForRequestAsync()
        {
            var waited = Stopwatch.StartNew();
            while (_server.RequestsTo(TotalMau).Count == 0)
            {
                Assert.True(waited.Elapsed < Bound, "the request never reached the server");
                await Task.Delay(10);
            }
        }

        private static async Task AssertUsableAsync(LaunchDarklyUsageClient client)
        {
            var result = await client.Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);
            Assert.Equal(2, result?.Series?.Count);
        }

        [Fact]
        public async Task Cancelling_while_waiting_for_headers_throws_the_callers_cancellation_and_the_client_still_works()
        {
            _server.Enqueue(TotalMau, FaultResponses.StallBeforeHeaders());
            var client = Client();
            using var cancellation = new CancellationTokenSource();

            var call = client.Api.V2.Usage.TotalMau.GetAsync(cancellationToken: cancellation.Token);
            await WaitForRequestAsync();
            var stopwatch = Stopwatch.StartNew();
            cancellation.Cancel();

            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Bound));
            Assert.True(stopwatch.Elapsed < Prompt, $"stopped after {stopwatch.Elapsed}");
            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Null(error.InnerException as TimeoutException);
            await AssertUsableAsync(client);
        }

        [Fact]
        public async Task Cancelling_while_the_body_is_arriving_stops_the_read_and_the_client_still_works()
        {
            var bodyStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _server.Enqueue(TotalMau, FaultResponses.StallMidBody(40, bodyStarted));
            var client = Client();
            using var cancellation = new CancellationTokenSource();

            var call = client.Api.V2.Usage.TotalMau.GetAsync(cancellationToken: cancellation.Token);
            await bodyStarted.Task.WaitAsync(Bound);
            var stopwatch = Stopwatch.StartNew();
            cancellation.Cancel();

            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Bound));
            Assert.True(stopwatch.Elapsed < Prompt, $"stopped after {stopwatch.Elapsed}");
            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.Single(_server.RequestsTo(TotalMau));
            await AssertUsableAsync(client);
        }

        [Fact]
        public async Task The_Timeout_stops_a_call_waiting_for_headers_with_a_TimeoutException_inside_and_the_client_still_works()
        {
            _server.Enqueue(TotalMau, FaultResponses.StallBeforeHeaders());
            var client = Client(timeout: TimeSpan.FromSeconds(1));
            var stopwatch = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound));

            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.True(stopwatch.Elapsed < Prompt, $"stopped after {stopwatch.Elapsed}");
            Assert.Single(_server.RequestsTo(TotalMau));
            await AssertUsableAsync(client);
        }

        [Fact]
        public async Task The_Timeout_stops_a_body_that_stalls_halfway()
        {
            _server.Enqueue(TotalMau, FaultResponses.StallMidBody(40, new TaskCompletionSource()));
            var client = Client(timeout: TimeSpan.FromSeconds(1));
            var stopwatch = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound));

            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.True(stopwatch.Elapsed < Prompt, $"stopped after {stopwatch.Elapsed}");
            await AssertUsableAsync(client);
        }

        // The Timeout covers the whole call: a retry wait the service asked for does not extend it.
        [Fact]
        public async Task The_Timeout_includes_the_waits_between_retries()
        {
            var clock = new ManualTimeProvider(Start);
            _server.Enqueue(TotalMau, UsageResponses.ErrorResponse(429, "rate_limited", "slow down", new Dictionary<string, string> { ["Retry-After"] = "30" }));
            var client = Client(timeout: TimeSpan.FromSeconds(1), clock: clock);

            var call = client.Api.V2.Usage.TotalMau.GetAsync();
            Assert.Equal(TimeSpan.FromSeconds(30), await clock.FirstTimerStarted.WaitAsync(Bound));
            var error = await Assert.ThrowsAsync<TaskCanceledException>(() => call.WaitAsync(Bound));

            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.Single(_server.RequestsTo(TotalMau));
            await AssertUsableAsync(client);
        }
    }
}
