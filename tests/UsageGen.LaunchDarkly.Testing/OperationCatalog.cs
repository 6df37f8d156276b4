using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// All 27 operations of spec/launchdarkly-usage.yaml, in the spec's order: adding an operation to the spec means
    /// adding it here, once, for the client's tests, their fake server and the emulator's tests.
    /// </summary>
    public static class OperationCatalog
    {
        // Timestamps of the every-parameter calls, in the unit each operation documents (x-timestamp-unit);
        // "unspecified" ones get milliseconds.
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

        // The emulator-valid calls ask for days the emulator has data for: its tests fix its clock at 2024-03-15.
        private static readonly long EmulatorFromMs = UtcMs(2024, 3, 1);
        private static readonly long EmulatorToMs = UtcMs(2024, 3, 10);
        private static readonly long EmulatorFromSeconds = EmulatorFromMs / 1000;
        private static readonly long EmulatorToSeconds = EmulatorToMs / 1000;

        private static readonly string[] EmulatorDefault = { "default" };
        private static readonly string[] EmulatorProduction = { "production" };

        private static readonly SpecOperation[] Operations = Build().ToArray();

        private static readonly Dictionary<string, SpecOperation> ById = Operations.ToDictionary(operation => operation.OperationId, StringComparer.Ordinal);

        public static IReadOnlyList<SpecOperation> All => Operations;

        public static SpecOperation Get(string operationId) => ById[operationId];

        private static IEnumerable<SpecOperation> Build()
        {
            yield return new SpecOperation(
                "getAIRunsUsage", "/api/v2/usage/ai-runs", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/ai-runs",
                    Expect(
                        ("from", "1700000000000"), ("to", "1702592000000"),
                        ("projectKey", "default"), ("projectKey", "mobile app"),
                        ("environmentKey", "production"), ("environmentKey", "staging"),
                        ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                        ("sdkVersion", "9.0.1"), ("sdkVersion", "10.0.0-rc.1+build 7"),
                        ("sdkType", "server"), ("sdkType", "client"),
                        ("groupBy", "sdkVersion"), ("groupBy", "sdkType"),
                        ("aggregationType", "incremental"), ("granularity", "hourly")),
                    (client, options) => Box(client.Api.V2.Usage.AiRuns.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                        c.QueryParameters.SdkName = SdkNames;
                        c.QueryParameters.SdkVersion = new[] { "9.0.1", "10.0.0-rc.1+build 7" };
                        c.QueryParameters.SdkType = SdkTypeNames;
                        c.QueryParameters.GroupBy = new[] { AiRunsGroupBy.SdkVersion, AiRunsGroupBy.SdkType };
                        c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                        c.QueryParameters.Granularity = EventGranularity.Hourly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/ai-runs",
                    (client, options) => Box(client.Api.V2.Usage.AiRuns.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.To = EmulatorToMs;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.EnvironmentKey = EmulatorProduction;
                        c.QueryParameters.SdkName = new[] { "node-server-sdk", "python-server-sdk" };
                        c.QueryParameters.SdkVersion = new[] { "9.0.1", "8.2.0", "9.3.0" };
                        c.QueryParameters.SdkType = new[] { "server" };
                        c.QueryParameters.GroupBy = new[] { AiRunsGroupBy.SdkName, AiRunsGroupBy.SdkVersion };
                        c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                        c.QueryParameters.Granularity = EventGranularity.Daily;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getContextsClientsideUsage", "/api/v2/usage/clientside-contexts", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/clientside-contexts",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/clientside-contexts",
                    (client, options) => Box(client.Api.V2.Usage.ClientsideContexts.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.To = EmulatorToMs;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.EnvironmentKey = EmulatorProduction;
                        c.QueryParameters.ContextKind = new[] { "user", "device" };
                        c.QueryParameters.SdkName = new[] { "js-client-sdk", "android-client-sdk" };
                        c.QueryParameters.Anonymous = new[] { AnonymousFilter.False };
                        c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.SdkAppId, SdkSideMauGroupBy.AnonymousV2 };
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.QueryParameters.Granularity = Granularity.Monthly;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getMAUClientsideUsage", "/api/v2/usage/clientside-mau", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/clientside-mau",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/clientside-mau",
                    (client, options) => Box(client.Api.V2.Usage.ClientsideMau.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.SdkName = new[] { "react-client-sdk" };
                        c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.ProjectId, SdkSideMauGroupBy.SdkName };
                        c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                        c.QueryParameters.Granularity = Granularity.Daily;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getDataExportEventsUsage", "/api/v2/usage/data-export-events", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/data-export-events",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/data-export-events",
                    (client, options) => Box(client.Api.V2.Usage.DataExportEvents.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.To = EmulatorToMs;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.EnvironmentKey = EmulatorProduction;
                        c.QueryParameters.EventKind = new[] { "custom", "feature" };
                        c.QueryParameters.GroupBy = new[] { DataExportEventsGroupBy.EnvironmentId, DataExportEventsGroupBy.EventKind };
                        c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                        c.QueryParameters.Granularity = EventGranularity.Hourly;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getEvaluationsUsage", "/api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/evaluations/default/production/new-checkout-flow",
                    Expect(("from", "1700000000000"), ("to", "1702592000000"), ("tz", "America/Los_Angeles")),
                    (client, options) => Box(client.Api.V2.Usage.Evaluations["default"]["production"]["new-checkout-flow"].GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.QueryParameters.Tz = "America/Los_Angeles";
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/evaluations/default/production/new-checkout-flow",
                    (client, options) => Box(client.Api.V2.Usage.Evaluations["default"]["production"]["new-checkout-flow"].GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.To = EmulatorToMs;
                        c.QueryParameters.Tz = "America/Los_Angeles";
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getEventsUsage", "/api/v2/usage/events/{type}", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/events/published",
                    Expect(("from", "1700000000000"), ("to", "1702592000000")),
                    (client, options) => Box(client.Api.V2.Usage.Events[EventType.Published].GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/events/published",
                    (client, options) => Box(client.Api.V2.Usage.Events[EventType.Published].GetAsync(c => c.Options.AddAll(options)))));

            yield return new SpecOperation(
                "getExperimentationEventsUsage", "/api/v2/usage/experimentation-events", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/experimentation-events",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/experimentation-events",
                    (client, options) => Box(client.Api.V2.Usage.ExperimentationEvents.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.ProjectKey = new[] { "default", "mobile-app" };
                        c.QueryParameters.EventKey = new[] { "checkout-completed", "sign-up" };
                        c.QueryParameters.EventKind = new[] { "custom" };
                        c.QueryParameters.GroupBy = new[] { ExperimentationEventsGroupBy.EventKey, ExperimentationEventsGroupBy.EventKind };
                        c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                        c.QueryParameters.Granularity = EventGranularity.Monthly;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getExperimentationKeysUsage", "/api/v2/usage/experimentation-keys", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/experimentation-keys",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/experimentation-keys",
                    (client, options) => Box(client.Api.V2.Usage.ExperimentationKeys.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.GroupBy = new[] { ExperimentationKeysGroupBy.ProjectId, ExperimentationKeysGroupBy.ExperimentId };
                        c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                        c.QueryParameters.Granularity = EventGranularity.Daily;
                        c.Options.AddAll(options);
                    }))));

#pragma warning disable CS0618 // getMauUsage and getMauUsageByCategory are deprecated in the spec; they must still be callable.
            yield return new SpecOperation(
                "getMauUsage", "/api/v2/usage/mau", ResponseKind.SeriesList, ErrorsLegacyMau,
                new EveryParameterCall(
                    "/api/v2/usage/mau",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/mau",
                    (client, options) => Box(client.Api.V2.Usage.Mau.GetAsync(c =>
                    {
                        c.QueryParameters.Project = EmulatorDefault;
                        c.QueryParameters.Environment = EmulatorProduction;
                        c.QueryParameters.Sdktype = new[] { SdkType.Client, SdkType.Server };
                        c.QueryParameters.Sdk = new[] { "Node.js", "JavaScript" };
                        c.QueryParameters.Anonymous = "false";
                        c.QueryParameters.Groupby = new[] { LegacyMauGroupBy.Sdktype, LegacyMauGroupBy.ContextKind };
                        c.QueryParameters.AggregationType = MauAggregationType.Daily_incremental;
                        c.QueryParameters.ContextKind = new[] { "user", "organization" };
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getMauUsageByCategory", "/api/v2/usage/mau/bycategory", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/mau/bycategory",
                    Expect(("from", "1700000000000"), ("to", "1702592000000")),
                    (client, options) => Box(client.Api.V2.Usage.Mau.Bycategory.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/mau/bycategory",
                    (client, options) => Box(client.Api.V2.Usage.Mau.Bycategory.GetAsync(c => c.Options.AddAll(options)))));
#pragma warning restore CS0618

            yield return new SpecOperation(
                "getMauSdksByType", "/api/v2/usage/mau/sdks", ResponseKind.SdkList, ErrorsLegacyMau,
                new EveryParameterCall(
                    "/api/v2/usage/mau/sdks",
                    Expect(("from", "1700000000000"), ("to", "1702592000000"), ("sdktype", "server")),
                    (client, options) => Box(client.Api.V2.Usage.Mau.Sdks.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.QueryParameters.Sdktype = SdkType.Server;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/mau/sdks",
                    (client, options) => Box(client.Api.V2.Usage.Mau.Sdks.GetAsync(c =>
                    {
                        c.QueryParameters.Sdktype = SdkType.Server;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getObservabilityErrorsUsage", "/api/v2/usage/observability/errors", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/observability/errors",
                    ObservabilityQuery("month_to_date", "monthly"),
                    (client, options) => Box(client.Api.V2.Usage.Observability.Errors.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromSeconds;
                        c.QueryParameters.To = ToSeconds;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.QueryParameters.Granularity = Granularity.Monthly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/observability/errors",
                    (client, options) => Box(client.Api.V2.Usage.Observability.Errors.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromSeconds;
                        c.QueryParameters.To = EmulatorToSeconds;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.QueryParameters.Granularity = Granularity.Monthly;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getObservabilityLogsUsage", "/api/v2/usage/observability/logs", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/observability/logs",
                    ObservabilityQuery("incremental", "daily"),
                    (client, options) => Box(client.Api.V2.Usage.Observability.Logs.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromSeconds;
                        c.QueryParameters.To = ToSeconds;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.AggregationType = AggregationType.Incremental;
                        c.QueryParameters.Granularity = Granularity.Daily;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/observability/logs",
                    (client, options) => Box(client.Api.V2.Usage.Observability.Logs.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromSeconds;
                        c.QueryParameters.AggregationType = AggregationType.Incremental;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getObservabilityMetricsUsage", "/api/v2/usage/observability/metrics", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/observability/metrics",
                    ObservabilityQuery("average", "hourly"),
                    (client, options) => Box(client.Api.V2.Usage.Observability.Metrics.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromSeconds;
                        c.QueryParameters.To = ToSeconds;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.AggregationType = ObservabilityMetricsAggregationType.Average;
                        c.QueryParameters.Granularity = EventGranularity.Hourly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/observability/metrics",
                    (client, options) => Box(client.Api.V2.Usage.Observability.Metrics.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromSeconds;
                        c.QueryParameters.To = EmulatorToSeconds;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.AggregationType = ObservabilityMetricsAggregationType.Average;
                        c.QueryParameters.Granularity = EventGranularity.Monthly;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getObservabilitySessionsUsage", "/api/v2/usage/observability/sessions", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/observability/sessions",
                    ObservabilityQuery("month_to_date", "daily"),
                    (client, options) => Box(client.Api.V2.Usage.Observability.Sessions.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromSeconds;
                        c.QueryParameters.To = ToSeconds;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.QueryParameters.Granularity = Granularity.Daily;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/observability/sessions",
                    (client, options) => Box(client.Api.V2.Usage.Observability.Sessions.GetAsync(c => c.Options.AddAll(options)))));

            yield return new SpecOperation(
                "getObservabilityTracesUsage", "/api/v2/usage/observability/traces", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/observability/traces",
                    ObservabilityQuery("incremental", "monthly"),
                    (client, options) => Box(client.Api.V2.Usage.Observability.Traces.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromSeconds;
                        c.QueryParameters.To = ToSeconds;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.AggregationType = AggregationType.Incremental;
                        c.QueryParameters.Granularity = Granularity.Monthly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/observability/traces",
                    (client, options) => Box(client.Api.V2.Usage.Observability.Traces.GetAsync(c =>
                    {
                        c.QueryParameters.ProjectKey = new[] { "mobile-app", "internal-tools" };
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getSdkAllVersions", "/api/v2/usage/sdk-versions/all", ResponseKind.SdkVersionDetailsList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/sdk-versions/all",
                    Expect(
                        ("environmentId", "5f1a0c6e2b9d4e0012a4c002"), ("projectId", "5f1a0c6e2b9d4e0012a4c001"),
                        ("sdkName", "go-server-sdk"), ("sdkType", "server"),
                        ("sdkAppId", "checkout service/eu#2"), ("connectionType", "proxy")),
                    (client, options) => Box(client.Api.V2.Usage.SdkVersions.All.GetAsync(c =>
                    {
                        c.QueryParameters.EnvironmentId = "5f1a0c6e2b9d4e0012a4c002";
                        c.QueryParameters.ProjectId = "5f1a0c6e2b9d4e0012a4c001";
                        c.QueryParameters.SdkName = "go-server-sdk";
                        c.QueryParameters.SdkType = "server";
                        c.QueryParameters.SdkAppId = "checkout service/eu#2";
                        c.QueryParameters.ConnectionType = "proxy";
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/sdk-versions/all",
                    (client, options) => Box(client.Api.V2.Usage.SdkVersions.All.GetAsync(c =>
                    {
                        c.QueryParameters.ProjectId = "5f1a0c6e2b9d4e0012a4c001";
                        c.QueryParameters.SdkType = "server";
                        c.QueryParameters.ConnectionType = "proxy";
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getSdkVersionsDetails", "/api/v2/usage/sdk-versions/details", ResponseKind.SdkVersionDetailsList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/sdk-versions/details",
                    Expect(),
                    (client, options) => Box(client.Api.V2.Usage.SdkVersions.Details.GetAsync(c => c.Options.AddAll(options)))),
                new OperationCall(
                    "/api/v2/usage/sdk-versions/details",
                    (client, options) => Box(client.Api.V2.Usage.SdkVersions.Details.GetAsync(c => c.Options.AddAll(options)))));

            // The spec documents this operation's from/to in Unix seconds (see its NOTE), so seconds are sent.
            yield return new SpecOperation(
                "getContextsServersideUsage", "/api/v2/usage/serverside-contexts", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/serverside-contexts",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/serverside-contexts",
                    (client, options) => Box(client.Api.V2.Usage.ServersideContexts.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromSeconds;
                        c.QueryParameters.To = EmulatorToSeconds;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.EnvironmentKey = new[] { "production", "test" };
                        c.QueryParameters.SdkName = new[] { "go-server-sdk", "node-server-sdk" };
                        c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.EnvironmentId };
                        c.QueryParameters.AggregationType = AggregationType.Incremental;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getServiceConnectionsUsage", "/api/v2/usage/service-connections", ResponseKind.SeriesListFloat, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/service-connections",
                    Expect(
                        ("from", "1700000000000"), ("to", "1702592000000"),
                        ("projectKey", "default"), ("projectKey", "mobile app"),
                        ("environmentKey", "production"), ("environmentKey", "staging"),
                        ("connectionType", "streaming"), ("connectionType", "polling"),
                        ("relayVersion", "8.10.0"), ("relayVersion", "8.9.1"),
                        ("sdkName", "go-server-sdk"), ("sdkName", "node-server-sdk"),
                        ("sdkVersion", "7.4.0"), ("sdkVersion", "9.0.1"),
                        ("sdkType", "server"), ("sdkType", "client"),
                        ("sdkAppId", "checkout-service"), ("sdkAppId", "billing service/eu"),
                        ("groupBy", "relayVersion"), ("groupBy", "sdkAppId"),
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
                        c.QueryParameters.SdkAppId = new[] { "checkout-service", "billing service/eu" };
                        c.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.RelayVersion, ServiceConnectionsGroupBy.SdkAppId };
                        c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                        c.QueryParameters.Granularity = EventGranularity.Hourly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/service-connections",
                    (client, options) => Box(client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.To = EmulatorToMs;
                        c.QueryParameters.ProjectKey = EmulatorDefault;
                        c.QueryParameters.ConnectionType = new[] { "streaming", "polling" };
                        c.QueryParameters.RelayVersion = new[] { "8.10.0", "none" };
                        c.QueryParameters.SdkName = new[] { "go-server-sdk", "node-server-sdk" };
                        c.QueryParameters.SdkVersion = new[] { "7.4.0", "9.0.1" };
                        c.QueryParameters.SdkType = new[] { "server" };
                        c.QueryParameters.SdkAppId = new[] { "checkout-service", "storefront-api" };
                        c.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.RelayVersion, ServiceConnectionsGroupBy.SdkVersion, ServiceConnectionsGroupBy.SdkAppId };
                        c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                        c.QueryParameters.Granularity = EventGranularity.Daily;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getStreamUsage", "/api/v2/usage/streams/{source}", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/streams/client",
                    Expect(("from", "1700000000000"), ("to", "1702592000000"), ("tz", "Europe/Berlin")),
                    (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Client].GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.QueryParameters.Tz = "Europe/Berlin";
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/streams/client",
                    (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Client].GetAsync(c =>
                    {
                        c.QueryParameters.Tz = "Europe/Berlin";
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getStreamUsageBySdkVersion", "/api/v2/usage/streams/{source}/bysdkversion", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/streams/server/bysdkversion",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/streams/server/bysdkversion",
                    (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Server].Bysdkversion.GetAsync(c =>
                    {
                        c.QueryParameters.Tz = "UTC";
                        c.QueryParameters.Sdk = "Node.js";
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getStreamUsageSdkversion", "/api/v2/usage/streams/{source}/sdkversions", ResponseKind.SdkVersionList, ErrorsSdkVersions,
                new EveryParameterCall(
                    "/api/v2/usage/streams/client/sdkversions",
                    Expect(),
                    (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Client].Sdkversions.GetAsync(c => c.Options.AddAll(options)))),
                new OperationCall(
                    "/api/v2/usage/streams/client/sdkversions",
                    (client, options) => Box(client.Api.V2.Usage.Streams[StreamSource.Client].Sdkversions.GetAsync(c => c.Options.AddAll(options)))));

            yield return new SpecOperation(
                "getContextsTotalUsage", "/api/v2/usage/total-contexts", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/total-contexts",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/total-contexts",
                    (client, options) => Box(client.Api.V2.Usage.TotalContexts.GetAsync(c =>
                    {
                        c.QueryParameters.SdkType = new[] { "server", "client" };
                        c.QueryParameters.Anonymous = new[] { AnonymousFilter.True, AnonymousFilter.False };
                        c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkType };
                        c.QueryParameters.AggregationType = AggregationType.Rolling_30d;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getMAUTotalUsage", "/api/v2/usage/total-mau", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/total-mau",
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
                    }))),
                new OperationCall(
                    "/api/v2/usage/total-mau",
                    (client, options) => Box(client.Api.V2.Usage.TotalMau.GetAsync(c =>
                    {
                        c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getVegaAIUsage", "/api/v2/usage/vega-ai", ResponseKind.SeriesList, ErrorsWith404,
                new EveryParameterCall(
                    "/api/v2/usage/vega-ai",
                    ObservabilityQuery("month_to_date", "monthly"),
                    (client, options) => Box(client.Api.V2.Usage.VegaAi.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromSeconds;
                        c.QueryParameters.To = ToSeconds;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.QueryParameters.Granularity = Granularity.Monthly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/vega-ai",
                    (client, options) => Box(client.Api.V2.Usage.VegaAi.GetAsync(c =>
                    {
                        c.QueryParameters.From = UtcMs(2024, 1, 1) / 1000;
                        c.QueryParameters.Granularity = Granularity.Monthly;
                        c.Options.AddAll(options);
                    }))));

            yield return new SpecOperation(
                "getWarehouseExportUsage", "/api/v2/usage/warehouse-export", ResponseKind.SeriesList, ErrorsWith503,
                new EveryParameterCall(
                    "/api/v2/usage/warehouse-export",
                    Expect(
                        ("from", "1700000000000"), ("to", "1702592000000"),
                        ("projectKey", "default"), ("projectKey", "mobile app"),
                        ("environmentKey", "production"), ("environmentKey", "staging"),
                        ("destination", "snowflake-v2"), ("destination", "clickhouse"),
                        ("groupBy", "destination"), ("groupBy", "environmentId"),
                        ("aggregationType", "month_to_date"), ("granularity", "monthly")),
                    (client, options) => Box(client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
                    {
                        c.QueryParameters.From = FromMs;
                        c.QueryParameters.To = ToMs;
                        c.QueryParameters.ProjectKey = ProjectKeys;
                        c.QueryParameters.EnvironmentKey = EnvironmentKeys;
                        c.QueryParameters.Destination = new[] { WarehouseExportDestination.SnowflakeV2, WarehouseExportDestination.Clickhouse };
                        c.QueryParameters.GroupBy = new[] { WarehouseExportGroupBy.Destination, WarehouseExportGroupBy.EnvironmentId };
                        c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                        c.QueryParameters.Granularity = EventGranularity.Monthly;
                        c.Options.AddAll(options);
                    }))),
                new OperationCall(
                    "/api/v2/usage/warehouse-export",
                    (client, options) => Box(client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
                    {
                        c.QueryParameters.From = EmulatorFromMs;
                        c.QueryParameters.To = EmulatorToMs;
                        c.QueryParameters.ProjectKey = new[] { "default", "mobile-app" };
                        c.QueryParameters.Destination = new[] { WarehouseExportDestination.SnowflakeV2, WarehouseExportDestination.Databricks };
                        c.QueryParameters.GroupBy = new[] { WarehouseExportGroupBy.ProjectId, WarehouseExportGroupBy.Destination };
                        c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
                        c.QueryParameters.Granularity = EventGranularity.Daily;
                        c.Options.AddAll(options);
                    }))));
        }

        // Observability and Vega AI operations share one parameter list, with from/to in Unix seconds.
        private static IReadOnlyList<KeyValuePair<string, string>> ObservabilityQuery(string aggregationType, string granularity) =>
            Expect(
                ("from", "1700000000"), ("to", "1702592000"),
                ("projectKey", "default"), ("projectKey", "mobile app"),
                ("aggregationType", aggregationType), ("granularity", granularity));

        private static IReadOnlyList<KeyValuePair<string, string>> Expect(params (string Key, string Value)[] pairs) =>
            pairs.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value)).ToArray();

        private static long UtcMs(int year, int month, int day) =>
            new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

        private static async Task<object?> Box<T>(Task<T> call) => await call;
    }
}
