using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// A burst of 429s (and 503s) over real HTTP, on a manual clock: every retry waits exactly what the service asked
    /// for, the retries are bounded, and the typed error that follows says when to come back.
    /// </summary>
    public sealed class RateLimitBurstTests : IClassFixture<UsageApiServer>
    {
        private const string TotalMau = "/api/v2/usage/total-mau";
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
        private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly UsageApiServer _server;

        public RateLimitBurstTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        private LaunchDarklyUsageClient Client(ManualTimeProvider clock) =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
            {
                AccessToken = UsageApiServer.AccessToken,
                BaseUrl = _server.BaseUri,
                TimeProvider = clock,
            });

        private static string HttpDate(DateTimeOffset time) => time.ToString("r", CultureInfo.InvariantCulture);

        private static string EpochMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        private static ScriptedResponse[] Burst(int count, int status, Dictionary<string, string> headers) =>
            Enumerable.Range(0, count)
                .Select(_ => UsageResponses.ErrorResponse(status, ErrorModels.CodeFor(status), "You've exceeded the API rate limit.", headers))
                .ToArray();

        /// <summary>Lets each expected retry wait start, checks its length, and moves the clock past it.</summary>
        private static async Task AdvanceThroughWaitsAsync(ManualTimeProvider clock, Task call, params TimeSpan[] waits)
        {
            for (var index = 0; index < waits.Length; index++)
            {
                Assert.Equal(waits[index], await clock.TimerStarted(index).WaitAsync(Bound));
                Assert.False(call.IsCompleted, $"the call must wait before retry {index + 1}");
                clock.Advance(waits[index]);
            }
        }

        [Fact]
        public async Task A_burst_of_429s_with_Retry_After_is_retried_three_times_then_gives_a_typed_error_with_the_reset_time()
        {
            var clock = new ManualTimeProvider(Start);
            _server.Enqueue(TotalMau, Burst(4, 429, new Dictionary<string, string>
            {
                ["Retry-After"] = "5",
                ["X-Ratelimit-Reset"] = EpochMilliseconds(Start.AddSeconds(40)),
            }));

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();
            await AdvanceThroughWaitsAsync(clock, call, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
            var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => call.WaitAsync(Bound));

            Assert.Equal(429, error.ResponseStatusCode);
            Assert.Equal("rate_limited", error.Code);
            Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);

            // Kiota copies the response headers, Date included, onto the exception; Retry-After counts from Date.
            var date = DateTimeOffset.ParseExact(Assert.Single(ErrorModels.Header(error, "Date")), "r", CultureInfo.InvariantCulture);
            Assert.Equal(date.AddSeconds(5), error.ResetsAt);

            var attempts = _server.RequestsTo(TotalMau);
            Assert.Equal(4, attempts.Count);
            Assert.Equal(new[] { "1", "2", "3" }, attempts.Skip(1).Select(attempt => Assert.Single(attempt.HeaderValues("Retry-Attempt"))));
            Assert.Equal(0, _server.PendingResponses);
        }

        [Fact]
        public async Task X_Ratelimit_Reset_alone_sets_each_wait_and_the_reset_time_to_the_millisecond()
        {
            var clock = new ManualTimeProvider(Start);
            var reset = Start.AddSeconds(12.5);
            _server.Enqueue(TotalMau, Burst(2, 429, new Dictionary<string, string>
            {
                ["X-Ratelimit-Reset"] = EpochMilliseconds(reset),
                ["Date"] = HttpDate(Start),
            }));

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();
            await AdvanceThroughWaitsAsync(clock, call, TimeSpan.FromSeconds(12.5));

            // The reset has passed on the client's clock: the next 429 with the same reset time is retried at once.
            Assert.NotNull(await call.WaitAsync(Bound));
            Assert.Equal(3, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_reset_further_away_than_MaxDelay_is_not_waited_for_and_the_error_says_when_to_return()
        {
            var clock = new ManualTimeProvider(Start);
            var reset = Start.AddMinutes(10).AddMilliseconds(250);
            _server.Enqueue(TotalMau, Burst(1, 429, new Dictionary<string, string>
            {
                ["X-Ratelimit-Reset"] = EpochMilliseconds(reset),
                ["Date"] = HttpDate(Start),
            }));

            var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => Client(clock).Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound));

            Assert.Equal(reset, error.ResetsAt);
            Assert.Equal(TimeSpan.FromMinutes(10).Add(TimeSpan.FromMilliseconds(250)), error.RetryAfter);
            Assert.False(clock.FirstTimerStarted.IsCompleted, "no wait was started");
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task Retry_After_as_an_HTTP_date_is_the_reset_time()
        {
            var clock = new ManualTimeProvider(Start);
            var retryAt = Start.AddMinutes(5);
            _server.Enqueue(TotalMau, Burst(1, 429, new Dictionary<string, string>
            {
                ["Retry-After"] = HttpDate(retryAt),
                ["Date"] = HttpDate(Start),
            }));

            var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => Client(clock).Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound));

            Assert.Equal(retryAt, error.ResetsAt);
            Assert.Equal(TimeSpan.FromMinutes(5), error.RetryAfter);
        }

        [Fact]
        public async Task Without_a_wait_from_the_service_the_retries_back_off_exponentially_and_the_error_has_no_reset_time()
        {
            var clock = new ManualTimeProvider(Start);
            _server.Enqueue(TotalMau, Burst(4, 429, new Dictionary<string, string>()));

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();
            await AdvanceThroughWaitsAsync(clock, call, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
            var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => call.WaitAsync(Bound));

            Assert.Null(error.RetryAfter);
            Assert.Null(error.ResetsAt);
            Assert.Equal(4, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_burst_of_503s_waits_as_asked_and_the_typed_error_says_when_the_service_expects_to_be_back()
        {
            var clock = new ManualTimeProvider(Start);
            _server.Enqueue(TotalMau, Burst(4, 503, new Dictionary<string, string> { ["Retry-After"] = "3", ["Date"] = HttpDate(Start) }));

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();
            await AdvanceThroughWaitsAsync(clock, call, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));
            var error = await Assert.ThrowsAsync<StatusServiceUnavailable>(() => call.WaitAsync(Bound));

            Assert.Equal(503, error.ResponseStatusCode);
            Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
            Assert.Equal(Start.AddSeconds(3), error.AvailableAt);
        }
    }
}
