using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>The UsageGen.Generator package as a consumer's NuGet sees it: an analyzer package and nothing else.</summary>
    [Collection(PackagesCollection.Name)]
    public sealed class GeneratorPackageLayoutTests
    {
        private const string AnalyzerFolder = "analyzers/dotnet/cs/";

        /// <summary>Every item metadata name the README documents; the props must make each visible to the compiler.</summary>
        private static readonly string[] DocumentedMetadata =
        {
            "UsageGenOpenApi", "UsageGenClientClassName", "UsageGenClientNamespace", "UsageGenIncludePaths", "UsageGenExcludePaths", "UsageGenXmlDocs",
        };

        private readonly PackagedFeed _feed;

        public GeneratorPackageLayoutTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Package_holds_exactly_the_analyzer_pair_the_props_and_the_readme()
        {
            using var package = NuGetPackage.Open(_feed.GeneratorPackage);

            // Exact (in ordinal order): a stray lib/ or ref/ entry would make the generator a compile reference of every consumer.
            Assert.Equal(
                new[]
                {
                    "README.md",
                    AnalyzerFolder + "UsageGen.Generator.dll",
                    AnalyzerFolder + "YamlDotNet.dll",
                    "build/UsageGen.Generator.props",
                    "buildTransitive/UsageGen.Generator.props",
                },
                package.Files);
            Assert.DoesNotContain(package.Files, name => name.StartsWith("lib/", StringComparison.Ordinal));
        }

        [Fact]
        public void Analyzer_is_a_netstandard2_0_assembly_built_for_Roslyn_4_3_and_stamped_with_the_packed_version()
        {
            using var package = NuGetPackage.Open(_feed.GeneratorPackage);

            var references = package.AssemblyReferences(AnalyzerFolder + "UsageGen.Generator.dll");
            // Compilers load analyzers built against netstandard2.0 only; Roslyn 4.3 is the lowest the README promises.
            Assert.Contains("netstandard", references.Keys);
            Assert.DoesNotContain("System.Runtime", references.Keys);
            Assert.True(references.TryGetValue("Microsoft.CodeAnalysis", out var roslyn), string.Join(", ", references.Keys));
            Assert.True(roslyn <= new Version(4, 3, 0, 0), $"The generator references Microsoft.CodeAnalysis {roslyn}: compilers older than that cannot load it.");
            Assert.Contains("YamlDotNet", references.Keys);
            // The version passed to this pack, not a stale build output.
            Assert.StartsWith(_feed.Version, package.InformationalVersion(AnalyzerFolder + "UsageGen.Generator.dll"), StringComparison.Ordinal);
        }

        [Fact]
        public void Build_and_buildTransitive_props_make_every_documented_item_metadata_visible_to_the_compiler()
        {
            using var package = NuGetPackage.Open(_feed.GeneratorPackage);

            foreach (var props in new[] { "build/UsageGen.Generator.props", "buildTransitive/UsageGen.Generator.props" })
            {
                var visible = XDocument.Parse(package.ReadText(props)).Descendants()
                    .Where(element => element.Name.LocalName == "CompilerVisibleItemMetadata" && (string?)element.Attribute("Include") == "AdditionalFiles")
                    .Select(element => (string?)element.Attribute("MetadataName"))
                    .ToArray();
                Assert.All(DocumentedMetadata, name => Assert.Contains(name, visible));
            }
        }

        [Fact]
        public void Readme_is_the_generator_package_description()
        {
            using var package = NuGetPackage.Open(_feed.GeneratorPackage);

            Assert.Equal("README.md", package.MetadataValue("readme"));
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generator", "PACKAGE.md")).ReplaceLineEndings(),
                package.ReadText("README.md").ReplaceLineEndings());
        }

        [Fact]
        public void Nuspec_declares_a_development_dependency_without_any_dependencies()
        {
            using var package = NuGetPackage.Open(_feed.GeneratorPackage);

            Assert.Equal("UsageGen.Generator", package.MetadataValue("id"));
            Assert.Equal(_feed.Version, package.MetadataValue("version"));
            Assert.Equal("true", package.MetadataValue("developmentDependency"));
            // YamlDotNet and Roslyn travel inside the analyzer folder or come with the compiler: nothing may flow to consumers.
            Assert.Empty(package.DependencyGroups().SelectMany(group => group.Value.Keys));
            Assert.Equal("MIT", package.MetadataValue("license"));
        }
    }
}
