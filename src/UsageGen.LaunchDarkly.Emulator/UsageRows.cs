using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The data rows of each metric, built once from <see cref="UsageCatalog"/>.</summary>
    internal static class UsageRows
    {
        /// <summary>
        /// Context keys first seen each day, per project, environment, SDK, context kind and anonymity: the source of
        /// the MAU and context operations.
        /// </summary>
        public static readonly IReadOnlyList<UsageRow> Contexts = BuildContexts();

        public static readonly IReadOnlyList<UsageRow> DataExportEvents = BuildPerEnvironment(
            "data-export-events",
            new[] { ("feature", 2_500_000.0), ("summary", 800_000.0), ("custom", 400_000.0), ("identify", 150_000.0) }
                .Select(kind => (new Dictionary<string, string> { [Dimensions.EventKind] = kind.Item1 }, kind.Item2)));

        public static readonly IReadOnlyList<UsageRow> ExperimentationEvents = BuildPerEnvironment(
            "experimentation-events",
            new[] { ("add-to-cart", "click", 120_000.0), ("pricing-page", "pageview", 200_000.0), ("checkout-completed", "custom", 40_000.0), ("sign-up", "custom", 15_000.0) }
                .Select(evt => (new Dictionary<string, string> { [Dimensions.EventKey] = evt.Item1, [Dimensions.EventKind] = evt.Item2 }, evt.Item3)));

        public static readonly IReadOnlyList<UsageRow> ExperimentationKeys = BuildExperimentationKeys();

        /// <summary>Minutes of server-side connections per day (fractional): instances × 1,440 minutes.</summary>
        public static readonly IReadOnlyList<UsageRow> ServiceConnections = BuildServiceConnections();

        /// <summary>AI Config runs per day, per project, environment, SDK and SDK version, from the SDKs that record them.</summary>
        public static readonly IReadOnlyList<UsageRow> AiRuns = BuildAiRuns();

        /// <summary>Rows exported per day to each warehouse destination of each project, per environment.</summary>
        public static readonly IReadOnlyList<UsageRow> WarehouseExport = BuildWarehouseExport();

        /// <summary>One row per project for an observability or Vega AI metric with this daily volume.</summary>
        public static IReadOnlyList<UsageRow> PerProject(string metric, double dailyBase) =>
            UsageCatalog.Projects
                .Select(project => new UsageRow(
                    metric,
                    new Dictionary<string, string> { [Dimensions.ProjectKey] = project.Key, [Dimensions.ProjectId] = project.Id },
                    dailyBase * project.Weight))
                .ToArray();

        private static IReadOnlyList<UsageRow> BuildContexts()
        {
            var rows = new List<UsageRow>();
            foreach (var (project, environment, dimensions) in Environments())
            {
                foreach (var sdk in UsageCatalog.Sdks)
                {
                    foreach (var kind in UsageCatalog.ContextKinds)
                    {
                        foreach (var anonymous in new[] { "false", "true" })
                        {
                            var kindWeight = kind switch
                            {
                                UsageCatalog.PrimaryContextKind => 1.0,
                                "device" => sdk.Category == "mobile" ? 0.6 : 0.02,
                                _ => 0.04,
                            };
                            var anonymousWeight = anonymous == "false" ? 1.0 : (sdk.Type == "client" ? 0.7 : 0.05);
                            var row = new Dictionary<string, string>(dimensions)
                            {
                                [Dimensions.SdkName] = sdk.Name,
                                [Dimensions.SdkDisplayName] = sdk.DisplayName,
                                [Dimensions.SdkType] = sdk.Type,
                                [Dimensions.SdkAppId] = sdk.AppId,
                                [Dimensions.Category] = sdk.Category,
                                [Dimensions.ContextKind] = kind,
                                [Dimensions.Anonymous] = anonymous,
                            };
                            rows.Add(new UsageRow("contexts", row, sdk.DailyNewContexts * project.Weight * environment.Weight * kindWeight * anonymousWeight));
                        }
                    }
                }
            }

            return rows;
        }

        private static IReadOnlyList<UsageRow> BuildExperimentationKeys()
        {
            var rows = new List<UsageRow>();
            foreach (var (project, environment, dimensions) in Environments())
            {
                for (var index = 0; index < project.ExperimentIds.Count; index++)
                {
                    var row = new Dictionary<string, string>(dimensions) { [Dimensions.ExperimentId] = project.ExperimentIds[index] };
                    rows.Add(new UsageRow("experimentation-keys", row, 6_000.0 / (index + 1) * project.Weight * environment.Weight));
                }
            }

            return rows;
        }

        private static IReadOnlyList<UsageRow> BuildServiceConnections()
        {
            var rows = new List<UsageRow>();
            foreach (var (project, environment, dimensions) in Environments())
            {
                foreach (var (sdk, version) in UsageCatalog.SdkVersions("server"))
                {
                    foreach (var (connectionType, connectionShare) in new[] { ("streaming", 0.85), ("polling", 0.15) })
                    {
                        foreach (var (relayVersion, relayShare) in new[] { ("none", 0.7), ("8.10.0", 0.3) })
                        {
                            var row = new Dictionary<string, string>(dimensions)
                            {
                                [Dimensions.SdkName] = sdk.Name,
                                [Dimensions.SdkVersion] = version,
                                [Dimensions.SdkType] = sdk.Type,
                                [Dimensions.SdkAppId] = sdk.AppId,
                                [Dimensions.ConnectionType] = connectionType,
                                [Dimensions.RelayVersion] = relayVersion,
                            };
                            var minutes = sdk.Instances * 1_440 * UsageCatalog.VersionShare(sdk, version) * connectionShare * relayShare;
                            rows.Add(new UsageRow("service-connections", row, minutes * project.Weight * environment.Weight, fractional: true));
                        }
                    }
                }
            }

            return rows;
        }

        private static IReadOnlyList<UsageRow> BuildAiRuns()
        {
            var rows = new List<UsageRow>();
            foreach (var (project, environment, dimensions) in Environments())
            {
                foreach (var sdk in UsageCatalog.Sdks.Where(sdk => sdk.DailyAiRuns > 0))
                {
                    foreach (var version in sdk.Versions)
                    {
                        var row = new Dictionary<string, string>(dimensions)
                        {
                            [Dimensions.SdkName] = sdk.Name,
                            [Dimensions.SdkVersion] = version,
                            [Dimensions.SdkType] = sdk.Type,
                        };
                        var runs = sdk.DailyAiRuns * UsageCatalog.VersionShare(sdk, version);
                        rows.Add(new UsageRow("ai-runs", row, runs * project.Weight * environment.Weight));
                    }
                }
            }

            return rows;
        }

        private static IReadOnlyList<UsageRow> BuildWarehouseExport()
        {
            var rows = new List<UsageRow>();
            foreach (var (project, environment, dimensions) in Environments())
            {
                foreach (var destination in project.WarehouseDestinations)
                {
                    var row = new Dictionary<string, string>(dimensions) { [Dimensions.Destination] = destination.Kind };
                    rows.Add(new UsageRow("warehouse-export", row, destination.DailyRows * environment.Weight));
                }
            }

            return rows;
        }

        private static IReadOnlyList<UsageRow> BuildPerEnvironment(string metric, IEnumerable<(Dictionary<string, string> Dimensions, double DailyBase)> kinds)
        {
            var kindList = kinds.ToArray();
            var rows = new List<UsageRow>();
            foreach (var (project, environment, dimensions) in Environments())
            {
                foreach (var kind in kindList)
                {
                    var row = new Dictionary<string, string>(dimensions);
                    foreach (var pair in kind.Dimensions)
                    {
                        row[pair.Key] = pair.Value;
                    }

                    rows.Add(new UsageRow(metric, row, kind.DailyBase * project.Weight * environment.Weight));
                }
            }

            return rows;
        }

        private static IEnumerable<(CatalogProject Project, CatalogEnvironment Environment, IReadOnlyDictionary<string, string> Dimensions)> Environments() =>
            from project in UsageCatalog.Projects
            from environment in project.Environments
            select (project, environment, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                [Dimensions.ProjectKey] = project.Key,
                [Dimensions.ProjectId] = project.Id,
                [Dimensions.EnvironmentKey] = environment.Key,
                [Dimensions.EnvironmentId] = environment.Id,
            });
    }
}
