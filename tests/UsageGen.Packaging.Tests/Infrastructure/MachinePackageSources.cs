using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>The package sources this machine restores from, as <c>dotnet nuget list source</c> reports them.</summary>
    public static class MachinePackageSources
    {
        /// <summary>What NuGet uses when no configuration names a source.</summary>
        public static readonly PackageSource Default = new("nuget.org", "https://api.nuget.org/v3/index.json");

        private static readonly Regex SourceHeader = new(@"^\s*\d+\.\s+(?<name>.+?)\s+\[(?<state>Enabled|Disabled)\]\s*$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The enabled sources seen from <paramref name="directory"/> (the repository root, so a nuget.config added to the
        /// repository later counts too), or <see cref="Default"/> when none is configured. Nothing is hard-coded beyond
        /// that default, so a CI machine with a mirror or an authenticated feed restores the consumers from it.
        /// </summary>
        public static async Task<IReadOnlyList<PackageSource>> DiscoverAsync(string directory)
        {
            var result = await DotnetCli.RunSuccessfullyAsync(directory, DotnetCli.NoEnvironment, new[] { "nuget", "list", "source", "--format", "Detailed" });
            var sources = Parse(result.Output);
            return sources.Count == 0 ? new[] { Default } : sources;
        }

        /// <summary>Reads the detailed listing: a numbered "name [Enabled]" line followed by the location line.</summary>
        public static IReadOnlyList<PackageSource> Parse(string listing)
        {
            var sources = new List<PackageSource>();
            var lines = listing.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var index = 0; index + 1 < lines.Length; index++)
            {
                var header = SourceHeader.Match(lines[index]);
                if (!header.Success || header.Groups["state"].Value != "Enabled")
                {
                    continue;
                }

                var location = lines[index + 1];
                // A relative folder is relative to a config file we cannot see from here; it could not be used faithfully.
                var isUsable = (Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.IsFile))
                    || Path.IsPathRooted(location);
                if (isUsable)
                {
                    sources.Add(new PackageSource(header.Groups["name"].Value, location));
                }
            }

            return sources;
        }
    }
}
