using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The event, experimentation, service connection, AI runs and warehouse export operations: EventAggregationType
    /// (no rolling_30d) and EventGranularity (hourly too).
    /// </summary>
    internal static class EventOperations
    {
        /// <summary>The WarehouseExportDestination values.</summary>
        private static readonly string[] WarehouseDestinations = { "snowflake-v2", "databricks", "bigquery", "redshift", "clickhouse" };

        public static IEnumerable<UsageOperation> Create()
        {
            yield return Operation(
                "/api/v2/usage/data-export-events",
                UsageRows.DataExportEvents,
                new GroupByParameter(
                    "groupBy",
                    SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
                    SpecParameters.GroupBy("eventKind", Dimensions.EventKind)),
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, SpecParameters.EventKind);

            yield return Operation(
                "/api/v2/usage/experimentation-events",
                UsageRows.ExperimentationEvents,
                new GroupByParameter(
                    "groupBy",
                    SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
                    SpecParameters.GroupBy("eventKey", Dimensions.EventKey),
                    SpecParameters.GroupBy("eventKind", Dimensions.EventKind)),
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, new FilterParameter("eventKey", Dimensions.EventKey), SpecParameters.EventKind);

            yield return Operation(
                "/api/v2/usage/experimentation-keys",
                UsageRows.ExperimentationKeys,
                new GroupByParameter(
                    "groupBy",
                    SpecParameters.GroupBy("projectId", Dimensions.ProjectId),
                    SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
                    SpecParameters.GroupBy("experimentId", Dimensions.ExperimentId)),
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, new FilterParameter("experimentId", Dimensions.ExperimentId));

            yield return Operation(
                "/api/v2/usage/service-connections",
                UsageRows.ServiceConnections,
                new GroupByParameter(
                    "groupBy",
                    SpecParameters.GroupBy("projectId", Dimensions.ProjectId),
                    SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
                    SpecParameters.GroupBy("connectionType", Dimensions.ConnectionType),
                    SpecParameters.GroupBy("relayVersion", Dimensions.RelayVersion),
                    SpecParameters.GroupBy("sdkName", Dimensions.SdkName),
                    SpecParameters.GroupBy("sdkVersion", Dimensions.SdkVersion),
                    SpecParameters.GroupBy("sdkType", Dimensions.SdkType),
                    SpecParameters.GroupBy("sdkAppId", Dimensions.SdkAppId)),
                SpecParameters.ProjectKey,
                SpecParameters.EnvironmentKey,
                new FilterParameter("connectionType", Dimensions.ConnectionType),
                new FilterParameter("relayVersion", Dimensions.RelayVersion),
                SpecParameters.SdkName,
                SpecParameters.SdkVersion,
                SpecParameters.SdkType,
                SpecParameters.SdkAppId);

            yield return Operation(
                "/api/v2/usage/ai-runs",
                UsageRows.AiRuns,
                new GroupByParameter(
                    "groupBy",
                    SpecParameters.GroupBy("projectId", Dimensions.ProjectId),
                    SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
                    SpecParameters.GroupBy("sdkName", Dimensions.SdkName),
                    SpecParameters.GroupBy("sdkVersion", Dimensions.SdkVersion),
                    SpecParameters.GroupBy("sdkType", Dimensions.SdkType)),
                SpecParameters.ProjectKey,
                SpecParameters.EnvironmentKey,
                SpecParameters.SdkName,
                SpecParameters.SdkVersion,
                SpecParameters.SdkType);

            yield return Operation(
                "/api/v2/usage/warehouse-export",
                UsageRows.WarehouseExport,
                new GroupByParameter(
                    "groupBy",
                    SpecParameters.GroupBy("projectId", Dimensions.ProjectId),
                    SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
                    SpecParameters.GroupBy("destination", Dimensions.Destination)),
                SpecParameters.ProjectKey,
                SpecParameters.EnvironmentKey,
                new FilterParameter("destination", Dimensions.Destination) { AllowedValues = WarehouseDestinations });
        }

        private static DimensionalOperation Operation(
            string template,
            IReadOnlyList<UsageRow> rows,
            GroupByParameter groupBy,
            params FilterParameter[] filters) => new(template, TimestampUnit.Milliseconds, 400, 401, 403, 429, 503)
        {
            DefaultStart = DefaultStart.StartOfMonth,
            Rows = rows,
            Filters = filters,
            GroupBy = groupBy,
            AggregationParameter = SpecParameters.EventAggregationType,
            GranularityParameter = SpecParameters.EventGranularity,
            Scope = SpecParameters.EnvironmentNeedsOneProject,
        };
    }
}
