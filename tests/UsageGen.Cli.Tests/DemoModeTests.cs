using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Sample data only with --demo, marked as such in every format; without a token nothing is made up.</summary>
    public sealed class DemoModeTests
    {
        [Theory]
        [InlineData("mau", "total", "--csv")]
        [InlineData("mau", "total", "--json")]
        [InlineData("streams", "client", "--sdk-versions")]
        [InlineData("evaluations", "default", "production", "new-checkout-flow")]
        public async Task Without_a_token_nothing_is_requested_and_nothing_is_printed(params string[] args)
        {
            var result = await LdUsage.RunAsync(args);

            Assert.Equal(ExitCodes.AuthenticationFailed, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: no access token: set LD_ACCESS_TOKEN or pass --token, or add --demo for sample data from the local emulator.");
        }

        [Fact]
        public async Task A_blank_token_counts_as_none()
        {
            var result = await LdUsage.RunAsync(new Dictionary<string, string?> { ["LD_ACCESS_TOKEN"] = "  " }, "vega-ai", "--json");

            Assert.Equal(ExitCodes.AuthenticationFailed, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
        }

        [Fact]
        public async Task Demo_json_says_it_is_a_demo_and_shows_the_last_full_month()
        {
            var result = await LdUsage.RunAsync("mau", "total", "--demo", "--json");

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.True(json.RootElement.GetProperty("demo").GetBoolean());
            var dates = json.RootElement.GetProperty("series").EnumerateArray()
                .SelectMany(series => series.GetProperty("points").EnumerateArray())
                .Select(point => DateTimeOffset.Parse(point.GetProperty("time").GetString()!, CultureInfo.InvariantCulture))
                .Distinct()
                .ToList();

            // Read the clock after the run: a run across midnight at the end of a month would otherwise disagree.
            var today = DateTimeOffset.UtcNow;
            var monthStart = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero);
            var previous = monthStart.AddMonths(-1);
            Assert.Equal(Enumerable.Range(0, (monthStart - previous).Days).Select(day => previous.AddDays(day)), dates.Order());
            Assert.Contains($"showing the last full month, {previous:yyyy-MM-dd} to {monthStart.AddDays(-1):yyyy-MM-dd}", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Demo_keeps_a_range_that_is_given()
        {
            var result = await LdUsage.RunAsync("mau", "total", "--demo", "--csv", "--from", "2024-01-10", "--to", "2024-01-12");

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            var times = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).Distinct();
            Assert.Equal(new[] { "2024-01-10T00:00:00Z", "2024-01-11T00:00:00Z", "2024-01-12T00:00:00Z" }, times);
            Assert.DoesNotContain("last full month", result.Stderr, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--csv")]
        [InlineData("--json")]
        [InlineData("--json", "--sdk-versions")]
        [InlineData()]
        public async Task Demo_says_so_on_stderr_in_every_format(params string[] format)
        {
            var result = await LdUsage.RunAsync(new[] { "streams", "server", "--demo" }.Concat(format).ToArray());

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.StartsWith("--demo: sample data from the local emulator at http://127.0.0.1:", result.Stderr, StringComparison.Ordinal);
            Assert.Contains(", not your account", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Demo_ignores_the_token_in_the_environment_and_never_shows_it()
        {
            const string Token = "api-real-account-token-3b9f";
            var environment = new Dictionary<string, string?> { ["LD_ACCESS_TOKEN"] = Token };

            var result = await LdUsage.RunAsync(environment, "observability", "sessions", "--demo", "--csv");

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.StartsWith("--demo: sample data from the local emulator at http://127.0.0.1:", result.Stderr, StringComparison.Ordinal);
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
