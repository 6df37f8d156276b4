using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The fixed account the emulator reports on: three projects with two environments each, nine SDKs and three
    /// context kinds, the warehouse destinations each project exports to, the Relay Proxies two production
    /// environments run, and what LaunchDarkly knows of the SDKs' and the Relay Proxy's releases. Filters and path
    /// values refer to these keys; anything else matches no data.
    /// </summary>
    internal static class UsageCatalog
    {
        /// <summary>The Relay Proxy's newest release, which the default project's production environment runs.</summary>
        public const string RelayLatestVersion = "8.10.0";

        public static readonly IReadOnlyList<CatalogProject> Projects = new[]
        {
            new CatalogProject(
                "default", "Default", "5f1a0c6e2b9d4e0012a4c001", 1.0,
                new[]
                {
                    new CatalogEnvironment("production", "Production", "5f1a0c6e2b9d4e0012a4c002", 1.0, RelayVersion: RelayLatestVersion),
                    new CatalogEnvironment("test", "Test", "5f1a0c6e2b9d4e0012a4c003", 0.05),
                },
                new[] { "64e0b1c2d3e4f50011223301", "64e0b1c2d3e4f50011223302" },
                new[] { new CatalogWarehouseDestination("snowflake-v2", 3_000_000), new CatalogWarehouseDestination("bigquery", 1_200_000) }),
            new CatalogProject(
                "mobile-app", "Mobile App", "61b7e2d40f3a9c0011d7b101", 0.7,
                new[]
                {
                    new CatalogEnvironment("production", "Production", "61b7e2d40f3a9c0011d7b102", 1.0, RelayVersion: "7.5.1"),
                    new CatalogEnvironment("staging", "Staging", "61b7e2d40f3a9c0011d7b103", 0.04),
                },
                new[] { "65a1c3e5f7092b0011445501" },
                new[] { new CatalogWarehouseDestination("databricks", 1_500_000), new CatalogWarehouseDestination("snowflake-v2", 400_000) }),
            new CatalogProject(
                "internal-tools", "Internal Tools", "63c4a9f27e1b5d0010e8f201", 0.15,
                new[]
                {
                    new CatalogEnvironment("production", "Production", "63c4a9f27e1b5d0010e8f202", 1.0),
                    new CatalogEnvironment("staging", "Staging", "63c4a9f27e1b5d0010e8f203", 0.1),
                },
                new[] { "66f2d4b6a8c0e10011667701" },
                new[] { new CatalogWarehouseDestination("redshift", 200_000), new CatalogWarehouseDestination("clickhouse", 90_000) }),
        };

        // Between them the versions in use cover every EOL status: the newest major is all clear, except where a
        // new major exists (swift: available, java: near, node 8: past) or no schedule is published (python:
        // unknown). LaunchDarkly keeps no EOL metadata for react-client-sdk, so its rows carry none.
        public static readonly IReadOnlyList<CatalogSdk> Sdks = new[]
        {
            new CatalogSdk("js-client-sdk", "JavaScript", "client", "browser", "storefront-web", new[] { "3.4.0", "3.1.2" }, 900, 0)
            {
                DailyAiRuns = 500,
                LatestVersion = "3.5.0",
                EolStatuses = Statuses(("3.4.0", EolStatusValues.AllClear), ("3.1.2", EolStatusValues.AllClear)),
            },
            new CatalogSdk("react-client-sdk", "React", "client", "browser", "admin-console", new[] { "3.0.9" }, 350, 0),
            new CatalogSdk("android-client-sdk", "Android", "client", "mobile", "com.example.storefront", new[] { "5.1.0", "5.0.3" }, 500, 0)
            {
                LatestVersion = "5.6.0",
                EolStatuses = Statuses(("5.1.0", EolStatusValues.AllClear), ("5.0.3", EolStatusValues.AllClear)),
            },
            new CatalogSdk("swift-client-sdk", "iOS", "client", "mobile", "com.example.storefront.ios", new[] { "9.6.1" }, 450, 0)
            {
                LatestVersion = "10.1.0",
                EolStatuses = Statuses(("9.6.1", EolStatusValues.MajorVersionAvailable)),
            },
            new CatalogSdk("go-server-sdk", "Go", "server", "backend", "checkout-service", new[] { "7.4.0", "7.3.1" }, 160, 8)
            {
                DailyAiRuns = 1_500,
                LatestVersion = "7.5.0",
                EolStatuses = Statuses(("7.4.0", EolStatusValues.AllClear), ("7.3.1", EolStatusValues.AllClear)),
            },
            new CatalogSdk("node-server-sdk", "Node.js", "server", "backend", "storefront-api", new[] { "9.0.1", "8.2.0" }, 300, 12)
            {
                DailyAiRuns = 4_000,
                LatestVersion = "9.7.0",
                EolStatuses = Statuses(("9.0.1", EolStatusValues.AllClear), ("8.2.0", EolStatusValues.Past)),
            },
            new CatalogSdk("java-server-sdk", "Java", "server", "backend", "billing-service", new[] { "7.2.0" }, 120, 6)
            {
                LatestVersion = "8.1.0",
                EolStatuses = Statuses(("7.2.0", EolStatusValues.Near)),
            },
            new CatalogSdk("dotnet-server-sdk", ".NET", "server", "backend", "inventory-service", new[] { "8.5.0" }, 90, 4)
            {
                LatestVersion = "8.7.0",
                EolStatuses = Statuses(("8.5.0", EolStatusValues.AllClear)),
            },
            new CatalogSdk("python-server-sdk", "Python", "server", "backend", "recommendations", new[] { "9.3.0" }, 60, 3)
            {
                DailyAiRuns = 6_000,
                LatestVersion = "9.10.0",
                EolStatuses = Statuses(("9.3.0", EolStatusValues.Unknown)),
            },
        };

        /// <summary>The EOL status of each Relay Proxy version the environments run.</summary>
        public static readonly IReadOnlyDictionary<string, string> RelayEolStatuses = Statuses((RelayLatestVersion, EolStatusValues.AllClear), ("7.5.1", EolStatusValues.Past));

        /// <summary>Context kinds; <c>user</c> is the primary kind the MAU endpoints count.</summary>
        public static readonly IReadOnlyList<string> ContextKinds = new[] { "user", "organization", "device" };

        public const string PrimaryContextKind = "user";

        /// <summary>The SDK versions seen per stream source (<c>client</c> or <c>server</c>), sorted by SDK then version.</summary>
        public static IReadOnlyList<(CatalogSdk Sdk, string Version)> SdkVersions(string sdkType) =>
            Sdks.Where(sdk => sdk.Type == sdkType)
                .SelectMany(sdk => sdk.Versions.Select(version => (Sdk: sdk, Version: version)))
                .OrderBy(pair => pair.Sdk.DisplayName, StringComparer.Ordinal)
                .ThenBy(pair => pair.Version, StringComparer.Ordinal)
                .ToArray();

        /// <summary>The share of an SDK's traffic on one of its versions: the first takes most.</summary>
        public static double VersionShare(CatalogSdk sdk, string version) =>
            sdk.Versions.Count == 1 ? 1.0 : (sdk.Versions[0] == version ? 0.75 : 0.25 / (sdk.Versions.Count - 1));

        /// <summary>Where a release of a LaunchDarkly repository (an SDK's name, or <c>ld-relay</c>) is published.</summary>
        public static string ReleaseUrl(string repository, string version) =>
            $"https://github.com/launchdarkly/{repository}/releases/tag/{version}";

        private static IReadOnlyDictionary<string, string> Statuses(params (string Version, string Status)[] statuses) =>
            statuses.ToDictionary(pair => pair.Version, pair => pair.Status, StringComparer.Ordinal);
    }
}
