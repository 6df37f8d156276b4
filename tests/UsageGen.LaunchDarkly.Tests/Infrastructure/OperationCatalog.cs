using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// All 23 operations of spec/launchdarkly-usage.yaml. Each call sets every query parameter the operation has:
    /// arrays with two values (one needing percent-encoding), enums whose wire value differs from the C# name,
    /// from/to in the unit the operation documents. Expected queries are spelled out literally from the spec.
    /// </summary>
    public static class OperationCatalog
    {
        // Timestamps in the unit each operation documents (x-timestamp-unit); "unspecified" ones get milliseconds.
        public const long FromMs = 1700000000000L;
        public const long ToMs = 1702592000000L;
        public const long FromSeconds = 1700000000L;
        public const long ToSeconds = 1702592000L;

        private static readonly int[] ErrorsWith503 = { 400, 401, 403, 429, 503 };
        private static readonly int[] ErrorsWith404 = { 400, 401, 403, 404, 429 };
        private static readonly int[] ErrorsLegacyMau = { 400, 401, 403, 429 };
        private static readonly int[] ErrorsSdkVersions = { 401, 403, 429 };

        private static readonly string[] ProjectKeys = { "default", "mobile app" };
        private static readonly string[] EnvironmentKeys = { "production", "staging" };
        private static readonly string[] ContextKinds = { "user", "organization" };
        private static readonly string[] SdkNames = { "go-server-sdk", "node-server-sdk" };
        private static readonly string[] SdkTypeNames = { "server", "client" };

        private static readonly Dictionary<string, OperationCase> Cases = Build().ToDictionary(c => c.OperationId, StringComparer.Ordinal);

        public static IReadOnlyCollection<OperationCase> All => Cases.Values;

        public static OperationCase Get(string operationId) => Cases[operationId];

        private static IEnumerable<OperationCase> Build()
        {
            yield return new OperationCase(
                "getContextsClientsideUsage", "/api/v2/usage/clientside-contexts", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("contextKind", "user"), ("contextKind", "organization"),
                    ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                    ("anonymous", "true"), ("anonymous", "false"),
                    ("groupBy", "sdkAppId"), ("groupBy", "anonymousV2"),
                    ("aggregationType", "month_to_date"), ("granularity", "monthly")),
                (client, options) => Box(client.Api.V2.Usage.ClientsideContexts.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.ContextKind = ContextKinds;
                    c.QueryParameters.SdkName = SdkNames;
                    c.QueryParameters.Anonymous = new[] { AnonymousFilter.True, AnonymousFilter.False };
                    c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.SdkAppId, SdkSideMauGroupBy.AnonymousV2 };
                    c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getMAUClientsideUsage", "/api/v2/usage/clientside-mau", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                    ("anonymous", "false"), ("anonymous", "true"),
                    ("groupBy", "projectId"), ("groupBy", "sdkName"),
                    ("aggregationType", "rolling_30d"), ("granularity", "daily")),
                (client, options) => Box(client.Api.V2.Usage.ClientsideMau.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.SdkName = SdkNames;
                    c.QueryParameters.Anonymous = new[] { AnonymousFilter.False, AnonymousFilter.True };
                    c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.ProjectId, SdkSideMauGroupBy.SdkName };
                    c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                    c.QueryParameters.Granularity = Granularity.Daily;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getDataExportEventsUsage", "/api/v2/usage/data-export-events", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("eventKind", "custom"), ("eventKind", "feature"),
                    ("groupBy", "environmentId"), ("groupBy", "eventKind"),
                    ("aggregationType", "incremental"), ("granularity", "hourly")),
                (client, options) => Box(client.Api.V2.Usage.DataExportEvents.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.EventKind = new[] { "custom", "feature" };
                    c.QueryParameters.GroupBy = new[] { DataExportEventsGroupBy.EnvironmentId, DataExportEventsGroupBy.EventKind };
                    c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                    c.QueryParameters.Granularity = EventGranularity.Hourly;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getEvaluationsUsage", "/api/v2/usage/evaluations/default/production/new-checkout-flow", ResponseKind.SeriesList, ErrorsWith404,
                Expect(("from", "1700000000000"), ("to", "1702592000000"), ("tz", "America/Los_Angeles")),
                (client, options) => Box(client.Api.V2.Usage.Evaluations["default"]["production"]["new-checkout-flow"].GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.Tz = "America/Los_Angeles";
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getEventsUsage", "/api/v2/usage/events/published", ResponseKind.SeriesList, ErrorsWith404,
                Expect(("from", "1700000000000"), ("to", "1702592000000")),
                (client, options) => Box(client.Api.V2.Usage.Events[EventType.Published].GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getExperimentationEventsUsage", "/api/v2/usage/experimentation-events", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("eventKey", "checkout"), ("eventKey", "sign-up"),
                    ("eventKind", "custom"), ("eventKind", "feature"),
                    ("groupBy", "eventKey"), ("groupBy", "eventKind"),
                    ("aggregationType", "month_to_date"), ("granularity", "monthly")),
                (client, options) => Box(client.Api.V2.Usage.ExperimentationEvents.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.EventKey = new[] { "checkout", "sign-up" };
                    c.QueryParameters.EventKind = new[] { "custom", "feature" };
                    c.QueryParameters.GroupBy = new[] { ExperimentationEventsGroupBy.EventKey, ExperimentationEventsGroupBy.EventKind };
                    c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                    c.QueryParameters.Granularity = EventGranularity.Monthly;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getExperimentationKeysUsage", "/api/v2/usage/experimentation-keys", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("experimentId", "exp-1"), ("experimentId", "exp-2"),
                    ("groupBy", "projectId"), ("groupBy", "experimentId"),
                    ("aggregationType", "incremental"), ("granularity", "daily")),
                (client, options) => Box(client.Api.V2.Usage.ExperimentationKeys.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.ExperimentId = new[] { "exp-1", "exp-2" };
                    c.QueryParameters.GroupBy = new[] { ExperimentationKeysGroupBy.ProjectId, ExperimentationKeysGroupBy.ExperimentId };
                    c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                    c.QueryParameters.Granularity = EventGranularity.Daily;
                    c.Options.AddAll(options);
                })));

