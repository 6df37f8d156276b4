namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// An environment of a <see cref="CatalogProject"/>; <see cref="Weight"/> scales its traffic. Where
    /// <see cref="RelayVersion"/> is set, its server-side SDKs connect through a Relay Proxy of that version.
    /// </summary>
    internal sealed record CatalogEnvironment(string Key, string Name, string Id, double Weight, string? RelayVersion = null);
}
