using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>
    /// Packs UsageGen.Generator, UsageGen.LaunchDarkly, UsageGen.LaunchDarkly.Emulator and the UsageGen.Cli tool once,
    /// into a temporary feed,
    /// and prepares a work directory
    /// where throwaway consumer projects restore from that feed (first) and the machine's usual sources, into an
    /// isolated packages folder. Everything lives under one temporary directory, deleted at the end.
    /// </summary>
    public sealed class PackagedFeed : IAsyncLifetime
    {
        /// <summary>The nuget.config key of the temporary feed.</summary>
        public const string FeedSourceName = "usagegen-packaging-feed";

        /// <summary>The package ids under test; the feed alone may serve them (package source mapping).</summary>
        public static readonly IReadOnlyList<string> PackageIds = new[] { "UsageGen.Generator", "UsageGen.LaunchDarkly", "UsageGen.LaunchDarkly.Emulator", "UsageGen.Cli" };

        private string? _root;

        /// <summary>
        /// A version no real release and no earlier run uses, so a package cached anywhere can never stand in for the
        /// one packed here. Prerelease identifiers start with a letter: SemVer forbids leading zeros in numeric ones.
        /// </summary>
        public string Version { get; } = "0.0.0-test.r" + Guid.NewGuid().ToString("N").Substring(0, 12);

        /// <summary>The temporary directory holding everything below; consumers are created inside it.</summary>
        public string Root => _root ?? throw new InvalidOperationException("The feed is not initialized.");

        /// <summary>The local feed the packages are packed into.</summary>
        public string FeedDirectory => Path.Combine(Root, "feed");

        /// <summary>The isolated global packages folder of every consumer (NUGET_PACKAGES).</summary>
        public string PackagesDirectory => Path.Combine(Root, "packages");

        /// <summary>The package sources written to the consumers' nuget.config, in order.</summary>
        public IReadOnlyList<PackageSource> Sources { get; private set; } = Array.Empty<PackageSource>();

        public string GeneratorPackage => Path.Combine(FeedDirectory, $"UsageGen.Generator.{Version}.nupkg");

        public string ClientPackage => Path.Combine(FeedDirectory, $"UsageGen.LaunchDarkly.{Version}.nupkg");

        public string ClientSymbolsPackage => Path.Combine(FeedDirectory, $"UsageGen.LaunchDarkly.{Version}.snupkg");

        public string EmulatorPackage => Path.Combine(FeedDirectory, $"UsageGen.LaunchDarkly.Emulator.{Version}.nupkg");

        public string ToolPackage => Path.Combine(FeedDirectory, $"UsageGen.Cli.{Version}.nupkg");

        public string EmulatorSymbolsPackage => Path.Combine(FeedDirectory, $"UsageGen.LaunchDarkly.Emulator.{Version}.snupkg");

        /// <summary>The environment of every consumer command: the isolated packages folder.</summary>
        public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = PackagesDirectory,
        };

        public async Task InitializeAsync()
        {
            _root = Directory.CreateTempSubdirectory("usagegen-packaging-").FullName;
            try
            {
                await PackAsync();
            }
            catch
            {
                // Leave nothing behind even if the runner skips disposing a fixture that failed to start (disposing twice is harmless).
                await DisposeAsync();
                throw;
            }
        }

        public async Task DisposeAsync()
        {
            if (_root is null || !Directory.Exists(_root))
            {
                return;
            }

            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A process that just exited can hold a file a moment longer on some systems; one late retry covers it.
                await Task.Delay(TimeSpan.FromSeconds(2));
                Directory.Delete(_root, recursive: true);
            }
        }

        /// <summary>Creates an empty directory for one consumer project under <see cref="Root"/>.</summary>
        public string CreateConsumerDirectory(string name) =>
            Directory.CreateDirectory(Path.Combine(Root, "consumers", name)).FullName;

        private async Task PackAsync()
        {
            Directory.CreateDirectory(FeedDirectory);
            Directory.CreateDirectory(PackagesDirectory);

            var repository = RepositoryPaths.Root;
            Sources = new[] { new PackageSource(FeedSourceName, FeedDirectory) }
                .Concat(await MachinePackageSources.DiscoverAsync(repository))
                .ToArray();
            WriteConsumerEnvironmentFiles(repository);

            // The repository's own projects restore as they always do (same packages folder, same sources, no Version
            // override): when the solution is already restored this is a no-op and rewrites nothing in obj/, which the
            // Debug build beside us shares. An isolated NUGET_PACKAGES or a different Version here would rewrite
            // obj/project.assets.json under that build (and point it into a folder deleted at the end).
            var client = Path.Combine(repository, "src", "UsageGen.LaunchDarkly");
            var emulator = Path.Combine(repository, "src", "UsageGen.LaunchDarkly.Emulator");
            var generator = Path.Combine(repository, "generator");
            var tool = Path.Combine(repository, "src", "UsageGen.Cli");
            foreach (var project in new[] { client, emulator, tool })
            {
                await DotnetCli.RunSuccessfullyAsync(repository, DotnetCli.NoEnvironment, new[] { "restore", project, "-nodeReuse:false" });
            }

            // Release and a separate output: the packs build into obj/Release and bin/Release, which the Debug test run
            // never touches. One after the other, since the client's pack builds the generator (Release) as well.
            foreach (var project in new[] { generator, client, emulator, tool })
            {
                await DotnetCli.RunSuccessfullyAsync(
                    repository,
                    DotnetCli.NoEnvironment,
                    new[] { "pack", project, "-c", "Release", "--no-restore", "-o", FeedDirectory, "-p:Version=" + Version, "-nodeReuse:false" });
            }
        }

        /// <summary>
        /// Files at the root of the work directory that every consumer below sees: nuget.config (feed first, then the
        /// machine's sources; the packages under test only from the feed), the repository's global.json (same SDK
        /// policy), and empty Directory.Build.* files so no MSBuild file above the temp folder leaks in.
        /// </summary>
        private void WriteConsumerEnvironmentFiles(string repository)
        {
            var sources = new XElement("packageSources", new XElement("clear"));
            var mapping = new XElement("packageSourceMapping", new XElement("clear"));
            foreach (var source in Sources)
            {
                sources.Add(new XElement("add", new XAttribute("key", source.Name), new XAttribute("value", source.Location)));
                var patterns = source.Name == FeedSourceName ? PackageIds : new[] { "*" };
                mapping.Add(new XElement("packageSource", new XAttribute("key", source.Name), patterns.Select(pattern => new XElement("package", new XAttribute("pattern", pattern)))));
            }

            new XDocument(new XElement("configuration", sources, mapping)).Save(Path.Combine(Root, "nuget.config"));
            File.Copy(Path.Combine(repository, "global.json"), Path.Combine(Root, "global.json"));
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        }
    }
}
