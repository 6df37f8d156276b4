using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.Cli.Tests.Infrastructure;
using UsageGen.LaunchDarkly;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>
    /// The commands cover the generated client exactly: an operation of the description without a command, or a
    /// command naming a path the client lacks, fails here.
    /// </summary>
    public sealed class CommandCatalogTests : IClassFixture<EmulatorFixture>
    {
        // Values the emulator's account knows, for path parameters that take any text.
        private static readonly Dictionary<string, string> PathValues = new(StringComparer.Ordinal)
        {
            ["projectKey"] = "default",
            ["environmentKey"] = "production",
            ["featureFlagKey"] = "new-checkout-flow",
        };

        private readonly EmulatorFixture emulator;

        public CommandCatalogTests(EmulatorFixture emulator) => this.emulator = emulator;

        public static IEnumerable<object[]> Commands() =>
            CommandCatalog.Commands.Select(entry => new object[] { entry.Words + (entry.Flag is null ? string.Empty : " " + entry.Flag) });

        [Fact]
        public void Every_operation_of_the_client_has_a_command()
        {
            var missing = ClientOperations.All.Select(operation => operation.PathTemplate)
                .Where(path => CommandCatalog.Commands.All(entry => entry.Path != path))
                .ToList();

            Assert.True(missing.Count == 0, "No ldusage command for: " + string.Join(", ", missing));
        }

        [Fact]
        public void Every_command_names_an_operation_of_the_client()
        {
            var unknown = CommandCatalog.Commands.Where(entry => ClientOperations.All.All(operation => operation.PathTemplate != entry.Path)).ToList();

            Assert.Empty(unknown);
        }

        // Counted without the walk the tool uses: every request builder type of the client assembly with an operation.
        [Fact]
        public void The_walk_finds_every_operation_the_client_assembly_has()
        {
            var builders = typeof(LaunchDarklyUsageClient).Assembly.GetTypes()
                .Where(type => typeof(BaseRequestBuilder).IsAssignableFrom(type))
                .ToList();
            var executors = builders
                .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(method => method.Name.EndsWith("Async", StringComparison.Ordinal))
                .ToList();

            Assert.All(executors, method => Assert.Equal("GetAsync", method.Name));
            Assert.Equal(executors.Count, ClientOperations.All.Count);
            Assert.Equal(ClientOperations.All.Count, ClientOperations.All.Select(operation => operation.PathTemplate).Distinct().Count());
        }

        [Theory]
        [MemberData(nameof(Commands))]
        public async Task Every_command_runs_against_the_emulator(string command)
        {
            var words = command.Split(' ');
            var entry = CommandCatalog.Commands.Single(candidate => candidate.Words + (candidate.Flag is null ? string.Empty : " " + candidate.Flag) == command);
            var operation = ClientOperations.All.Single(candidate => candidate.PathTemplate == entry.Path);
            var arguments = operation.PathParameters.Select(parameter => parameter.AllowedValues?[0] ?? PathValues[parameter.Name]);
            var args = words.Where(word => !word.StartsWith("--", StringComparison.Ordinal))
                .Concat(arguments)
                .Concat(words.Where(word => word.StartsWith("--", StringComparison.Ordinal)))
                .Append("--json")
                .ToArray();

            var result = await LdUsage.RunAsync(emulator.Args(args));

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(entry.Path, json.RootElement.GetProperty("path").GetString());
            Assert.Equal(command, json.RootElement.GetProperty("command").GetString());
        }

        [Fact]
        public async Task Help_texts_come_from_the_generated_client_documentation()
        {
            var result = await LdUsage.RunAsync("mau", "total", "--help");

            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Contains("A project key to filter results by.", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Specifies the aggregation method. Defaults to month_to_date.", result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("<br/>", result.Stdout, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/api/v2/usage/total-mau", "month_to_date")]
        [InlineData("/api/v2/usage/mau", "rolling_30d")]
        public void Documented_defaults_are_read_from_the_client(string path, string expected)
        {
            var aggregation = ClientOperations.All.Single(operation => operation.PathTemplate == path).Query("aggregationType");

            Assert.Equal(expected, aggregation?.DocumentedDefault);
        }
    }
}
