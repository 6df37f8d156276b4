using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// LaunchDarklyRetryHandler over real HTTP: it waits as the service asks (Retry-After, else X-Ratelimit-Reset),
    /// retries only 429, 503 and network faults, a bounded number of times, and otherwise hands the response back.
    /// </summary>
    public sealed class ResilienceTests : IClassFixture<UsageApiServer>
    {
        private const string TotalMau = "/api/v2/usage/total-mau";
        private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly UsageApiServer _server;

        public ResilienceTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        private LaunchDarklyUsageClient Client(ManualTimeProvider? clock = null, LaunchDarklyRetryOptions? retry = null) =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
            {
                AccessToken = UsageApiServer.AccessToken,
                BaseUrl = _server.BaseUri,
                TimeProvider = clock ?? new ManualTimeProvider(Start),
                Retry = retry ?? new LaunchDarklyRetryOptions(),
            });

        private static ScriptedResponse RateLimited(IReadOnlyDictionary<string, string> headers) =>
            UsageResponses.ErrorResponse(429, "rate_limited", "You've exceeded the API rate limit.", headers);

        [Fact]
        public async Task X_Ratelimit_Reset_sets_the_wait_when_there_is_no_Retry_After()
        {
            var clock = new ManualTimeProvider(Start);
            var reset = Start.AddSeconds(30).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            _server.Enqueue(TotalMau, RateLimited(new Dictionary<string, string> { ["X-Ratelimit-Reset"] = reset }));

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();
            var wait = await clock.FirstTimerStarted.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(TimeSpan.FromSeconds(30), wait);
            Assert.False(call.IsCompleted, "the retry must wait for the reset time");
            clock.Advance(TimeSpan.FromSeconds(30));
            var result = await call.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.NotNull(result?.Series);
            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task Retry_After_wins_over_X_Ratelimit_Reset()
        {
            var clock = new ManualTimeProvider(Start);
            _server.Enqueue(TotalMau, RateLimited(new Dictionary<string, string>
            {
                ["Retry-After"] = "7",
                ["X-Ratelimit-Reset"] = Start.AddSeconds(50).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();

            Assert.Equal(TimeSpan.FromSeconds(7), await clock.FirstTimerStarted.WaitAsync(TimeSpan.FromSeconds(10)));
            clock.Advance(TimeSpan.FromSeconds(7));
            Assert.NotNull(await call.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        [Fact]
        public async Task A_wait_longer_than_MaxDelay_is_not_taken_and_the_typed_error_carries_the_reset_time()
        {
            var reset = Start.AddMinutes(10).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            _server.Enqueue(TotalMau, RateLimited(new Dictionary<string, string> { ["X-Ratelimit-Reset"] = reset }));

            var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => Client().Api.V2.Usage.TotalMau.GetAsync());

            Assert.Equal(429, error.ResponseStatusCode);
            Assert.Equal("rate_limited", error.Code);
            Assert.Equal(new[] { reset }, error.ResponseHeaders["X-Ratelimit-Reset"]);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task MaxRetries_bounds_the_attempts()
        {
            var zero = new Dictionary<string, string> { ["Retry-After"] = "0" };
            _server.Enqueue(TotalMau, RateLimited(zero), RateLimited(zero), RateLimited(zero));

            await Assert.ThrowsAsync<RateLimitedErrorRep>(() => Client(retry: new LaunchDarklyRetryOptions { MaxRetries = 1 }).Api.V2.Usage.TotalMau.GetAsync());

            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_dropped_connection_is_retried()
        {
            _server.Enqueue(TotalMau, ScriptedResponse.Abort());

            var result = await Client(retry: new LaunchDarklyRetryOptions { InitialDelay = TimeSpan.Zero }).Api.V2.Usage.TotalMau.GetAsync();

            Assert.NotNull(result?.Series);
            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Theory]
        [InlineData(400)]
        [InlineData(500)]
        [InlineData(502)]
        [InlineData(504)]
        public async Task Other_statuses_are_not_retried(int status)
        {
            _server.Enqueue(TotalMau, UsageResponses.ErrorResponse(status, "oops", "no retry", new Dictionary<string, string> { ["Retry-After"] = "0" }));

            var error = await Assert.ThrowsAnyAsync<ApiException>(() => Client().Api.V2.Usage.TotalMau.GetAsync());

            Assert.Equal(status, error.ResponseStatusCode);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task Cancelling_during_a_wait_stops_the_call_at_once()
        {
            var clock = new ManualTimeProvider(Start);
            _server.Enqueue(TotalMau, RateLimited(new Dictionary<string, string> { ["Retry-After"] = "30" }));
            using var cancellation = new System.Threading.CancellationTokenSource();

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync(cancellationToken: cancellation.Token);
            await clock.FirstTimerStarted.WaitAsync(TimeSpan.FromSeconds(10));
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Single(_server.RequestsTo(TotalMau));
        }
    }
}
