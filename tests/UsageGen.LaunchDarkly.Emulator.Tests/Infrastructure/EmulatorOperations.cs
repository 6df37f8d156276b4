using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>
    /// All 23 operations of spec/launchdarkly-usage.yaml with valid parameters: filters that match the emulator's
    /// catalogue, a groupBy where the operation has one, and from/to in the unit the operation documents.
    /// </summary>
    public static class EmulatorOperations
    {
        private static readonly long FromMs = TestTime.Ms(2024, 3, 1);
        private static readonly long ToMs = TestTime.Ms(2024, 3, 10);
        private static readonly long FromSeconds = TestTime.Seconds(2024, 3, 1);
        private static readonly long ToSeconds = TestTime.Seconds(2024, 3, 10);

        private static readonly string[] Default = { "default" };
        private static readonly string[] Production = { "production" };

        public static readonly IReadOnlyList<EmulatorOperation> All = Build().ToArray();

        public static EmulatorOperation Get(string operationId) => All.Single(operation => operation.OperationId == operationId);

        private static IEnumerable<EmulatorOperation> Build()
        {
            yield return new("getContextsClientsideUsage", "/api/v2/usage/clientside-contexts", client => Box(client.Api.V2.Usage.ClientsideContexts.GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.To = ToMs;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.EnvironmentKey = Production;
                c.QueryParameters.ContextKind = new[] { "user", "device" };
                c.QueryParameters.SdkName = new[] { "js-client-sdk", "android-client-sdk" };
                c.QueryParameters.Anonymous = new[] { AnonymousFilter.False };
                c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.SdkAppId, SdkSideMauGroupBy.AnonymousV2 };
                c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                c.QueryParameters.Granularity = Granularity.Monthly;
            })));

            yield return new("getMAUClientsideUsage", "/api/v2/usage/clientside-mau", client => Box(client.Api.V2.Usage.ClientsideMau.GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.SdkName = new[] { "react-client-sdk" };
                c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.ProjectId, SdkSideMauGroupBy.SdkName };
                c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                c.QueryParameters.Granularity = Granularity.Daily;
            })));

            yield return new("getDataExportEventsUsage", "/api/v2/usage/data-export-events", client => Box(client.Api.V2.Usage.DataExportEvents.GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.To = ToMs;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.EnvironmentKey = Production;
                c.QueryParameters.EventKind = new[] { "custom", "feature" };
                c.QueryParameters.GroupBy = new[] { DataExportEventsGroupBy.EnvironmentId, DataExportEventsGroupBy.EventKind };
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                c.QueryParameters.Granularity = EventGranularity.Hourly;
            })));

            yield return new("getEvaluationsUsage", "/api/v2/usage/evaluations/default/production/new-checkout-flow", client => Box(client.Api.V2.Usage.Evaluations["default"]["production"]["new-checkout-flow"].GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.To = ToMs;
                c.QueryParameters.Tz = "America/Los_Angeles";
            })));

            yield return new("getEventsUsage", "/api/v2/usage/events/published", client => Box(client.Api.V2.Usage.Events[EventType.Published].GetAsync()));

            yield return new("getExperimentationEventsUsage", "/api/v2/usage/experimentation-events", client => Box(client.Api.V2.Usage.ExperimentationEvents.GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.ProjectKey = new[] { "default", "mobile-app" };
                c.QueryParameters.EventKey = new[] { "checkout-completed", "sign-up" };
                c.QueryParameters.EventKind = new[] { "custom" };
                c.QueryParameters.GroupBy = new[] { ExperimentationEventsGroupBy.EventKey, ExperimentationEventsGroupBy.EventKind };
                c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                c.QueryParameters.Granularity = EventGranularity.Monthly;
            })));

            yield return new("getExperimentationKeysUsage", "/api/v2/usage/experimentation-keys", client => Box(client.Api.V2.Usage.ExperimentationKeys.GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.GroupBy = new[] { ExperimentationKeysGroupBy.ProjectId, ExperimentationKeysGroupBy.ExperimentId };
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                c.QueryParameters.Granularity = EventGranularity.Daily;
            })));

#pragma warning disable CS0618 // getMauUsage and getMauUsageByCategory are deprecated in the spec; the emulator still serves them.
            yield return new("getMauUsage", "/api/v2/usage/mau", client => Box(client.Api.V2.Usage.Mau.GetAsync(c =>
            {
                c.QueryParameters.Project = Default;
                c.QueryParameters.Environment = Production;
                c.QueryParameters.Sdktype = new[] { SdkType.Client, SdkType.Server };
                c.QueryParameters.Sdk = new[] { "Node.js", "JavaScript" };
                c.QueryParameters.Anonymous = "false";
                c.QueryParameters.Groupby = new[] { LegacyMauGroupBy.Sdktype, LegacyMauGroupBy.ContextKind };
                c.QueryParameters.AggregationType = MauAggregationType.Daily_incremental;
                c.QueryParameters.ContextKind = new[] { "user", "organization" };
            })));

            yield return new("getMauUsageByCategory", "/api/v2/usage/mau/bycategory", client => Box(client.Api.V2.Usage.Mau.Bycategory.GetAsync()));
