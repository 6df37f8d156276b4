using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>The built tool runs as its own process: <c>dotnet UsageGen.Cli.dll mau total --demo</c>.</summary>
    public sealed class ToolProcessTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        [Fact]
        public async Task The_tool_prints_a_table_from_the_emulator()
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(CliDll());
            start.ArgumentList.Add("mau");
            start.ArgumentList.Add("total");
            start.ArgumentList.Add("--demo");
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

            Assert.True(process.ExitCode == 0, await stderr);
            var output = await stdout;
            Assert.Contains("date (UTC)", output, StringComparison.Ordinal);
            Assert.Contains("Total per series", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
            Assert.StartsWith("--demo: using the local emulator at http://127.0.0.1:", await stderr, StringComparison.Ordinal);
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