#pragma warning disable CS0618 // getMauUsage is deprecated in the spec; it must still be callable.
            yield return new OperationCase(
                "getMauUsage", "/api/v2/usage/mau", ResponseKind.SeriesList, ErrorsLegacyMau,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("project", "default"), ("project", "mobile app"),
                    ("environment", "production"), ("environment", "staging"),
                    ("sdktype", "client"), ("sdktype", "server"),
                    ("sdk", "Node.js"), ("sdk", "C#"),
                    ("anonymous", "true"),
                    ("groupby", "sdktype"), ("groupby", "contextKind"),
                    ("aggregationType", "daily_incremental"),
                    ("contextKind", "user"), ("contextKind", "organization")),
                (client, options) => Box(client.Api.V2.Usage.Mau.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.Project = ProjectKeys;
                    c.QueryParameters.Environment = EnvironmentKeys;
                    c.QueryParameters.Sdktype = new[] { SdkType.Client, SdkType.Server };
                    c.QueryParameters.Sdk = new[] { "Node.js", "C#" };
                    c.QueryParameters.Anonymous = "true";
                    c.QueryParameters.Groupby = new[] { LegacyMauGroupBy.Sdktype, LegacyMauGroupBy.ContextKind };
                    c.QueryParameters.AggregationType = MauAggregationType.Daily_incremental;
                    c.QueryParameters.ContextKind = ContextKinds;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getMauUsageByCategory", "/api/v2/usage/mau/bycategory", ResponseKind.SeriesList, ErrorsWith404,
                Expect(("from", "1700000000000"), ("to", "1702592000000")),
                (client, options) => Box(client.Api.V2.Usage.Mau.Bycategory.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.Options.AddAll(options);
                })));
