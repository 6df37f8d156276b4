using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>
    /// Reading `dotnet nuget list source` output: the consumers restore from exactly the machine's enabled sources,
    /// under the machine's names (credentials are keyed by name).
    /// </summary>
    public sealed class MachinePackageSourcesTests
    {
        [Fact]
        public void Enabled_sources_are_kept_in_order_with_their_names_and_disabled_or_relative_ones_are_dropped()
        {
            const string listing = """
                Registered Sources:
                  1.  nuget.org [Enabled]
                      https://api.nuget.org/v3/index.json
                  2.  Company Mirror [Enabled]
                      https://pkgs.example.com/nuget/v3/index.json
                  3.  old-feed [Disabled]
                      https://old.example.com/v3/index.json
                  4.  relative [Enabled]
                      packages/local
                  5.  offline [Enabled]
                      /srv/nuget
                """;

            Assert.Equal(
                new[]
                {
                    new PackageSource("nuget.org", "https://api.nuget.org/v3/index.json"),
                    new PackageSource("Company Mirror", "https://pkgs.example.com/nuget/v3/index.json"),
                    new PackageSource("offline", "/srv/nuget"),
                },
                MachinePackageSources.Parse(listing.Replace("\n", "\r\n", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void A_machine_without_sources_yields_none_so_the_NuGet_default_applies()
        {
            Assert.Empty(MachinePackageSources.Parse("No sources found.\n"));
            Assert.Equal("https://api.nuget.org/v3/index.json", MachinePackageSources.Default.Location);
        }
    }
}
