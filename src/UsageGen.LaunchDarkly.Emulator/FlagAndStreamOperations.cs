using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The operations whose granularity follows the age of the data: flag evaluations by variation, events received
    /// or published, stream connections and stream connections by SDK version; and the list of SDK versions.
    /// </summary>
    internal static class FlagAndStreamOperations
    {
        private static readonly FilterParameter SdkFilter = new("sdk", Dimensions.SdkDisplayName) { IsSingleValued = true };

        private static readonly FilterParameter VersionFilter = new("version", Dimensions.SdkVersion) { IsSingleValued = true };

        public static IEnumerable<UsageOperation> Create()
        {
            yield return new TimeSliceOperation("/api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}", 400, 401, 403, 404, 429)
            {
                DefaultStart = DefaultStart.ThirtyDaysAgo,
                HasTimeZone = true,
                Lines = EvaluationLines,
            };

            yield return new TimeSliceOperation("/api/v2/usage/events/{type}", 400, 401, 403, 404, 429)
            {
                DefaultStart = DefaultStart.TwentyFourHoursAgo,
                Lines = EventLines,
            };

            yield return new TimeSliceOperation("/api/v2/usage/streams/{source}", 400, 401, 403, 404, 429)
            {
                DefaultStart = DefaultStart.ThirtyDaysAgo,
                HasTimeZone = true,
                Lines = StreamLines,
            };

            yield return new TimeSliceOperation("/api/v2/usage/streams/{source}/bysdkversion", 400, 401, 403, 404, 429)
            {
                DefaultStart = DefaultStart.TwentyFourHoursAgo,
                HasTimeZone = true,
                Lines = StreamBySdkVersionLines,
                Filters = new[] { SdkFilter, VersionFilter },
            };

            yield return new SdkVersionListOperation();
        }

        // One series per variation of the flag: two for most flags, three for some, the first served most.
        private static IReadOnlyList<TimeSliceLine> EvaluationLines(UsageRequest request)
        {
            var projectKey = request.RouteValue("projectKey");
            var environmentKey = request.RouteValue("environmentKey");
            var flagKey = request.RouteValue("featureFlagKey");
            var project = UsageCatalog.Projects.FirstOrDefault(candidate => candidate.Key == projectKey)
                ?? throw ApiErrorException.NotFound($"Invalid resource identifier: unknown project '{projectKey}'");
            var environment = project.Environments.FirstOrDefault(candidate => candidate.Key == environmentKey)
                ?? throw ApiErrorException.NotFound($"Invalid resource identifier: unknown environment '{environmentKey}' in project '{projectKey}'");

            var identity = Synthetic.Hash($"evaluations|{project.Key}|{environment.Key}|{flagKey}");
            var shares = identity % 3 == 0 ? new[] { 0.6, 0.3, 0.1 } : new[] { 0.8, 0.2 };
            var ratePerMinute = 400 * project.Weight * environment.Weight;
            return shares
                .Select((share, variation) => new TimeSliceLine(new JsonObject { ["variation"] = variation }, identity + (ulong)variation, ratePerMinute * share, IsGauge: false))
                .ToArray();
        }

        private static IReadOnlyList<TimeSliceLine> EventLines(UsageRequest request)
        {
            var type = request.RouteValue("type");
            var ratePerMinute = type switch
            {
                "received" => 60_000.0,
                "published" => 45_000.0,
                _ => throw ApiErrorException.NotFound($"Invalid resource identifier: unknown event type '{type}' (expected received or published)"),
            };
            return new[] { new TimeSliceLine(new JsonObject(), Synthetic.Hash("events|" + type), ratePerMinute, IsGauge: false) };
        }

        // Open streaming connections: a level, not a count that adds up over time.
        private static IReadOnlyList<TimeSliceLine> StreamLines(UsageRequest request)
        {
            var source = StreamSources.Read(request);
            var level = UsageCatalog.SdkVersions(source).Sum(pair => ConnectionLevel(pair.Sdk, pair.Version));
            return new[] { new TimeSliceLine(new JsonObject(), Synthetic.Hash("streams|" + source), level, IsGauge: true) };
        }

        private static IReadOnlyList<TimeSliceLine> StreamBySdkVersionLines(UsageRequest request)
        {
            var source = StreamSources.Read(request);
            var sdks = SdkFilter.Read(request.Query);
            var versions = VersionFilter.Read(request.Query);
            return UsageCatalog.SdkVersions(source)
                .Where(pair => (sdks.Count == 0 || sdks.Contains(pair.Sdk.DisplayName)) && (versions.Count == 0 || versions.Contains(pair.Version)))
                .Select(pair => new TimeSliceLine(
                    new JsonObject { ["sdk"] = pair.Sdk.DisplayName, ["version"] = pair.Version },
                    Synthetic.Hash($"streams|{source}|{pair.Sdk.Name}|{pair.Version}"),
                    ConnectionLevel(pair.Sdk, pair.Version),
                    IsGauge: true))
                .ToArray();
        }

        // Client-side SDKs hold one stream per open browser or app; server-side ones one per instance.
        private static double ConnectionLevel(CatalogSdk sdk, string version) =>
            (sdk.Type == "client" ? sdk.DailyNewContexts * 2 : sdk.Instances * 3) * UsageCatalog.VersionShare(sdk, version);
    }
}
