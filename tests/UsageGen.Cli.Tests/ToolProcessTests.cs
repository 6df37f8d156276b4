using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>The built tool runs as its own process: <c>dotnet UsageGen.Cli.dll …</c>.</summary>
    public sealed class ToolProcessTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        // The README's first command: weeks of daily rows whatever the day of the month.
        [Fact]
        public async Task The_readme_command_prints_a_month_of_days_from_the_emulator()
        {
            var (exitCode, stdout, stderr) = await RunAsync("mau", "total", "--demo", "--group-by", "sdkType");

            Assert.True(exitCode == ExitCodes.Success, stderr);
            Assert.Contains("date (UTC)", stdout, StringComparison.Ordinal);
            Assert.InRange(stdout.Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^│ \d{4}-\d{2}-\d{2} │")), 28, 31);
            Assert.Contains("Total per series", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
            Assert.StartsWith("--demo: sample data from the local emulator at http://127.0.0.1:", stderr, StringComparison.Ordinal);
        }

        // What a script sees when its secret went missing: a failure, and no numbers to mistake for real ones.
        [Fact]
        public async Task Without_a_token_the_tool_fails_with_the_authentication_code_and_prints_nothing()
        {
            var (exitCode, stdout, stderr) = await RunAsync("mau", "total", "--csv");

            Assert.Equal(ExitCodes.AuthenticationFailed, exitCode);
            Assert.Equal(string.Empty, stdout);
            Assert.Equal("error: no access token: set LD_ACCESS_TOKEN or pass --token, or add --demo for sample data from the local emulator.\n", stderr);
        }

        private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(CliDll());
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment.Remove("LD_ACCESS_TOKEN");

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using (var timeout = new System.Threading.CancellationTokenSource(Timeout))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"ldusage did not exit within {Timeout.TotalSeconds} s.");
                }
            }

            return (process.ExitCode, await stdout, await stderr);
        }

        // The SDK tells test hosts which dotnet runs them; any other would do, this one is certain to exist.
        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        private static string CliDll()
        {
            var candidates = new[]
            {
                AppContext.BaseDirectory,
                typeof(ToolProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "CliOutputDirectory").Value!,
            };
            var directory = candidates.FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, "UsageGen.Cli.runtimeconfig.json")));
            Assert.True(directory is not null, "No runnable UsageGen.Cli.dll in " + string.Join(" or ", candidates));
            return Path.Combine(directory!, "UsageGen.Cli.dll");
        }
    }
}
