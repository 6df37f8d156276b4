using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using UsageGen.SeedApis.ApiKeyUsage;
using UsageGen.SeedApis.ApiKeyUsage.Models;
using UsageGen.SeedApis.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.SeedApis.Tests
{
    /// <summary>
    /// GET /v1/api-keys/usage (tests/specs/apikey-usage.yaml) through the generated <see cref="ApiKeyUsageClient"/>, over
    /// real HTTP. Expected wire values are spelled out from the description, not read from the generated code.
    /// </summary>
    public sealed class ApiKeyUsageTests : IClassFixture<SeedApiServer>
    {
        private const string Path = "/v1/api-keys/usage";

        private readonly SeedApiServer _server;

        public ApiKeyUsageTests(SeedApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        public static TheoryData<Timeframe, string> Timeframes() => new()
        {
            { Timeframe.Oneh, "1h" },
            { Timeframe.TwoFourh, "24h" },
            { Timeframe.Sevend, "7d" },
            { Timeframe.ThreeZerod, "30d" },
            { Timeframe.NineZerod, "90d" },
            { Timeframe.Oney, "1y" },
            { Timeframe.All, "all" },
        };

        public static TheoryData<Granularity, string> Granularities() => new()
        {
            { Granularity.Minute, "minute" },
            { Granularity.Hour, "hour" },
            { Granularity.Day, "day" },
            { Granularity.Week, "week" },
            { Granularity.Month, "month" },
        };

        public static TheoryData<SortField, SortOrder, string> Sorts() => new()
        {
            { SortField.Requests, SortOrder.Desc, "order=desc&sort=requests" },
            { SortField.Errors, SortOrder.Asc, "order=asc&sort=errors" },
            { SortField.Latency, SortOrder.Desc, "order=desc&sort=latency" },
            { SortField.Timestamp, SortOrder.Asc, "order=asc&sort=timestamp" },
        };

        [Fact]
        public async Task Get_with_every_parameter_sends_them_all_and_parses_every_part_of_the_statistics()
        {
            _server.Enqueue(ScriptedResponse.Json(200, ApiKeyUsageBodies.FullUsage));
            using var adapter = _server.CreateAdapter();

            var usage = await new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request =>
            {
                request.QueryParameters.KeyId = "key 9f/8e";
                request.QueryParameters.Timeframe = Timeframe.Sevend;
                request.QueryParameters.Granularity = Granularity.Minute;
                request.QueryParameters.IncludeEndpoints = false;
                request.QueryParameters.IncludeErrors = true;
                request.QueryParameters.IncludeLatency = false;
                request.QueryParameters.Sort = SortField.Timestamp;
                request.QueryParameters.Order = SortOrder.Asc;
                request.QueryParameters.Limit = 1000;
                request.QueryParameters.Offset = 200;
            });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal(Path, sent.RawPath);
            Assert.Equal(
                "granularity=minute&include_endpoints=false&include_errors=true&include_latency=false&key_id=key%209f%2F8e" +
                "&limit=1000&offset=200&order=asc&sort=timestamp&timeframe=7d",
                sent.RawQuery);
            Assert.Equal(new[] { "application/json" }, sent.HeaderValues("Accept"));

            Assert.NotNull(usage);
            Assert.True(usage.Success);
            Assert.Equal(new DateTimeOffset(2024, 5, 1, 11, 0, 30, 123, TimeSpan.Zero), usage.Timestamp);
            var data = Assert.IsType<UsageStatistics>(usage.Data);

            Assert.NotNull(data.TimeSeries);
            Assert.Collection(
                data.TimeSeries,
                point =>
                {
                    Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), point.Timestamp);
                    Assert.Equal(5_000_000_000L, point.Requests);
                    Assert.Equal(12L, point.Errors);
                    Assert.Equal(85.5, point.AvgLatencyMs);
                },
                point =>
                {
                    Assert.Equal(new DateTimeOffset(2024, 5, 1, 11, 0, 0, TimeSpan.FromHours(2)), point.Timestamp);
                    Assert.Equal(TimeSpan.FromHours(2), point.Timestamp!.Value.Offset);
                    Assert.Equal(980L, point.Requests);
                    Assert.Equal(0L, point.Errors);
                    Assert.Equal(79.25, point.AvgLatencyMs);
                });

            Assert.NotNull(data.EndpointBreakdown);
            Assert.Equal(new[] { "/v1/completions", "/v1/models" }, data.EndpointBreakdown.Select(endpoint => endpoint.Endpoint));
            Assert.Equal(new[] { "POST", "GET" }, data.EndpointBreakdown.Select(endpoint => endpoint.Method));
            Assert.Equal(new long?[] { 1500, 680 }, data.EndpointBreakdown.Select(endpoint => endpoint.Requests));
            Assert.Equal(new long?[] { 10, 5 }, data.EndpointBreakdown.Select(endpoint => endpoint.Errors));
            Assert.Equal(new double?[] { 120.75, 12.5 }, data.EndpointBreakdown.Select(endpoint => endpoint.AvgLatencyMs));

            var errors = Assert.IsType<ErrorStatistics>(data.ErrorStats);
            Assert.Equal(15L, errors.TotalErrors);
            Assert.Equal(0.0069, errors.ErrorRate);
            Assert.NotNull(errors.ByStatusCode);
            Assert.Equal(new int?[] { 429, 500 }, errors.ByStatusCode.Select(entry => entry.StatusCode));
            Assert.Equal(new long?[] { 9, 6 }, errors.ByStatusCode.Select(entry => entry.Count));

            var latency = Assert.IsType<LatencyStatistics>(data.LatencyStats);
            Assert.Equal(82.6, latency.AvgMs);
            Assert.Equal(70d, latency.P50Ms);
            Assert.Equal(210.5, latency.P95Ms);
            Assert.Equal(480.25, latency.P99Ms);

            var rateLimit = Assert.IsType<RateLimitInfo>(data.RateLimit);
            Assert.Equal(300, rateLimit.Limit);
            Assert.Equal(212, rateLimit.Remaining);
            Assert.Equal(new DateTimeOffset(2024, 5, 1, 11, 1, 0, TimeSpan.Zero), rateLimit.ResetAt);

            Assert.NotNull(data.Alerts);
            Assert.Collection(
                data.Alerts,
                alert =>
                {
                    Assert.Equal("rate_limit", alert.Type);
                    Assert.Equal("warning", alert.Severity);
                    Assert.Equal("Rate limit usage above 70%", alert.Message);
                },
                alert =>
                {
                    Assert.Equal("recommendation", alert.Type);
                    Assert.Equal("info", alert.Severity);
                    Assert.Equal("Cache /v1/models responses", alert.Message);
                });

            var pagination = Assert.IsType<Pagination>(data.Pagination);
            Assert.Equal(2, pagination.Limit);
            Assert.Equal(200, pagination.Offset);
            Assert.Equal(5_000_000_001L, pagination.Total);
            Assert.True(pagination.HasMore);

            // Every field of the body is described, so nothing lands in AdditionalData.
            Assert.Empty(usage.AdditionalData);
            Assert.Empty(data.AdditionalData);
            Assert.All(data.TimeSeries, point => Assert.Empty(point.AdditionalData));
        }

        [Fact]
        public async Task Get_without_parameters_sends_no_query_so_the_documented_defaults_apply_on_the_server()
        {
            _server.Enqueue(ScriptedResponse.Json(200, ApiKeyUsageBodies.EmptyUsage));
            using var adapter = _server.CreateAdapter();

            var usage = await new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal(Path, sent.RawTarget);
            Assert.Equal(string.Empty, sent.RawQuery);

            Assert.NotNull(usage);
            Assert.True(usage.Success);
            Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), usage.Timestamp);
            Assert.NotNull(usage.Data);
            Assert.Empty(usage.Data.TimeSeries!);
            Assert.Empty(usage.Data.Alerts!);
            Assert.Null(usage.Data.EndpointBreakdown);
            Assert.Null(usage.Data.ErrorStats);
            Assert.Null(usage.Data.LatencyStats);
            Assert.Null(usage.Data.RateLimit);
            Assert.Null(usage.Data.Pagination);
        }

        [Theory]
        [MemberData(nameof(Timeframes))]
        public async Task Timeframe_is_sent_as_its_documented_wire_value(Timeframe timeframe, string wireValue)
        {
            _server.Enqueue(ScriptedResponse.Json(200, ApiKeyUsageBodies.EmptyUsage));
            using var adapter = _server.CreateAdapter();

            await new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request => request.QueryParameters.Timeframe = timeframe);

            Assert.Equal(Path + "?timeframe=" + wireValue, Assert.Single(_server.Requests).RawTarget);
        }

        [Theory]
        [MemberData(nameof(Granularities))]
        public async Task Granularity_is_sent_as_its_documented_wire_value(Granularity granularity, string wireValue)
        {
            _server.Enqueue(ScriptedResponse.Json(200, ApiKeyUsageBodies.EmptyUsage));
            using var adapter = _server.CreateAdapter();

            await new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request => request.QueryParameters.Granularity = granularity);

            Assert.Equal(Path + "?granularity=" + wireValue, Assert.Single(_server.Requests).RawTarget);
        }

        [Theory]
        [MemberData(nameof(Sorts))]
        public async Task Sort_and_order_are_sent_as_their_documented_wire_values(SortField sort, SortOrder order, string expectedQuery)
        {
            _server.Enqueue(ScriptedResponse.Json(200, ApiKeyUsageBodies.EmptyUsage));
            using var adapter = _server.CreateAdapter();

            await new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request =>
            {
                request.QueryParameters.Sort = sort;
                request.QueryParameters.Order = order;
            });

            Assert.Equal(expectedQuery, Assert.Single(_server.Requests).RawQuery);
        }

        [Theory]
        [InlineData(400, "invalid_timeframe", "Invalid timeframe")]
        [InlineData(400, "invalid_granularity", "Invalid granularity")]
        [InlineData(401, "unauthorized", "Missing or invalid API key")]
        [InlineData(404, "no_usage_data", "No usage data found")]
        public async Task Documented_error_surfaces_as_ErrorResponse_with_its_code_and_message(int status, string code, string message)
        {
            _server.Enqueue(ScriptedResponse.Json(status, ApiKeyUsageBodies.Error(code, message)));
            using var adapter = _server.CreateAdapter();

            var exception = await Assert.ThrowsAsync<ErrorResponse>(
                () => new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request => request.QueryParameters.Timeframe = Timeframe.All));

            Assert.Equal(status, exception.ResponseStatusCode);
            Assert.False(exception.Success);
            Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), exception.Timestamp);
            var error = Assert.IsType<ErrorDetail>(exception.Error);
            Assert.Equal(code, error.Code);
            Assert.Equal(message, error.Message);
            Assert.Equal(Path + "?timeframe=all", Assert.Single(_server.Requests).RawTarget);
        }

        [Fact]
        public async Task Rate_limited_429_with_retries_off_surfaces_as_ErrorResponse_with_its_Retry_After()
        {
            _server.Enqueue(ScriptedResponse.Json(
                429,
                ApiKeyUsageBodies.Error("rate_limited", "Rate limit exceeded"),
                new Dictionary<string, string> { ["Retry-After"] = "0" }));
            using var adapter = _server.CreateAdapter();

            var exception = await Assert.ThrowsAsync<ErrorResponse>(
                () => new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request => request.Options.Add(new RetryHandlerOption { MaxRetry = 0 })));

            Assert.Equal(429, exception.ResponseStatusCode);
            Assert.Equal("rate_limited", exception.Error?.Code);
            Assert.Equal("Rate limit exceeded", exception.Error?.Message);
            var retryAfter = exception.ResponseHeaders.Single(header => string.Equals(header.Key, "Retry-After", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(new[] { "0" }, retryAfter.Value);
            Assert.Single(_server.Requests);
        }

        [Fact]
        public async Task Rate_limited_429_is_retried_as_Retry_After_allows_and_the_retried_answer_is_parsed()
        {
            _server.Enqueue(
                ScriptedResponse.Json(
                    429,
                    ApiKeyUsageBodies.Error("rate_limited", "Rate limit exceeded"),
                    new Dictionary<string, string> { ["Retry-After"] = "0" }),
                ScriptedResponse.Json(200, ApiKeyUsageBodies.EmptyUsage));
            using var adapter = _server.CreateAdapter();

            var usage = await new ApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request => request.QueryParameters.Limit = 1);

            Assert.NotNull(usage);
            Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), usage.Timestamp);
            Assert.Equal(0, _server.PendingResponses);
            var attempts = _server.Requests;
            Assert.Equal(2, attempts.Count);
            Assert.All(attempts, attempt => Assert.Equal(Path + "?limit=1", attempt.RawTarget));
            Assert.Empty(attempts[0].HeaderValues("Retry-Attempt"));
            Assert.Equal(new[] { "1" }, attempts[1].HeaderValues("Retry-Attempt"));
        }
    }
}
