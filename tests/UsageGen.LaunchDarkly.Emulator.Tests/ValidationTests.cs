using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>What the service rejects with 400 <c>invalid_request</c>, surfacing as the typed InvalidRequestErrorRep.</summary>
    public sealed class ValidationTests : IClassFixture<EmulatorFixture>
    {
        private static readonly Dictionary<string, (Func<LaunchDarklyUsageClient, Task> Call, string Message)> TypedCases = new()
        {
            ["environment without project"] = (
                client => client.Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.EnvironmentKey = new[] { "production" }),
                "environmentKey requires exactly one projectKey"),
            ["environment with two projects"] = (
                client => client.Api.V2.Usage.DataExportEvents.GetAsync(c =>
                {
                    c.QueryParameters.ProjectKey = new[] { "default", "mobile-app" };
                    c.QueryParameters.EnvironmentKey = new[] { "production" };
                }),
                "environmentKey requires exactly one projectKey"),
#pragma warning disable CS0618 // getMauUsage is deprecated in the spec; the emulator still serves it.
            ["legacy environment without project"] = (
                client => client.Api.V2.Usage.Mau.GetAsync(c => c.QueryParameters.Environment = new[] { "production" }),
                "environment requires exactly one project"),
#pragma warning restore CS0618
            ["monthly with incremental"] = (
                client => client.Api.V2.Usage.TotalContexts.GetAsync(c =>
                {
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.QueryParameters.AggregationType = AggregationType.Incremental;
                }),
                "granularity monthly is only supported with aggregationType month_to_date"),
            ["monthly with rolling_30d"] = (
                client => client.Api.V2.Usage.Observability.Errors.GetAsync(c =>
                {
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                }),
                "granularity monthly is only supported with aggregationType month_to_date"),
            ["event monthly with incremental"] = (
                client => client.Api.V2.Usage.ExperimentationKeys.GetAsync(c =>
                {
                    c.QueryParameters.Granularity = EventGranularity.Monthly;
                    c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                }),
                "granularity monthly is only supported with aggregationType month_to_date"),
            ["ai runs monthly with incremental"] = (
                client => client.Api.V2.Usage.AiRuns.GetAsync(c =>
                {
                    c.QueryParameters.Granularity = EventGranularity.Monthly;
                    c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                }),
                "granularity monthly is only supported with aggregationType month_to_date"),
            ["ai runs environment with two projects"] = (
                client => client.Api.V2.Usage.AiRuns.GetAsync(c =>
                {
                    c.QueryParameters.ProjectKey = new[] { "default", "mobile-app" };
                    c.QueryParameters.EnvironmentKey = new[] { "production" };
                }),
                "environmentKey requires exactly one projectKey"),
            ["warehouse export environment without project"] = (
                client => client.Api.V2.Usage.WarehouseExport.GetAsync(c => c.QueryParameters.EnvironmentKey = new[] { "production" }),
                "environmentKey requires exactly one projectKey"),
            ["warehouse export monthly with incremental"] = (
                client => client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
                {
                    c.QueryParameters.Granularity = EventGranularity.Monthly;
                    c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                }),
                "granularity monthly is only supported with aggregationType month_to_date"),
            ["warehouse export range over 365 days"] = (
                client => client.Api.V2.Usage.WarehouseExport.GetAsync(c => c.QueryParameters.From = EmulatorFixture.Now.AddDays(-366).ToUnixTimeMilliseconds()),
                "must not exceed 365 days"),
            ["range over 365 days"] = (
                client => client.Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.From = EmulatorFixture.Now.AddDays(-365).AddMinutes(-1).ToUnixTimeMilliseconds()),
                "must not exceed 365 days"),
            ["from after to"] = (
                client => client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
                {
                    c.QueryParameters.From = TestTime.Ms(2024, 3, 10);
                    c.QueryParameters.To = TestTime.Ms(2024, 3, 9);
                }),
                "must not be after to"),
            ["to before the default from"] = (
                client => client.Api.V2.Usage.ClientsideContexts.GetAsync(c => c.QueryParameters.To = TestTime.Ms(2024, 2, 20)),
                "must not be after to"),
        };

        private readonly EmulatorFixture _fixture;

        public ValidationTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        public static TheoryData<string> TypedCaseNames()
        {
            var data = new TheoryData<string>();
            foreach (var name in TypedCases.Keys)
            {
                data.Add(name);
            }

            return data;
        }

        [Fact]
        public async Task A_range_of_exactly_365_days_is_accepted()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
                c.QueryParameters.From = EmulatorFixture.Now.AddDays(-365).ToUnixTimeMilliseconds()));

            Assert.Equal(366, data.Times.Length);
        }

        [Theory]
        [MemberData(nameof(TypedCaseNames))]
        public async Task Invalid_combination_through_the_typed_client_is_a_400(string caseName)
        {
            var (call, message) = TypedCases[caseName];

            var error = await Assert.ThrowsAsync<InvalidRequestErrorRep>(() => call(_fixture.CreateClient()));

            Assert.Equal(400, error.ResponseStatusCode);
            Assert.Equal("invalid_request", error.Code);
            Assert.Contains(message, error.MessageEscaped, StringComparison.Ordinal);
        }

        // Values the typed client cannot send (its enums and longs rule them out), sent through WithUrl.
        [Theory]
        [InlineData("api/v2/usage/total-mau?aggregationType=weekly", "'weekly' for aggregationType")]
        [InlineData("api/v2/usage/total-mau?granularity=hourly", "'hourly' for granularity")]
        [InlineData("api/v2/usage/total-mau?groupBy=contextKind", "'contextKind' for groupBy")]
        [InlineData("api/v2/usage/clientside-mau?groupBy=sdkType", "'sdkType' for groupBy")]
        [InlineData("api/v2/usage/total-contexts?anonymous=true&anonymous=maybe", "'maybe' for anonymous")]
        [InlineData("api/v2/usage/data-export-events?aggregationType=rolling_30d", "'rolling_30d' for aggregationType")]
        [InlineData("api/v2/usage/data-export-events?granularity=weekly", "'weekly' for granularity")]
        [InlineData("api/v2/usage/service-connections?groupBy=eventKind", "'eventKind' for groupBy")]
        [InlineData("api/v2/usage/service-connections?groupBy=sdkAppId&groupBy=destination", "'destination' for groupBy")]
        [InlineData("api/v2/usage/ai-runs?groupBy=destination", "'destination' for groupBy")]
        [InlineData("api/v2/usage/ai-runs?aggregationType=rolling_30d", "'rolling_30d' for aggregationType")]
        [InlineData("api/v2/usage/ai-runs?granularity=weekly", "'weekly' for granularity")]
        [InlineData("api/v2/usage/warehouse-export?destination=snowflake-v2&destination=s3", "'s3' for destination")]
        [InlineData("api/v2/usage/warehouse-export?destination=snowflake_v2", "'snowflake_v2' for destination")]
        [InlineData("api/v2/usage/warehouse-export?groupBy=sdkName", "'sdkName' for groupBy")]
        [InlineData("api/v2/usage/observability/metrics?aggregationType=incremental", "'incremental' for aggregationType")]
        [InlineData("api/v2/usage/observability/metrics?aggregationType=rolling_30d", "'rolling_30d' for aggregationType")]
        [InlineData("api/v2/usage/observability/metrics?granularity=weekly", "'weekly' for granularity")]
        [InlineData("api/v2/usage/observability/metrics?from=1709251200000", "'1709251200000' for from: expected a Unix timestamp in seconds")]
        [InlineData("api/v2/usage/sdk-versions/all?sdkName=go-server-sdk&sdkName=node-server-sdk", "sdkName must be specified at most once")]
        [InlineData("api/v2/usage/sdk-versions/all?connectionType=proxy&connectionType=direct", "connectionType must be specified at most once")]
        [InlineData("api/v2/usage/mau?sdktype=client&sdktype=desktop", "'desktop' for sdktype")]
        [InlineData("api/v2/usage/mau?aggregationType=incremental", "'incremental' for aggregationType")]
        [InlineData("api/v2/usage/mau?groupby=projectId", "'projectId' for groupby")]
        [InlineData("api/v2/usage/mau?anonymous=perhaps", "'perhaps' for anonymous")]
        [InlineData("api/v2/usage/mau/sdks?sdktype=mobile", "'mobile' for sdktype")]
        [InlineData("api/v2/usage/total-mau?from=yesterday", "'yesterday' for from")]
        [InlineData("api/v2/usage/observability/logs?to=1710000000.5", "'1710000000.5' for to")]
        [InlineData("api/v2/usage/events/received?from=-1", "'-1' for from")]
        [InlineData("api/v2/usage/vega-ai?from=1709251200000", "'1709251200000' for from: expected a Unix timestamp in seconds")]
        [InlineData("api/v2/usage/streams/client?tz=Mars/Olympus_Mons", "'Mars/Olympus_Mons' for tz")]
        [InlineData("api/v2/usage/total-mau?aggregationType=incremental&aggregationType=rolling_30d", "aggregationType must be specified at most once")]
        public async Task Invalid_query_value_is_a_400_naming_the_parameter(string pathAndQuery, string expected)
        {
            // Any request builder sends a raw URL; TotalMau's maps 400 to InvalidRequestErrorRep like every operation's.
            var url = new Uri(_fixture.Emulator.BaseAddress, pathAndQuery).ToString();

            var error = await Assert.ThrowsAsync<InvalidRequestErrorRep>(() => _fixture.CreateClient().Api.V2.Usage.TotalMau.WithUrl(url).GetAsync());

            Assert.Equal("invalid_request", error.Code);
            Assert.Contains(expected, error.MessageEscaped, StringComparison.Ordinal);
        }
    }
}
