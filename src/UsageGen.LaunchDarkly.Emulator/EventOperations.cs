using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The event, experimentation and service connection operations: EventAggregationType (no rolling_30d) and
    /// EventGranularity (hourly too).
    /// </summary>
    internal static class EventOperations
    {
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
                    SpecParameters.GroupBy("sdkType", Dimensions.SdkType)),
                SpecParameters.ProjectKey,
                SpecParameters.EnvironmentKey,
                new FilterParameter("connectionType", Dimensions.ConnectionType),
                new FilterParameter("relayVersion", Dimensions.RelayVersion),
                SpecParameters.SdkName,
                new FilterParameter("sdkVersion", Dimensions.SdkVersion),
                SpecParameters.SdkType);
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
