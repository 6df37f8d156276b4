using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A project of the emulated account; <see cref="Weight"/> scales its traffic.</summary>
    internal sealed record CatalogProject(
        string Key,
        string Id,
        double Weight,
        IReadOnlyList<CatalogEnvironment> Environments,
        IReadOnlyList<string> ExperimentIds);
}
