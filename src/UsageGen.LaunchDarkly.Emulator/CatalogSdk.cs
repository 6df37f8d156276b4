using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// An SDK the emulated account uses: its identifier (<c>go-server-sdk</c>), the display name the legacy
    /// endpoints use (<c>Go</c>), <c>client</c> or <c>server</c>, the MAU category (browser, mobile, backend), the
    /// application that embeds it, the versions in use (most used first) and its typical daily volume.
    /// </summary>
    internal sealed record CatalogSdk(
        string Name,
        string DisplayName,
        string Type,
        string Category,
        string AppId,
        IReadOnlyList<string> Versions,
        double DailyNewContexts,
        double Instances)
    {
        /// <summary>The AI Config runs its application records per day; 0 when it runs none.</summary>
        public double DailyAiRuns { get; init; }

        /// <summary>
        /// LaunchDarkly's newest release of the SDK, or null when LaunchDarkly keeps no end-of-life metadata for it
        /// (its SDK version rows then carry no EOL fields).
        /// </summary>
        public string? LatestVersion { get; init; }

        /// <summary>The <c>SdkEolStatus</c> of each version in use; set exactly when <see cref="LatestVersion"/> is.</summary>
        public IReadOnlyDictionary<string, string>? EolStatuses { get; init; }
    }
}
