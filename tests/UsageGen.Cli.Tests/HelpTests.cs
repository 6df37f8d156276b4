using System;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Help lists the commands, the documented values of enum options and the exit codes.</summary>
    public sealed class HelpTests
    {
        [Fact]
        public async Task Root_help_lists_the_commands_and_the_exit_codes()
        {
            var result = await LdUsage.RunAsync("--help");

            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Equal(string.Empty, result.Stderr);
            Assert.Contains("ldusage [command] [options]", result.Stdout, StringComparison.Ordinal);
            foreach (var command in new[] { "mau", "contexts", "evaluations", "events", "streams", "data-export-events", "experimentation", "service-connections", "observability", "vega-ai" })
            {
                Assert.Contains("  " + command + " ", result.Stdout, StringComparison.Ordinal);
            }

            Assert.Contains("Exit codes:", result.Stdout, StringComparison.Ordinal);
            Assert.Contains($"  {ExitCodes.Usage}  bad usage", result.Stdout, StringComparison.Ordinal);
            Assert.Contains($"  {ExitCodes.AuthenticationFailed}  no access token, or the token was refused", result.Stdout, StringComparison.Ordinal);
            Assert.Contains($"  {ExitCodes.RateLimited}  rate limited (429)", result.Stdout, StringComparison.Ordinal);
            Assert.Contains($"  {ExitCodes.ServiceUnavailable}  service error (5xx)", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Command_help_shows_the_wire_values_of_enum_options()
        {
            var result = await LdUsage.RunAsync("mau", "total", "--help");

            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Contains("--group-by <projectId|environmentId|sdkName|sdkType|sdkAppId|anonymousV2>", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("--aggregation-type <month_to_date|incremental|rolling_30d>", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Exit codes:", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Help_works_without_the_required_arguments()
        {
            var result = await LdUsage.RunAsync("streams", "--help");

            Assert.Equal(ExitCodes.Success, result.ExitCode);
            Assert.Equal(string.Empty, result.Stderr);
            Assert.Contains("ldusage streams <source> [options]", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("<client|server>", result.Stdout, StringComparison.Ordinal);
        }
    }
}
