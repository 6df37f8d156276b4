using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.SeedApis.Tests.Infrastructure;
using UsageGen.SeedApis.WorkspaceMetrics;
using UsageGen.SeedApis.WorkspaceMetrics.Models;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.SeedApis.Tests
{
    /// <summary>
    /// GET /api/v2/org/{org_id}/workspace/{workspace_id}/metrics/usage (tests/specs/workspace-metrics.yaml) through the
    /// generated <see cref="WorkspaceMetricsClient"/>, over real HTTP.
    /// </summary>
    public sealed class WorkspaceMetricsTests : IClassFixture<SeedApiServer>
    {
        private readonly SeedApiServer _server;

        public WorkspaceMetricsTests(SeedApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        public static TheoryData<MetricName[], string> MetricSelections() => new()
        {
            { new[] { MetricName.Dau }, "metrics=dau" },
            { new[] { MetricName.Wau }, "metrics=wau" },
            { new[] { MetricName.Mau, MetricName.Dau }, "metrics=mau&metrics=dau" },
            { new[] { MetricName.Dau, MetricName.Wau, MetricName.Mau }, "metrics=dau&metrics=wau&metrics=mau" },
        };

        [Fact]
        public async Task Get_with_every_parameter_sends_path_and_exploded_metrics_and_parses_nullable_counts()
        {
            _server.Enqueue(ScriptedResponse.Json(200, WorkspaceMetricsBodies.DauAndMauWithGaps));
            using var adapter = _server.CreateAdapter();

            var metrics = await new WorkspaceMetricsClient(adapter).Api.V2.Org["org_42"].Workspace["ws 7/b"].Metrics.Usage.GetAsync(request =>
            {
                request.QueryParameters.PeriodLength = 730;
                request.QueryParameters.Metrics = new[] { MetricName.Dau, MetricName.Mau };
            });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/api/v2/org/org_42/workspace/ws%207%2Fb/metrics/usage", sent.RawPath);
            Assert.Equal("metrics=dau&metrics=mau&period_length=730", sent.RawQuery);
            Assert.Equal(new[] { "application/json" }, sent.HeaderValues("Accept"));

            Assert.NotNull(metrics);
            Assert.Collection(
                metrics,
                day =>
                {
                    Assert.Equal(new Date(2024, 2, 28), day.Date);
                    Assert.Equal(0, day.Dau);
                    Assert.Null(day.Wau);
                    Assert.Equal(int.MaxValue, day.Mau);
                },
                day =>
                {
                    Assert.Equal(new Date(2024, 2, 29), day.Date);
                    Assert.Null(day.Dau);
                    Assert.Null(day.Wau);
                    Assert.Equal(461, day.Mau);
                });
            Assert.All(metrics, day => Assert.Empty(day.AdditionalData));
        }

        [Fact]
        public async Task Get_without_parameters_sends_no_query_and_parses_the_documented_example()
        {
            _server.Enqueue(ScriptedResponse.Json(200, WorkspaceMetricsBodies.DocumentedExample));
            using var adapter = _server.CreateAdapter();

            var metrics = await new WorkspaceMetricsClient(adapter).Api.V2.Org["org-1"].Workspace["ws-1"].Metrics.Usage.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/api/v2/org/org-1/workspace/ws-1/metrics/usage", sent.RawTarget);
            Assert.Equal(string.Empty, sent.RawQuery);

            Assert.NotNull(metrics);
            Assert.Equal(new[] { new Date(2024, 1, 1), new Date(2024, 1, 2), new Date(2024, 1, 3) }, metrics.Select(day => day.Date!.Value));
            Assert.Equal(new int?[] { 45, 52, 38 }, metrics.Select(day => day.Dau));
            Assert.Equal(new int?[] { 120, 125, 128 }, metrics.Select(day => day.Wau));
            Assert.Equal(new int?[] { 450, 450, 460 }, metrics.Select(day => day.Mau));
        }

        [Theory]
        [MemberData(nameof(MetricSelections))]
        public async Task Metrics_are_sent_one_query_parameter_per_value_in_the_order_given(MetricName[] selection, string expectedQuery)
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            using var adapter = _server.CreateAdapter();

            var metrics = await new WorkspaceMetricsClient(adapter).Api.V2.Org["o"].Workspace["w"].Metrics.Usage.GetAsync(
                request => request.QueryParameters.Metrics = selection);

            Assert.NotNull(metrics);
            Assert.Empty(metrics);
            Assert.Equal("/api/v2/org/o/workspace/w/metrics/usage?" + expectedQuery, Assert.Single(_server.Requests).RawTarget);
        }

        [Fact]
        public async Task Validation_error_422_surfaces_as_HTTPValidationError_with_its_detail_entries()
        {
            _server.Enqueue(ScriptedResponse.Json(422, WorkspaceMetricsBodies.ValidationFailure));
            using var adapter = _server.CreateAdapter();

            var exception = await Assert.ThrowsAsync<HTTPValidationError>(
                () => new WorkspaceMetricsClient(adapter).Api.V2.Org["org_42"].Workspace["ws_7"].Metrics.Usage.GetAsync(
                    request => request.QueryParameters.PeriodLength = 365));

            Assert.Equal(422, exception.ResponseStatusCode);
            Assert.Equal("/api/v2/org/org_42/workspace/ws_7/metrics/usage?period_length=365", Assert.Single(_server.Requests).RawTarget);
            Assert.NotNull(exception.Detail);
            Assert.Collection(
                exception.Detail,
                entry =>
                {
                    Assert.Equal(new object[] { "query", "period_length" }, Locations(entry));
                    Assert.Equal("Input should be a valid integer, unable to parse string as an integer", entry.Msg);
                    Assert.Equal("int_parsing", entry.Type);
                    Assert.Equal(new[] { "input" }, entry.AdditionalData.Keys);
                },
                entry =>
                {
                    Assert.Equal(new object[] { "query", "metrics", 1 }, Locations(entry));
                    Assert.Equal("Input should be 'dau', 'wau' or 'mau'", entry.Msg);
                    Assert.Equal("enum", entry.Type);
                    Assert.Equal(new[] { "ctx", "input" }, entry.AdditionalData.Keys.OrderBy(key => key, StringComparer.Ordinal));
                });
        }

        /// <summary>
        /// The <c>loc</c> entries as plain values. Each is an anyOf [string, integer] wrapper: exactly one member is set.
        /// </summary>
        private static object[] Locations(ValidationError entry)
        {
            Assert.NotNull(entry.Loc);
            return entry.Loc
                .Select(part => part switch
                {
                    { String: { } text, Integer: null } => (object)text,
                    { String: null, Integer: { } number } => number,
                    _ => throw new Xunit.Sdk.XunitException($"loc entry with String={part.String ?? "null"} and Integer={part.Integer?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}"),
                })
                .ToArray();
        }
    }
}
