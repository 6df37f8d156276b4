using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>The UsageGen.LaunchDarkly package as a consumer's NuGet sees it: a library on Kiota, with no trace of the generator.</summary>
    [Collection(PackagesCollection.Name)]
    public sealed class ClientPackageLayoutTests
    {
        /// <summary>The Kiota runtime packages the generated client needs, all at the version the README names.</summary>
        private static readonly string[] KiotaPackages =
        {
            "Microsoft.Kiota.Abstractions",
            "Microsoft.Kiota.Http.HttpClientLibrary",
            "Microsoft.Kiota.Serialization.Form",
            "Microsoft.Kiota.Serialization.Json",
            "Microsoft.Kiota.Serialization.Multipart",
            "Microsoft.Kiota.Serialization.Text",
        };

        private readonly PackagedFeed _feed;

        public ClientPackageLayoutTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        /// <summary>Each lib folder, with the framework reference assembly its DLL must be compiled against.</summary>
        public static TheoryData<string, string> Frameworks() => new()
        {
            { "net8.0", "System.Runtime" },
            { "netstandard2.0", "netstandard" },
        };

        [Theory]
        [MemberData(nameof(Frameworks))]
        public void Lib_folder_has_the_assembly_built_for_its_framework_and_its_xml_docs(string framework, string frameworkAssembly)
        {
            using var package = NuGetPackage.Open(_feed.ClientPackage);
            var dll = $"lib/{framework}/UsageGen.LaunchDarkly.dll";
            var xml = $"lib/{framework}/UsageGen.LaunchDarkly.xml";

            Assert.Contains(dll, package.Files);
            Assert.Contains(xml, package.Files);
            // The folder name promises a framework; the assembly's references say which one it was really built for.
            Assert.Contains(frameworkAssembly, package.AssemblyReferences(dll).Keys);
            Assert.StartsWith(_feed.Version, package.InformationalVersion(dll), StringComparison.Ordinal);
            // IntelliSense for consumers: the hand-written factory and the generated client are both documented.
            var documented = XDocument.Parse(package.ReadText(xml)).Descendants("member").Select(member => (string?)member.Attribute("name")).ToArray();
            Assert.Contains("T:UsageGen.LaunchDarkly.LaunchDarklyUsageClientFactory", documented);
            Assert.Contains("T:UsageGen.LaunchDarkly.LaunchDarklyUsageClient", documented);
        }

        [Fact]
        public void Package_carries_no_analyzer_build_logic_or_generator_files()
        {
            using var package = NuGetPackage.Open(_feed.ClientPackage);

            // The client is generated at pack time; consumers must not run (or even receive) the generator.
            Assert.DoesNotContain(package.Files, name => name.StartsWith("analyzers/", StringComparison.Ordinal));
            Assert.DoesNotContain(package.Files, name => name.StartsWith("build", StringComparison.Ordinal));
            Assert.DoesNotContain(package.Files, name => name.Contains("YamlDotNet", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(package.Files, name => name.Contains("UsageGen.Generator", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(
                new[] { "lib/net8.0/", "lib/netstandard2.0/" },
                package.Files.Where(name => name.StartsWith("lib/", StringComparison.Ordinal)).Select(name => name.Substring(0, name.LastIndexOf('/') + 1)).Distinct().ToArray());
        }

        [Fact]
        public void Nuspec_has_the_readme_the_MIT_license_expression_and_tags()
        {
            using var package = NuGetPackage.Open(_feed.ClientPackage);

            Assert.Equal("UsageGen.LaunchDarkly", package.MetadataValue("id"));
            Assert.Equal(_feed.Version, package.MetadataValue("version"));
            Assert.Equal("README.md", package.MetadataValue("readme"));
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "UsageGen.LaunchDarkly", "PACKAGE.md")).ReplaceLineEndings(),
                package.ReadText("README.md").ReplaceLineEndings());
            var license = package.MetadataElement("license");
            Assert.NotNull(license);
            Assert.Equal("expression", (string?)license.Attribute("type"));
            Assert.Equal("MIT", license.Value);
            var tags = (package.MetadataValue("tags") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("launchdarkly", tags);
            Assert.Contains("kiota", tags);
            Assert.Contains("openapi", tags);
            Assert.False(string.IsNullOrWhiteSpace(package.MetadataValue("description")));
        }

        /// <summary>
        /// The whole dependency set of each framework: the Kiota 2.1 runtime line, and Microsoft.Extensions at the 8.x
        /// versions that give the client what it calls, so a consumer on 8.x is not moved to a newer line.
        /// </summary>
        [Fact]
        public void Every_framework_depends_on_the_Kiota_2_1_runtime_and_Microsoft_Extensions_8_only()
        {
            using var package = NuGetPackage.Open(_feed.ClientPackage);
            var groups = package.DependencyGroups();
            var common = KiotaPackages.Select(id => id + " 2.1.6")
                .Append("Microsoft.Extensions.Http 8.0.1")
                .Append("Microsoft.Extensions.Options.ConfigurationExtensions 8.0.0")
                .ToArray();

            Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(key => key, StringComparer.Ordinal));
            Assert.Equal(common.Order(StringComparer.Ordinal), Described(groups["net8.0"]));
            Assert.Equal(common.Append("Microsoft.Bcl.TimeProvider 8.0.1").Order(StringComparer.Ordinal), Described(groups[".NETStandard2.0"]));
        }

        private static IEnumerable<string> Described(IReadOnlyDictionary<string, string> dependencies) =>
            dependencies.Select(dependency => dependency.Key + " " + dependency.Value).Order(StringComparer.Ordinal);

        [Fact]
        public void Symbols_package_holds_a_portable_pdb_per_framework()
        {
            using var symbols = NuGetPackage.Open(_feed.ClientSymbolsPackage);

            foreach (var pdb in new[] { "lib/net8.0/UsageGen.LaunchDarkly.pdb", "lib/netstandard2.0/UsageGen.LaunchDarkly.pdb" })
            {
                Assert.Contains(pdb, symbols.Files);
                // nuget.org's symbol server accepts portable PDBs only; they start with the metadata signature "BSJB".
                Assert.Equal("BSJB"u8.ToArray(), symbols.ReadPrefix(pdb, 4));
            }

            Assert.Equal(_feed.Version, symbols.MetadataValue("version"));
        }
    }
}
