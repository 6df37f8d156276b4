using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>
    /// The ldusage tool as `dotnet tool install` gives it to a user: it carries the client's XML documentation (its
    /// help texts and documented defaults come from there) and no description or YAML reader of its own, and it runs.
    /// </summary>
    [Collection(PackagesCollection.Name)]
    public sealed class ToolPackageTests
    {
        private const string ToolDirectory = "tools/net10.0/any/";

        private readonly PackagedFeed _feed;

        public ToolPackageTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public void Tool_carries_the_client_with_its_documentation_and_no_description_of_its_own()
        {
            using var package = NuGetPackage.Open(_feed.ToolPackage);

            Assert.Contains(ToolDirectory + "UsageGen.LaunchDarkly.dll", package.Files);
            Assert.Contains(ToolDirectory + "UsageGen.LaunchDarkly.xml", package.Files);
            Assert.Contains(ToolDirectory + "UsageGen.LaunchDarkly.Emulator.dll", package.Files);
            Assert.DoesNotContain(package.Files, file => file.Contains("YamlDotNet", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.Ordinal));
            Assert.DoesNotContain("YamlDotNet", package.AssemblyReferences(ToolDirectory + "UsageGen.Cli.dll").Keys);
        }

        [Fact]
        public async Task Installed_tool_answers_from_the_emulator_with_demo_and_refuses_without_a_token()
        {
            var consumer = _feed.CreateConsumerDirectory("tool");
            var toolPath = Path.Combine(consumer, "tools");
            await DotnetCli.RunSuccessfullyAsync(
                consumer,
                _feed.ConsumerEnvironment,
                new[] { "tool", "install", "UsageGen.Cli", "--tool-path", toolPath, "--version", _feed.Version });
            var dll = Directory.GetFiles(toolPath, "UsageGen.Cli.dll", SearchOption.AllDirectories).Single();
            var environment = _feed.ConsumerEnvironment.ToDictionary(pair => pair.Key, pair => pair.Value);
            environment["LD_ACCESS_TOKEN"] = null;

            var demo = await DotnetCli.RunSuccessfullyAsync(consumer, environment, new[] { dll, "mau", "total", "--demo", "--json", "--group-by", "sdkType" });
            var refused = await DotnetCli.RunAsync(consumer, environment, new[] { dll, "mau", "total", "--csv" });

            using var json = JsonDocument.Parse(demo.Output.Substring(demo.Output.IndexOf("{\n", StringComparison.Ordinal)));
            Assert.True(json.RootElement.GetProperty("demo").GetBoolean());
            Assert.Equal("/api/v2/usage/total-mau", json.RootElement.GetProperty("path").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("series").GetArrayLength());
            Assert.True(json.RootElement.GetProperty("cumulative").GetBoolean(), "month_to_date, the documented default, is read from the packed documentation.");
            Assert.Equal(3, refused.ExitCode);
            Assert.Equal(new[] { "error: no access token: set LD_ACCESS_TOKEN or pass --token, or add --demo for sample data from the local emulator." }, refused.Lines());
        }
    }
}
