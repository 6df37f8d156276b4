using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Cli
{
    /// <summary>The 23 operations of the usage API, each with the query parameters its description documents.</summary>
    internal static class UsageOperations
    {
        private const string MonthToDate = "month_to_date";

        public static readonly UsageOperation TotalMau = new(
            "getMAUTotalUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.SdkName, Filters.SdkType, Filters.Anonymous, Filters.MauGroupBy, Filters.AggregationType, Filters.Granularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.TotalMau.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.SdkName = query.Texts("sdkName");
                    parameters.SdkType = query.Texts("sdkType");
                    parameters.Anonymous = query.Choices<AnonymousFilter>("anonymous");
                    parameters.GroupBy = query.Choices<MauGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ClientsideMau = new(
            "getMAUClientsideUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.SdkName, Filters.Anonymous, Filters.SdkSideGroupBy, Filters.AggregationType, Filters.Granularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.ClientsideMau.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.SdkName = query.Texts("sdkName");
                    parameters.Anonymous = query.Choices<AnonymousFilter>("anonymous");
                    parameters.GroupBy = query.Choices<SdkSideMauGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation MauSdks = new(
            "getMauSdksByType",
            hasTimeRange: true,
            new[] { Filters.SdkTypeChoice },
            async (client, query, cancellationToken) =>
            {
                var response = await client.Api.V2.Usage.Mau.Sdks.GetAsync(
                    request =>
                    {
                        request.QueryParameters.From = query.From;
                        request.QueryParameters.To = query.To;
                        request.QueryParameters.Sdktype = query.Choice<SdkType>("sdktype");
                    },
                    cancellationToken).ConfigureAwait(false);
                return new ListReport(
                    query.Operation.OperationId,
                    new[] { "sdk" },
                    (response?.Sdks ?? new()).Select(sdk => (System.Collections.Generic.IReadOnlyList<string>)new[] { sdk }).ToArray());
            });

        // getMauUsage and getMauUsageByCategory are deprecated in the description, but LaunchDarkly still serves them.
#pragma warning disable CS0618
        public static readonly UsageOperation MauByCategory = new(
            "getMauUsageByCategory",
            hasTimeRange: true,
            System.Array.Empty<QueryFilter>(),
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Mau.Bycategory.GetAsync(
                request =>
                {
                    request.QueryParameters.From = query.From;
                    request.QueryParameters.To = query.To;
                },
                cancellationToken)));

        public static readonly UsageOperation LegacyMau = new(
            "getMauUsage",
            hasTimeRange: true,
            new[] { Filters.LegacyProject, Filters.LegacyEnvironment, Filters.LegacySdkTypes, Filters.LegacySdks, Filters.LegacyAnonymous, Filters.LegacyGroupBy, Filters.LegacyAggregationType, Filters.ContextKind },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Mau.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.Project = query.Texts("project");
                    parameters.Environment = query.Texts("environment");
                    parameters.Sdktype = query.Choices<SdkType>("sdktype");
                    parameters.Sdk = query.Texts("sdk");
                    parameters.Anonymous = query.Text("anonymous");
                    parameters.Groupby = query.Choices<LegacyMauGroupBy>("groupby");
                    parameters.AggregationType = query.Choice<MauAggregationType>("aggregationType");
                    parameters.ContextKind = query.Texts("contextKind");
                },
                cancellationToken)),
            "rolling_30d");
