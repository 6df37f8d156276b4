using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// A project of the emulated account; <see cref="Weight"/> scales its traffic. Its environments export to the
    /// warehouse destinations listed (Data Export), each with the rows a production environment sends per day.
    /// </summary>
    internal sealed record CatalogProject(
        string Key,
        string Name,
        string Id,
        double Weight,
        IReadOnlyList<CatalogEnvironment> Environments,
        IReadOnlyList<string> ExperimentIds,
        IReadOnlyList<CatalogWarehouseDestination> WarehouseDestinations);
}
