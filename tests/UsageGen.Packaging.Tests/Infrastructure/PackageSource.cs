namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>One NuGet package source: its key in nuget.config and its URL or folder.</summary>
    /// <param name="Name">The key; kept as the machine names it so credentials configured for it still apply.</param>
    /// <param name="Location">The service index URL or the local folder.</param>
    public sealed record PackageSource(string Name, string Location);
}