#pragma warning restore CS0618

            yield return new("getMauSdksByType", "/api/v2/usage/mau/sdks", client => Box(client.Api.V2.Usage.Mau.Sdks.GetAsync(c => c.QueryParameters.Sdktype = SdkType.Server)));

            yield return new("getObservabilityErrorsUsage", "/api/v2/usage/observability/errors", client => Box(client.Api.V2.Usage.Observability.Errors.GetAsync(c =>
            {
                c.QueryParameters.From = FromSeconds;
                c.QueryParameters.To = ToSeconds;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                c.QueryParameters.Granularity = Granularity.Monthly;
            })));

            yield return new("getObservabilityLogsUsage", "/api/v2/usage/observability/logs", client => Box(client.Api.V2.Usage.Observability.Logs.GetAsync(c =>
            {
                c.QueryParameters.From = FromSeconds;
                c.QueryParameters.AggregationType = AggregationType.Incremental;
            })));

            yield return new("getObservabilityMetricsUsage", "/api/v2/usage/observability/metrics", client => Box(client.Api.V2.Usage.Observability.Metrics.GetAsync(c =>
                c.QueryParameters.AggregationType = AggregationType.Rolling_30d)));

            yield return new("getObservabilitySessionsUsage", "/api/v2/usage/observability/sessions", client => Box(client.Api.V2.Usage.Observability.Sessions.GetAsync()));

            yield return new("getObservabilityTracesUsage", "/api/v2/usage/observability/traces", client => Box(client.Api.V2.Usage.Observability.Traces.GetAsync(c =>
                c.QueryParameters.ProjectKey = new[] { "mobile-app", "internal-tools" })));

            yield return new("getContextsServersideUsage", "/api/v2/usage/serverside-contexts", client => Box(client.Api.V2.Usage.ServersideContexts.GetAsync(c =>
            {
                c.QueryParameters.From = FromSeconds;
                c.QueryParameters.To = ToSeconds;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.EnvironmentKey = new[] { "production", "test" };
                c.QueryParameters.SdkName = new[] { "go-server-sdk", "node-server-sdk" };
                c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.EnvironmentId };
                c.QueryParameters.AggregationType = AggregationType.Incremental;
            })));

            yield return new("getServiceConnectionsUsage", "/api/v2/usage/service-connections", client => Box(client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
            {
                c.QueryParameters.From = FromMs;
                c.QueryParameters.To = ToMs;
                c.QueryParameters.ProjectKey = Default;
                c.QueryParameters.ConnectionType = new[] { "streaming", "polling" };
                c.QueryParameters.RelayVersion = new[] { "8.10.0", "none" };
                c.QueryParameters.SdkName = new[] { "go-server-sdk", "node-server-sdk" };
                c.QueryParameters.SdkVersion = new[] { "7.4.0", "9.0.1" };
                c.QueryParameters.SdkType = new[] { "server" };
                c.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.RelayVersion, ServiceConnectionsGroupBy.SdkVersion };
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                c.QueryParameters.Granularity = EventGranularity.Daily;
            })));

            yield return new("getStreamUsage", "/api/v2/usage/streams/client", client => Box(client.Api.V2.Usage.Streams[StreamSource.Client].GetAsync(c => c.QueryParameters.Tz = "Europe/Berlin")));

            yield return new("getStreamUsageBySdkVersion", "/api/v2/usage/streams/server/bysdkversion", client => Box(client.Api.V2.Usage.Streams[StreamSource.Server].Bysdkversion.GetAsync(c =>
            {
                c.QueryParameters.Tz = "UTC";
                c.QueryParameters.Sdk = "Node.js";
            })));

            yield return new("getStreamUsageSdkversion", "/api/v2/usage/streams/client/sdkversions", client => Box(client.Api.V2.Usage.Streams[StreamSource.Client].Sdkversions.GetAsync()));

            yield return new("getContextsTotalUsage", "/api/v2/usage/total-contexts", client => Box(client.Api.V2.Usage.TotalContexts.GetAsync(c =>
            {
                c.QueryParameters.SdkType = new[] { "server", "client" };
                c.QueryParameters.Anonymous = new[] { AnonymousFilter.True, AnonymousFilter.False };
                c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkType };
                c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
            })));

            yield return new("getMAUTotalUsage", "/api/v2/usage/total-mau", client => Box(client.Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
                c.QueryParameters.AggregationType = AggregationType.Month_to_date;
            })));

            yield return new("getVegaAIUsage", "/api/v2/usage/vega-ai", client => Box(client.Api.V2.Usage.VegaAi.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Seconds(2024, 1, 1);
                c.QueryParameters.Granularity = Granularity.Monthly;
            })));
        }

        private static async Task<object?> Box<T>(Task<T> call) => await call;
    }
}
