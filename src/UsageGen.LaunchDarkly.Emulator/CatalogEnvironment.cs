namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>An environment of a <see cref="CatalogProject"/>; <see cref="Weight"/> scales its traffic.</summary>
    internal sealed record CatalogEnvironment(string Key, string Id, double Weight);
}
