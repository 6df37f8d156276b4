using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The fixed account the emulator reports on: three projects with two environments each, nine SDKs and three
    /// context kinds. Filters and path values refer to these keys; anything else matches no data.
    /// </summary>
    internal static class UsageCatalog
    {
        public static readonly IReadOnlyList<CatalogProject> Projects = new[]
        {
            new CatalogProject(
                "default", "5f1a0c6e2b9d4e0012a4c001", 1.0,
                new[] { new CatalogEnvironment("production", "5f1a0c6e2b9d4e0012a4c002", 1.0), new CatalogEnvironment("test", "5f1a0c6e2b9d4e0012a4c003", 0.05) },
                new[] { "64e0b1c2d3e4f50011223301", "64e0b1c2d3e4f50011223302" }),
            new CatalogProject(
                "mobile-app", "61b7e2d40f3a9c0011d7b101", 0.7,
                new[] { new CatalogEnvironment("production", "61b7e2d40f3a9c0011d7b102", 1.0), new CatalogEnvironment("staging", "61b7e2d40f3a9c0011d7b103", 0.04) },
                new[] { "65a1c3e5f7092b0011445501" }),
            new CatalogProject(
                "internal-tools", "63c4a9f27e1b5d0010e8f201", 0.15,
                new[] { new CatalogEnvironment("production", "63c4a9f27e1b5d0010e8f202", 1.0), new CatalogEnvironment("staging", "63c4a9f27e1b5d0010e8f203", 0.1) },
                new[] { "66f2d4b6a8c0e10011667701" }),
        };

        public static readonly IReadOnlyList<CatalogSdk> Sdks = new[]
        {
            new CatalogSdk("js-client-sdk", "JavaScript", "client", "browser", "storefront-web", new[] { "3.4.0", "3.1.2" }, 900, 0),
            new CatalogSdk("react-client-sdk", "React", "client", "browser", "admin-console", new[] { "3.0.9" }, 350, 0),
            new CatalogSdk("android-client-sdk", "Android", "client", "mobile", "com.example.storefront", new[] { "5.1.0", "5.0.3" }, 500, 0),
            new CatalogSdk("swift-client-sdk", "iOS", "client", "mobile", "com.example.storefront.ios", new[] { "9.6.1" }, 450, 0),
            new CatalogSdk("go-server-sdk", "Go", "server", "backend", "checkout-service", new[] { "7.4.0", "7.3.1" }, 160, 8),
            new CatalogSdk("node-server-sdk", "Node.js", "server", "backend", "storefront-api", new[] { "9.0.1", "8.2.0" }, 300, 12),
            new CatalogSdk("java-server-sdk", "Java", "server", "backend", "billing-service", new[] { "7.2.0" }, 120, 6),
            new CatalogSdk("dotnet-server-sdk", ".NET", "server", "backend", "inventory-service", new[] { "8.5.0" }, 90, 4),
            new CatalogSdk("python-server-sdk", "Python", "server", "backend", "recommendations", new[] { "9.3.0" }, 60, 3),
        };

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
    }
}
