using System.Collections.Generic;

namespace UsageGen.Cli
{
    /// <summary>
    /// The names of the commands, as data: each maps a command line to an operation path of the generated client,
    /// which supplies everything else (arguments, options, values, units). A test fails when the client has an
    /// operation that no entry names, or an entry names a path the client lacks.
    /// </summary>
    internal static class CommandCatalog
    {
        public static readonly IReadOnlyList<CommandGroup> Groups = new CommandGroup[]
        {
            new("mau", "Monthly active users (MAU): context keys of the primary context kind."),
            new("contexts", "Context key usage, including non-primary context kinds."),
            new("experimentation", "Experimentation usage."),
            new("observability", "Observability usage."),
            new("sdk-versions", "SDK versions seen in the last 24 hours, with their end-of-life status and Relay Proxy details."),
        };

        public static readonly IReadOnlyList<CommandEntry> Commands = new CommandEntry[]
        {
            new("mau total", "/api/v2/usage/total-mau", "MAU from all SDKs."),
            new("mau clientside", "/api/v2/usage/clientside-mau", "MAU reported by client-side SDKs."),
            new("mau sdks", "/api/v2/usage/mau/sdks", "The SDKs that connected with MAU in the range (a list)."),
            new("mau bycategory", "/api/v2/usage/mau/bycategory", "MAU by category: browser, mobile or backend (deprecated by LaunchDarkly)."),
            new("mau legacy", "/api/v2/usage/mau", "The legacy MAU endpoint, GET /api/v2/usage/mau (deprecated by LaunchDarkly)."),
            new("contexts total", "/api/v2/usage/total-contexts", "Contexts from all SDKs."),
            new("contexts clientside", "/api/v2/usage/clientside-contexts", "Contexts reported by client-side SDKs."),
            new("contexts serverside", "/api/v2/usage/serverside-contexts", "Contexts reported by server-side SDKs."),
            new("evaluations", "/api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}", "Evaluations of one flag, by variation."),
            new("events", "/api/v2/usage/events/{type}", "Events received or published."),
            new("streams", "/api/v2/usage/streams/{source}", "Streaming connections from client-side or server-side SDKs."),
            new("streams", "/api/v2/usage/streams/{source}/bysdkversion", "One series per SDK name and version.", "--by-sdk-version"),
            new("streams", "/api/v2/usage/streams/{source}/sdkversions", "List the SDK names and versions that connected in the past 60 days.", "--sdk-versions"),
            new("data-export-events", "/api/v2/usage/data-export-events", "Data export events."),
            new("experimentation events", "/api/v2/usage/experimentation-events", "Experimentation events."),
            new("experimentation keys", "/api/v2/usage/experimentation-keys", "Experimentation keys."),
            new("service-connections", "/api/v2/usage/service-connections", "Service connection minutes."),
            new("observability errors", "/api/v2/usage/observability/errors", "Observability errors."),
            new("observability logs", "/api/v2/usage/observability/logs", "Observability logs."),
            new("observability metrics", "/api/v2/usage/observability/metrics", "Observability metrics."),
            new("observability sessions", "/api/v2/usage/observability/sessions", "Observability sessions."),
            new("observability traces", "/api/v2/usage/observability/traces", "Observability traces."),
            new("vega-ai", "/api/v2/usage/vega-ai", "Vega AI usage."),
            new("ai-runs", "/api/v2/usage/ai-runs", "AI runs recorded for your account."),
            new("warehouse-export", "/api/v2/usage/warehouse-export", "Rows exported to warehouse Data Export destinations."),
            new("sdk-versions details", "/api/v2/usage/sdk-versions/details", "The latest version of each SDK in use, with its end-of-life status (a list)."),
            new("sdk-versions all", "/api/v2/usage/sdk-versions/all", "Every SDK version in use, with its end-of-life status (a list)."),
        };

        /// <summary>
        /// Other names for options whose wire names differ from their siblings' (the legacy MAU endpoint's
        /// <c>project</c>, <c>sdktype</c>, <c>groupby</c>…), so one spelling works everywhere.
        /// </summary>
        public static readonly IReadOnlyDictionary<string, string> OptionAliases = new Dictionary<string, string>
        {
            ["project"] = "--project-key",
            ["environment"] = "--environment-key",
            ["sdktype"] = "--sdk-type",
            ["sdk"] = "--sdk-name",
            ["groupby"] = "--group-by",
        };

        /// <summary>Filters that need exactly one value of another: environment keys are only unique within a project.</summary>
        public static readonly IReadOnlyList<(string Dependent, string Project)> NeedsOneProject = new[]
        {
            ("environmentKey", "projectKey"),
            ("environment", "project"),
        };

        /// <summary>
        /// Aggregations whose values already include the earlier ones (running totals, and the running average of
        /// observability metrics), so a series' total is its latest value.
        /// </summary>
        public static readonly IReadOnlyList<string> CumulativeAggregations = new[] { "month_to_date", "rolling_30d", "average" };

        /// <summary>Aggregations whose values are averages: their latest value is no total, and the chart says so.</summary>
        public static readonly IReadOnlyList<string> AveragingAggregations = new[] { "average" };
    }
}