#pragma warning restore CS0618

            yield return new OperationCase(
                "getMauSdksByType", "/api/v2/usage/mau/sdks", ResponseKind.SdkList, ErrorsLegacyMau,
                Expect(("from", "1700000000000"), ("to", "1702592000000"), ("sdktype", "server")),
                (client, options) => Box(client.Api.V2.Usage.Mau.Sdks.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.Sdktype = SdkType.Server;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getObservabilityErrorsUsage", "/api/v2/usage/observability/errors", ResponseKind.SeriesList, ErrorsWith404,
                ObservabilityQuery("month_to_date", "monthly"),
                (client, options) => Box(client.Api.V2.Usage.Observability.Errors.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getObservabilityLogsUsage", "/api/v2/usage/observability/logs", ResponseKind.SeriesList, ErrorsWith404,
                ObservabilityQuery("incremental", "daily"),
                (client, options) => Box(client.Api.V2.Usage.Observability.Logs.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.AggregationType = AggregationType.Incremental;
                    c.QueryParameters.Granularity = Granularity.Daily;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getObservabilityMetricsUsage", "/api/v2/usage/observability/metrics", ResponseKind.SeriesList, ErrorsWith404,
                ObservabilityQuery("rolling_30d", "daily"),
                (client, options) => Box(client.Api.V2.Usage.Observability.Metrics.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                    c.QueryParameters.Granularity = Granularity.Daily;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getObservabilitySessionsUsage", "/api/v2/usage/observability/sessions", ResponseKind.SeriesList, ErrorsWith404,
                ObservabilityQuery("month_to_date", "daily"),
                (client, options) => Box(client.Api.V2.Usage.Observability.Sessions.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                    c.QueryParameters.Granularity = Granularity.Daily;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getObservabilityTracesUsage", "/api/v2/usage/observability/traces", ResponseKind.SeriesList, ErrorsWith404,
                ObservabilityQuery("incremental", "monthly"),
                (client, options) => Box(client.Api.V2.Usage.Observability.Traces.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.AggregationType = AggregationType.Incremental;
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.Options.AddAll(options);
                })));

            // The spec documents this operation's from/to in Unix seconds (see its NOTE), so seconds are sent.
            yield return new OperationCase(
                "getContextsServersideUsage", "/api/v2/usage/serverside-contexts", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000"), ("to", "1702592000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("contextKind", "user"), ("contextKind", "organization"),
                    ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                    ("anonymous", "true"), ("anonymous", "false"),
                    ("groupBy", "environmentId"), ("groupBy", "anonymousV2"),
                    ("aggregationType", "incremental"), ("granularity", "daily")),
                (client, options) => Box(client.Api.V2.Usage.ServersideContexts.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.ContextKind = ContextKinds;
                    c.QueryParameters.SdkName = SdkNames;
                    c.QueryParameters.Anonymous = new[] { AnonymousFilter.True, AnonymousFilter.False };
                    c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.EnvironmentId, SdkSideMauGroupBy.AnonymousV2 };
                    c.QueryParameters.AggregationType = AggregationType.Incremental;
                    c.QueryParameters.Granularity = Granularity.Daily;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getServiceConnectionsUsage", "/api/v2/usage/service-connections", ResponseKind.SeriesListFloat, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("connectionType", "streaming"), ("connectionType", "polling"),
                    ("relayVersion", "8.10.0"), ("relayVersion", "8.9.1"),
                    ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                    ("sdkVersion", "7.4.0"), ("sdkVersion", "9.0.1"),
                    ("sdkType", "server"), ("sdkType", "client"),
                    ("groupBy", "relayVersion"), ("groupBy", "sdkVersion"),
                    ("aggregationType", "month_to_date"), ("granularity", "hourly")),
                (client, options) => Box(client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.ConnectionType = new[] { "streaming", "polling" };
                    c.QueryParameters.RelayVersion = new[] { "8.10.0", "8.9.1" };
                    c.QueryParameters.SdkName = SdkNames;
                    c.QueryParameters.SdkVersion = new[] { "7.4.0", "9.0.1" };
                    c.QueryParameters.SdkType = SdkTypeNames;
                    c.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.RelayVersion, ServiceConnectionsGroupBy.SdkVersion };
                    c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                    c.QueryParameters.Granularity = EventGranularity.Hourly;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getStreamUsage", "/api/v2/usage/streams/client", ResponseKind.SeriesList, ErrorsWith404,
                Expect(("from", "1700000000000"), ("to", "1702592000000"), ("tz", "Europe/Berlin")),
                (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Client].GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.Tz = "Europe/Berlin";
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getStreamUsageBySdkVersion", "/api/v2/usage/streams/server/bysdkversion", ResponseKind.SeriesList, ErrorsWith404,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"), ("tz", "UTC"),
                    ("sdk", "Node.js"), ("version", "9.0.1")),
                (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Server].Bysdkversion.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.Tz = "UTC";
                    c.QueryParameters.Sdk = "Node.js";
                    c.QueryParameters.Version = "9.0.1";
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getStreamUsageSdkversion", "/api/v2/usage/streams/client/sdkversions", ResponseKind.SdkVersionList, ErrorsSdkVersions,
                Expect(),
                (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Client].Sdkversions.GetAsync(c => c.Options.AddAll(options))));

            yield return new OperationCase(
                "getContextsTotalUsage", "/api/v2/usage/total-contexts", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("contextKind", "user"), ("contextKind", "organization"),
                    ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                    ("sdkType", "server"), ("sdkType", "client"),
                    ("anonymous", "true"), ("anonymous", "false"),
                    ("groupBy", "sdkType"), ("groupBy", "sdkAppId"),
                    ("aggregationType", "rolling_30d"), ("granularity", "daily")),
                (client, options) => Box(client.Api.V2.Usage.TotalContexts.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.ContextKind = ContextKinds;
                    c.QueryParameters.SdkName = SdkNames;
                    c.QueryParameters.SdkType = SdkTypeNames;
                    c.QueryParameters.Anonymous = new[] { AnonymousFilter.True, AnonymousFilter.False };
                    c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkType, MauGroupBy.SdkAppId };
                    c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                    c.QueryParameters.Granularity = Granularity.Daily;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getMAUTotalUsage", "/api/v2/usage/total-mau", ResponseKind.SeriesList, ErrorsWith503,
                Expect(
                    ("from", "1700000000000"), ("to", "1702592000000"),
                    ("projectKey", "default"), ("projectKey", "mobile app"),
                    ("environmentKey", "production"), ("environmentKey", "staging"),
                    ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                    ("sdkType", "server"), ("sdkType", "client"),
                    ("anonymous", "true"), ("anonymous", "false"),
                    ("groupBy", "sdkName"), ("groupBy", "anonymousV2"),
                    ("aggregationType", "month_to_date"), ("granularity", "monthly")),
                (client, options) => Box(client.Api.V2.Usage.TotalMau.GetAsync(c =>
                {
                    c.QueryParameters.From = FromMs;
                    c.QueryParameters.To = ToMs;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                    c.QueryParameters.SdkName = SdkNames;
                    c.QueryParameters.SdkType = SdkTypeNames;
                    c.QueryParameters.Anonymous = new[] { AnonymousFilter.True, AnonymousFilter.False };
                    c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName, MauGroupBy.AnonymousV2 };
                    c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.Options.AddAll(options);
                })));

            yield return new OperationCase(
                "getVegaAIUsage", "/api/v2/usage/vega-ai", ResponseKind.SeriesList, ErrorsWith404,
                ObservabilityQuery("month_to_date", "monthly"),
                (client, options) => Box(client.Api.V2.Usage.VegaAi.GetAsync(c =>
                {
                    c.QueryParameters.From = FromSeconds;
                    c.QueryParameters.To = ToSeconds;
                    c.QueryParameters.ProjectKey = ProjectKeys;
                    c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                    c.QueryParameters.Granularity = Granularity.Monthly;
                    c.Options.AddAll(options);
                })));
        }

        // Observability and Vega AI operations share one parameter list, with from/to in Unix seconds.
        private static IReadOnlyList<KeyValuePair<string, string>> ObservabilityQuery(string aggregationType, string granularity) =>
            Expect(
                ("from", "1700000000"), ("to", "1702592000"),
                ("projectKey", "default"), ("projectKey", "mobile app"),
                ("aggregationType", aggregationType), ("granularity", granularity));

        private static IReadOnlyList<KeyValuePair<string, string>> Expect(params (string Key, string Value)[] pairs) =>
            pairs.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value)).ToArray();

        private static async Task<object?> Box<T>(Task<T> call) => await call;
    }
}