#pragma warning restore CS0618

        public static readonly UsageOperation TotalContexts = new(
            "getContextsTotalUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.ContextKind, Filters.SdkName, Filters.SdkType, Filters.Anonymous, Filters.MauGroupBy, Filters.AggregationType, Filters.Granularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.TotalContexts.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.ContextKind = query.Texts("contextKind");
                    parameters.SdkName = query.Texts("sdkName");
                    parameters.SdkType = query.Texts("sdkType");
                    parameters.Anonymous = query.Choices<AnonymousFilter>("anonymous");
                    parameters.GroupBy = query.Choices<MauGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ClientsideContexts = new(
            "getContextsClientsideUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.ContextKind, Filters.SdkName, Filters.Anonymous, Filters.SdkSideGroupBy, Filters.AggregationType, Filters.Granularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.ClientsideContexts.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.ContextKind = query.Texts("contextKind");
                    parameters.SdkName = query.Texts("sdkName");
                    parameters.Anonymous = query.Choices<AnonymousFilter>("anonymous");
                    parameters.GroupBy = query.Choices<SdkSideMauGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ServersideContexts = new(
            "getContextsServersideUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.ContextKind, Filters.SdkName, Filters.Anonymous, Filters.SdkSideGroupBy, Filters.AggregationType, Filters.Granularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.ServersideContexts.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.ContextKind = query.Texts("contextKind");
                    parameters.SdkName = query.Texts("sdkName");
                    parameters.Anonymous = query.Choices<AnonymousFilter>("anonymous");
                    parameters.GroupBy = query.Choices<SdkSideMauGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation Evaluations = new(
            "getEvaluationsUsage",
            hasTimeRange: true,
            new[] { Filters.TimeZone },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Evaluations[query.Argument("project")][query.Argument("environment")][query.Argument("flag")].GetAsync(
                request =>
                {
                    request.QueryParameters.From = query.From;
                    request.QueryParameters.To = query.To;
                    request.QueryParameters.Tz = query.Text("tz");
                },
                cancellationToken)));

        public static readonly UsageOperation Events = new(
            "getEventsUsage",
            hasTimeRange: true,
            System.Array.Empty<QueryFilter>(),
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Events[EnumWireValues.Parse<EventType>(query.Argument("type"))].GetAsync(
                request =>
                {
                    request.QueryParameters.From = query.From;
                    request.QueryParameters.To = query.To;
                },
                cancellationToken)));

        public static readonly UsageOperation Streams = new(
            "getStreamUsage",
            hasTimeRange: true,
            new[] { Filters.TimeZone },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Streams[EnumWireValues.Parse<StreamSource>(query.Argument("source"))].GetAsync(
                request =>
                {
                    request.QueryParameters.From = query.From;
                    request.QueryParameters.To = query.To;
                    request.QueryParameters.Tz = query.Text("tz");
                },
                cancellationToken)));

        public static readonly UsageOperation StreamsBySdkVersion = new(
            "getStreamUsageBySdkVersion",
            hasTimeRange: true,
            new[] { Filters.TimeZone, Filters.StreamSdk, Filters.StreamSdkVersion },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Streams[EnumWireValues.Parse<StreamSource>(query.Argument("source"))].Bysdkversion.GetAsync(
                request =>
                {
                    request.QueryParameters.From = query.From;
                    request.QueryParameters.To = query.To;
                    request.QueryParameters.Tz = query.Text("tz");
                    request.QueryParameters.Sdk = query.Text("sdk");
                    request.QueryParameters.Version = query.Text("version");
                },
                cancellationToken)));

        public static readonly UsageOperation StreamSdkVersions = new(
            "getStreamUsageSdkversion",
            hasTimeRange: false,
            System.Array.Empty<QueryFilter>(),
            async (client, query, cancellationToken) =>
            {
                var response = await client.Api.V2.Usage.Streams[EnumWireValues.Parse<StreamSource>(query.Argument("source"))].Sdkversions
                    .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return new ListReport(
                    query.Operation.OperationId,
                    new[] { "sdk", "version" },
                    (response?.SdkVersions ?? new()).Select(version => (System.Collections.Generic.IReadOnlyList<string>)new[] { version.Sdk ?? string.Empty, version.Version ?? string.Empty }).ToArray());
            });

        public static readonly UsageOperation DataExportEvents = new(
            "getDataExportEventsUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.EventKind, Filters.DataExportGroupBy, Filters.EventAggregationType, Filters.EventGranularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.DataExportEvents.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.EventKind = query.Texts("eventKind");
                    parameters.GroupBy = query.Choices<DataExportEventsGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<EventAggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<EventGranularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ExperimentationEvents = new(
            "getExperimentationEventsUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.EventKey, Filters.EventKind, Filters.ExperimentationEventsGroupBy, Filters.EventAggregationType, Filters.EventGranularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.ExperimentationEvents.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.EventKey = query.Texts("eventKey");
                    parameters.EventKind = query.Texts("eventKind");
                    parameters.GroupBy = query.Choices<ExperimentationEventsGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<EventAggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<EventGranularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ExperimentationKeys = new(
            "getExperimentationKeysUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.EnvironmentKey, Filters.ExperimentId, Filters.ExperimentationKeysGroupBy, Filters.EventAggregationType, Filters.EventGranularity },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.ExperimentationKeys.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.EnvironmentKey = query.Texts("environmentKey");
                    parameters.ExperimentId = query.Texts("experimentId");
                    parameters.GroupBy = query.Choices<ExperimentationKeysGroupBy>("groupBy");
                    parameters.AggregationType = query.Choice<EventAggregationType>("aggregationType");
                    parameters.Granularity = query.Choice<EventGranularity>("granularity");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ServiceConnections = new(
            "getServiceConnectionsUsage",
            hasTimeRange: true,
            new[]
            {
                Filters.ProjectKey, Filters.EnvironmentKey, Filters.ConnectionType, Filters.RelayVersion, Filters.SdkName, Filters.SdkVersion,
                Filters.SdkType, Filters.ServiceConnectionsGroupBy, Filters.EventAggregationType, Filters.EventGranularity,
            },
            async (client, query, cancellationToken) =>
            {
                var response = await client.Api.V2.Usage.ServiceConnections.GetAsync(
                    request =>
                    {
                        var parameters = request.QueryParameters;
                        parameters.From = query.From;
                        parameters.To = query.To;
                        parameters.ProjectKey = query.Texts("projectKey");
                        parameters.EnvironmentKey = query.Texts("environmentKey");
                        parameters.ConnectionType = query.Texts("connectionType");
                        parameters.RelayVersion = query.Texts("relayVersion");
                        parameters.SdkName = query.Texts("sdkName");
                        parameters.SdkVersion = query.Texts("sdkVersion");
                        parameters.SdkType = query.Texts("sdkType");
                        parameters.GroupBy = query.Choices<ServiceConnectionsGroupBy>("groupBy");
                        parameters.AggregationType = query.Choice<EventAggregationType>("aggregationType");
                        parameters.Granularity = query.Choice<EventGranularity>("granularity");
                    },
                    cancellationToken).ConfigureAwait(false);
                return new SeriesReport<double>(query.Operation.OperationId, response?.ToSeries() ?? System.Array.Empty<UsageSeries<double>>(), IsCumulative(query));
            },
            MonthToDate);

        public static readonly UsageOperation ObservabilityErrors = new(
            "getObservabilityErrorsUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.Granularity, Filters.AggregationType },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Observability.Errors.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ObservabilityLogs = new(
            "getObservabilityLogsUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.Granularity, Filters.AggregationType },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Observability.Logs.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ObservabilityMetrics = new(
            "getObservabilityMetricsUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.Granularity, Filters.AggregationType },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Observability.Metrics.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ObservabilitySessions = new(
            "getObservabilitySessionsUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.Granularity, Filters.AggregationType },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Observability.Sessions.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation ObservabilityTraces = new(
            "getObservabilityTracesUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.Granularity, Filters.AggregationType },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.Observability.Traces.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                },
                cancellationToken)),
            MonthToDate);

        public static readonly UsageOperation VegaAi = new(
            "getVegaAIUsage",
            hasTimeRange: true,
            new[] { Filters.ProjectKey, Filters.Granularity, Filters.AggregationType },
            (client, query, cancellationToken) => Series(query, client.Api.V2.Usage.VegaAi.GetAsync(
                request =>
                {
                    var parameters = request.QueryParameters;
                    parameters.From = query.From;
                    parameters.To = query.To;
                    parameters.ProjectKey = query.Texts("projectKey");
                    parameters.Granularity = query.Choice<Granularity>("granularity");
                    parameters.AggregationType = query.Choice<AggregationType>("aggregationType");
                },
                cancellationToken)),
            MonthToDate);

        private static async Task<UsageReport> Series(UsageQuery query, Task<SeriesListRep?> call)
        {
            var response = await call.ConfigureAwait(false);
            return new SeriesReport<long>(query.Operation.OperationId, response?.ToSeries() ?? System.Array.Empty<UsageSeries<long>>(), IsCumulative(query));
        }

        private static bool IsCumulative(UsageQuery query) =>
            (query.Text("aggregationType") ?? query.Operation.DefaultAggregationType) is "month_to_date" or "rolling_30d";
    }
}
