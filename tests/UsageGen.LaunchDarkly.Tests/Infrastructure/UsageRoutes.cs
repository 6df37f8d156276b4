using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>The 23 paths of spec/launchdarkly-usage.yaml, written out by hand so the server does not depend on the generator.</summary>
    public static class UsageRoutes
    {
        public static IReadOnlyList<UsageRoute> All { get; } = new[]
        {
            new UsageRoute("/api/v2/usage/clientside-contexts", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/clientside-mau", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/data-export-events", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/events/{type}", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/experimentation-events", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/experimentation-keys", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/mau", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/mau/bycategory", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/mau/sdks", ResponseKind.SdkList),
            new UsageRoute("/api/v2/usage/observability/errors", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/observability/logs", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/observability/metrics", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/observability/sessions", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/observability/traces", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/serverside-contexts", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/service-connections", ResponseKind.SeriesListFloat),
            new UsageRoute("/api/v2/usage/streams/{source}", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/streams/{source}/bysdkversion", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/streams/{source}/sdkversions", ResponseKind.SdkVersionList),
            new UsageRoute("/api/v2/usage/total-contexts", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/total-mau", ResponseKind.SeriesList),
            new UsageRoute("/api/v2/usage/vega-ai", ResponseKind.SeriesList),
        };
    }
}
