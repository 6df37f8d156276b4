using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>
    /// The UsageGen.LaunchDarkly.Emulator package as a consumer's NuGet sees it: one net10.0 library on ASP.NET Core's
    /// shared framework, with no package dependencies and no program in it.
    /// </summary>
    [Collection(PackagesCollection.Name)]
    public sealed class EmulatorPackageLayoutTests
    {
        private const string Dll = "lib/net10.0/UsageGen.LaunchDarkly.Emulator.dll";

        private const string Xml = "lib/net10.0/UsageGen.LaunchDarkly.Emulator.xml";

        private readonly PackagedFeed _feed;

        public EmulatorPackageLayoutTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Package_holds_exactly_the_net10_library_its_xml_docs_and_the_readme()
        {
            using var package = NuGetPackage.Open(_feed.EmulatorPackage);

            Assert.Equal(new[] { "README.md", Dll, Xml }, package.Files);
            Assert.Contains("System.Runtime", package.AssemblyReferences(Dll).Keys);
            Assert.Contains(package.AssemblyReferences(Dll).Keys, name => name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
            Assert.StartsWith(_feed.Version, package.InformationalVersion(Dll), StringComparison.Ordinal);
        }

        [Fact]
        public void Library_is_no_program_no_entry_point_and_no_Program_type()
        {
            using var package = NuGetPackage.Open(_feed.EmulatorPackage);

            // The `dotnet run` host lives in a project of its own; a test project referencing this package must not get a second Main.
            Assert.False(package.HasEntryPoint(Dll));
            Assert.DoesNotContain(package.TypeNames(Dll), name => name == "Program" || name.EndsWith(".Program", StringComparison.Ordinal));
            Assert.Contains("UsageGen.LaunchDarkly.Emulator.UsageEmulator", package.TypeNames(Dll));
        }

        [Fact]
        public void Xml_docs_cover_what_a_test_calls()
        {
            using var package = NuGetPackage.Open(_feed.EmulatorPackage);

            var documented = XDocument.Parse(package.ReadText(Xml)).Descendants("member").Select(member => (string?)member.Attribute("name")).ToArray();

            Assert.Contains("T:UsageGen.LaunchDarkly.Emulator.UsageEmulator", documented);
            Assert.Contains(documented, name => name is not null && name.StartsWith("M:UsageGen.LaunchDarkly.Emulator.UsageEmulator.StartAsync(", StringComparison.Ordinal));
            Assert.Contains("P:UsageGen.LaunchDarkly.Emulator.UsageEmulator.BaseAddress", documented);
            Assert.Contains("P:UsageGen.LaunchDarkly.Emulator.UsageEmulator.AccessToken", documented);
            Assert.Contains("P:UsageGen.LaunchDarkly.Emulator.UsageEmulatorFaults.AllowUndocumentedStatuses", documented);
        }

        [Fact]
        public void Nuspec_references_the_ASP_NET_Core_shared_framework_and_no_package()
        {
            using var package = NuGetPackage.Open(_feed.EmulatorPackage);

            var frameworkReferences = package.MetadataElement("frameworkReferences");
            Assert.NotNull(frameworkReferences);
            var group = Assert.Single(frameworkReferences.Elements(), element => element.Name.LocalName == "group");
            Assert.Equal("net10.0", (string?)group.Attribute("targetFramework"));
            Assert.Equal(new[] { "Microsoft.AspNetCore.App" }, group.Elements().Select(reference => (string?)reference.Attribute("name")));
            // Kestrel comes with the shared framework, and the client is the test's own choice: nothing to restore.
            Assert.Empty(package.DependencyGroups().SelectMany(dependencies => dependencies.Value.Keys));
        }

        [Fact]
        public void Nuspec_has_the_readme_the_MIT_license_expression_and_a_description()
        {
            using var package = NuGetPackage.Open(_feed.EmulatorPackage);

            Assert.Equal("UsageGen.LaunchDarkly.Emulator", package.MetadataValue("id"));
            Assert.Equal(_feed.Version, package.MetadataValue("version"));
            Assert.Equal("README.md", package.MetadataValue("readme"));
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "UsageGen.LaunchDarkly.Emulator", "PACKAGE.md")).ReplaceLineEndings(),
                package.ReadText("README.md").ReplaceLineEndings());
            Assert.Equal("MIT", package.MetadataValue("license"));
            Assert.Contains("emulator", (package.MetadataValue("tags") ?? string.Empty).Split(' '));
            Assert.False(string.IsNullOrWhiteSpace(package.MetadataValue("description")));
        }

        [Fact]
        public void Symbols_package_holds_a_portable_pdb()
        {
            using var symbols = NuGetPackage.Open(_feed.EmulatorSymbolsPackage);

            Assert.Contains("lib/net10.0/UsageGen.LaunchDarkly.Emulator.pdb", symbols.Files);
            Assert.Equal("BSJB"u8.ToArray(), symbols.ReadPrefix("lib/net10.0/UsageGen.LaunchDarkly.Emulator.pdb", 4));
            Assert.Equal(_feed.Version, symbols.MetadataValue("version"));
        }
    }
}
