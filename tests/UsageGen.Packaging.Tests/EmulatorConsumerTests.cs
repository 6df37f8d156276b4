using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>
    /// An xunit test project that references the emulator and client packages (from the temporary feed), and nothing of
    /// ASP.NET Core but what the emulator package brings, starts the emulator in a fixture and passes `dotnet test`.
    /// </summary>
    [Collection(PackagesCollection.Name)]
    public sealed class EmulatorConsumerTests
    {
        /// <summary>The same test packages, at the same versions, as this repository's tests.</summary>
        private const string ProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="UsageGen.LaunchDarkly.Emulator" Version="[{VERSION}]" />
                <PackageReference Include="UsageGen.LaunchDarkly" Version="[{VERSION}]" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;

        /// <summary>What the README shows: an IAsyncLifetime fixture with a fixed clock, the client pointed at it.</summary>
        private const string Tests = """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using UsageGen.LaunchDarkly;
            using UsageGen.LaunchDarkly.Emulator;
            using UsageGen.LaunchDarkly.Models;
            using Xunit;

            public sealed class EmulatorFixture : IAsyncLifetime
            {
                public static readonly DateTimeOffset Now = new(2024, 3, 15, 10, 30, 0, TimeSpan.Zero);

                private UsageEmulator? _emulator;

                public UsageEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

                public async Task InitializeAsync() => _emulator = await UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = Now });

                public async Task DisposeAsync()
                {
                    if (_emulator is not null)
                    {
                        await _emulator.DisposeAsync();
                    }
                }
            }

            public sealed class UsageTests : IClassFixture<EmulatorFixture>
            {
                private readonly EmulatorFixture _fixture;

                public UsageTests(EmulatorFixture fixture)
                {
                    _fixture = fixture;
                }

                [Fact]
                public async Task Month_to_date_MAU_by_SDK_comes_from_the_emulator()
                {
                    var client = LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
                    {
                        AccessToken = _fixture.Emulator.AccessToken,
                        BaseUrl = _fixture.Emulator.BaseAddress,
                    });

                    var mau = await client.Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName });

                    Assert.NotNull(mau);
                    var series = mau.ToSeries();
                    Assert.Equal(9, series.Count);
                    Assert.Contains(series, line => line.Metadata["sdkName"] == "go-server-sdk");
                    Assert.All(series, line =>
                    {
                        Assert.Equal(15, line.Points.Count);
                        Assert.Equal(new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero), line.Points.Last().Time);
                        Assert.True(line.Points.Last().Value > 0);
                    });
                }

                [Fact]
                public async Task An_injected_rate_limit_is_a_typed_error()
                {
                    await using var limited = await UsageEmulator.StartAsync(new UsageEmulatorOptions { Faults = { RateLimitEveryNthRequest = 1 } });
                    var options = new LaunchDarklyUsageClientOptions { AccessToken = limited.AccessToken, BaseUrl = limited.BaseAddress };
                    options.Retry.MaxRetries = 0;

                    var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => LaunchDarklyUsageClientFactory.Create(options).Api.V2.Usage.Mau.Sdks.GetAsync());

                    Assert.Equal(429, error.ResponseStatusCode);
                }
            }
            """;

        private readonly PackagedFeed _feed;

        public EmulatorConsumerTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public async Task Xunit_project_on_the_emulator_and_client_packages_starts_the_emulator_in_a_fixture_and_passes()
        {
            var directory = _feed.CreateConsumerDirectory("emulator-xunit");
            File.WriteAllText(Path.Combine(directory, "Consumer.Tests.csproj"), ProjectFile.Replace("{VERSION}", _feed.Version, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(directory, "UsageTests.cs"), Tests);

            // Restore, build (warnings are errors) and run the tests, as the user's CI would.
            var test = await DotnetCli.RunAsync(directory, _feed.ConsumerEnvironment, new[] { "test", "-nodeReuse:false" });

            Assert.True(test.ExitCode == 0, test.Describe());
            Assert.Contains(test.Lines(), line => line.StartsWith("Passed!", StringComparison.Ordinal) && line.Contains("Failed:     0, Passed:     2,", StringComparison.Ordinal));

            // Both packages came from the feed; ASP.NET Core came as the shared framework, not as packages.
            foreach (var id in new[] { "UsageGen.LaunchDarkly.Emulator", "UsageGen.LaunchDarkly" })
            {
                Assert.Equal(_feed.FeedDirectory, Path.TrimEndingDirectorySeparator(RestoredPackages.SourceOf(_feed.PackagesDirectory, id, _feed.Version) ?? "(not restored)"));
            }

            var graph = RestoredPackages.InGraph(directory);
            Assert.Contains("UsageGen.LaunchDarkly.Emulator/" + _feed.Version, graph);
            Assert.DoesNotContain(graph, library => library.StartsWith("Microsoft.AspNetCore.", StringComparison.OrdinalIgnoreCase));
        }
    }
}
