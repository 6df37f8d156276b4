using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Testing;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>Kiota's RetryHandler in the factory's pipeline, seen from the server.</summary>
    public sealed class RetryTests : IClassFixture<UsageApiServer>
    {
        private const string TotalMauPath = "/api/v2/usage/total-mau";

        private readonly UsageApiServer _server;

        public RetryTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        /// <summary>429 on every operation, 503 where the spec documents it.</summary>
        public static TheoryData<string, int> RetriedStatuses()
        {
            var data = new TheoryData<string, int>();
            foreach (var operation in OperationCatalog.All)
            {
                foreach (var status in operation.ErrorStatuses.Where(status => status is 429 or 503))
                {
                    data.Add(operation.OperationId, status);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(RetriedStatuses))]
        public async Task Each_operation_is_retried_once_after_a_documented_429_or_503_and_then_returns_the_parsed_body(string operationId, int status)
        {
            var call = OperationCatalog.Get(operationId).EveryParameter;
            _server.Enqueue(call.Path, UsageResponses.ErrorResponse(status, ErrorModels.CodeFor(status), "try again", ErrorModels.RetryHeaders(status)));

            var result = await call.InvokeAsync(_server.CreateClient());

            Assert.NotNull(result);
            var requests = _server.Requests;
            Assert.Equal(2, requests.Count);
            Assert.Equal(0, _server.PendingResponses);
            Assert.Equal(requests[0].RawTarget, requests[1].RawTarget);
            Assert.Equal(call.Path, requests[1].Path);
            Assert.Equal(new[] { "1" }, requests[1].HeaderValues("Retry-Attempt"));
        }

        [Fact]
        public async Task RateLimited_with_RetryAfter_1_is_retried_after_a_second_and_then_succeeds()
        {
            _server.Enqueue(TotalMauPath, UsageResponses.ErrorResponse(429, "rate_limited", "slow down", new Dictionary<string, string> { ["Retry-After"] = "1" }));
            var stopwatch = Stopwatch.StartNew();

            var result = await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.From = OperationCatalog.FromMs);

            stopwatch.Stop();
            Assert.NotNull(result);
            Assert.Equal(2, result.Series?.Count);
            var requests = _server.Requests;
            Assert.Equal(2, requests.Count);
            Assert.Empty(requests[0].HeaderValues("Retry-Attempt"));
            Assert.Equal(new[] { "1" }, requests[1].HeaderValues("Retry-Attempt"));
            Assert.Equal(requests[0].RawTarget, requests[1].RawTarget);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, requests[1].HeaderValues("Authorization"));
            Assert.Equal(new[] { "beta" }, requests[1].HeaderValues("LD-API-Version"));

            // Retry-After is honoured: the retry waited about a second (some slack for timer resolution).
            Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {stopwatch.Elapsed}");
        }

        [Fact]
        public async Task ServiceUnavailable_once_is_retried_and_then_succeeds()
        {
            _server.Enqueue(TotalMauPath, UsageResponses.ErrorResponse(503, "service_unavailable", "try later", ErrorModels.RetryHeaders(503)));

            var result = await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync();

            Assert.NotNull(result);
            Assert.Equal(2, _server.Requests.Count);
            Assert.Equal(new[] { "1" }, _server.Requests[1].HeaderValues("Retry-Attempt"));
        }

        // Boundary of the default budget: three failures are absorbed, the fourth attempt's success is returned.
        [Fact]
        public async Task Three_rate_limited_responses_are_absorbed_by_the_default_retry_budget()
        {
            _server.Enqueue(
                TotalMauPath,
                UsageResponses.ErrorResponse(429, "rate_limited", "slow down", ErrorModels.RetryHeaders(429)),
                UsageResponses.ErrorResponse(429, "rate_limited", "slow down", ErrorModels.RetryHeaders(429)),
                UsageResponses.ErrorResponse(429, "rate_limited", "slow down", ErrorModels.RetryHeaders(429)));

            var result = await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync();

            Assert.NotNull(result);
            Assert.Equal(4, _server.Requests.Count);
            Assert.Equal(new[] { "3" }, _server.Requests[3].HeaderValues("Retry-Attempt"));
        }
    }
}
