namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A warehouse Data Export destination of a project: its kind (<c>snowflake-v2</c>, …) and daily rows.</summary>
    internal sealed record CatalogWarehouseDestination(string Kind, double DailyRows);
}
