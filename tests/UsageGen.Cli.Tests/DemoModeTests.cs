using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Without a token, or with --demo, the in-process emulator answers, and stderr says so.</summary>
    public sealed class DemoModeTests
    {
        [Fact]
        public async Task Without_a_token_the_local_emulator_answers()
        {
            var result = await LdUsage.RunAsync("mau", "total", "--group-by", "sdkType");

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.StartsWith("No LD_ACCESS_TOKEN: using the local emulator at http://127.0.0.1:", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("client", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("server", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Total per series", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Demo_ignores_the_token_in_the_environment_and_never_shows_it()
        {
            const string Token = "api-real-account-token-3b9f";
            var environment = new Dictionary<string, string?> { ["LD_ACCESS_TOKEN"] = Token };

            var result = await LdUsage.RunAsync(environment, "observability", "sessions", "--demo", "--csv");

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.StartsWith("--demo: using the local emulator at http://127.0.0.1:", result.Stderr, StringComparison.Ordinal);
            Assert.StartsWith("time,series,value\n", result.Stdout, StringComparison.Ordinal);
            LdUsage.AssertNoToken(result, Token);
        }

        [Fact]
        public async Task Demo_cannot_be_combined_with_a_token_option()
        {
            var result = await LdUsage.RunAsync("vega-ai", "--demo", "--token", "api-x");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: --demo uses the local emulator; it cannot be combined with --server or --token.");
        }
    }
}
