using System;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// One SdkVersionDetailsRep: a version of an SDK seen in the last 24 hours in an environment, with what
    /// LaunchDarkly knows of its releases and, for server-side SDKs in an environment that runs one, the Relay Proxy
    /// it connects through.
    /// </summary>
    internal sealed record SdkVersionDetail(CatalogProject Project, CatalogEnvironment Environment, CatalogSdk Sdk, string Version)
    {
        /// <summary>
        /// <c>server</c>, <c>browser</c> or <c>mobile</c>, as the <c>sdkType</c> filter's examples name SDK types
        /// here (rather than the <c>client</c>/<c>server</c> of the series operations).
        /// </summary>
        public string Type => Sdk.Type == "server" ? "server" : Sdk.Category;

        /// <summary>Client-side SDKs connect to LaunchDarkly directly; server-side ones through the environment's relay.</summary>
        public string? RelayVersion => Sdk.Type == "server" ? Environment.RelayVersion : null;

        public string ConnectionType => RelayVersion is null ? "direct" : "proxy";

        public string? EolStatus => Sdk.EolStatuses?[Version];

        public string? RelayEolStatus => RelayVersion is null ? null : UsageCatalog.RelayEolStatuses[RelayVersion];

        /// <summary>The value a filter of <see cref="SdkVersionDetailsOperation"/> compares, by its dimension.</summary>
        public string this[string dimension] => dimension switch
        {
            Dimensions.ProjectId => Project.Id,
            Dimensions.EnvironmentId => Environment.Id,
            Dimensions.SdkName => Sdk.Name,
            Dimensions.SdkType => Type,
            Dimensions.SdkAppId => Sdk.AppId,
            Dimensions.ConnectionType => ConnectionType,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "SDK version details have no such dimension."),
        };
    }
}
