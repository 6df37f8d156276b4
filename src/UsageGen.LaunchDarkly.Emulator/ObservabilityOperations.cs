using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The observability (errors, logs, metrics, sessions, traces) and Vega AI operations: from/to in Unix seconds,
    /// a project filter, no grouping. Metrics aggregate by month_to_date or average, hourly too.
    /// </summary>
    internal static class ObservabilityOperations
    {
        public static IEnumerable<UsageOperation> Create()
        {
            yield return Operation("/api/v2/usage/observability/errors", "observability-errors", 4_000);
            yield return Operation("/api/v2/usage/observability/logs", "observability-logs", 2_500_000);
            yield return Operation("/api/v2/usage/observability/metrics", "observability-metrics", 600_000, SpecParameters.ObservabilityMetricsAggregationType, SpecParameters.EventGranularity);
            yield return Operation("/api/v2/usage/observability/sessions", "observability-sessions", 12_000);
            yield return Operation("/api/v2/usage/observability/traces", "observability-traces", 900_000);
            yield return Operation("/api/v2/usage/vega-ai", "vega-ai", 40);
        }

        private static DimensionalOperation Operation(
            string template,
            string metric,
            double dailyBase,
            ChoiceParameter<Aggregation>? aggregation = null,
            ChoiceParameter<PeriodKind>? granularity = null) => new(template, TimestampUnit.Seconds, 400, 401, 403, 404, 429)
        {
            DefaultStart = DefaultStart.StartOfMonth,
            Rows = UsageRows.PerProject(metric, dailyBase),
            Filters = new[] { SpecParameters.ProjectKey },
            AggregationParameter = aggregation ?? SpecParameters.AggregationType,
            GranularityParameter = granularity ?? SpecParameters.Granularity,
        };
    }
}
