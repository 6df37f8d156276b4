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
        double Instances);
}
