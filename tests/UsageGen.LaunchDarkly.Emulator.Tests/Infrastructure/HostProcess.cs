using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>Runs the built emulator host as its own process: <c>dotnet UsageGen.LaunchDarkly.Emulator.Host.dll …</c>.</summary>
    public static class HostProcess
    {
        private const string AssemblyName = "UsageGen.LaunchDarkly.Emulator.Host";

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        /// <summary>Runs the host with <paramref name="arguments"/> until it exits by itself; kills it after a minute.</summary>
        public static async Task<HostProcessResult> RunAsync(params string[] arguments)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(HostDll());
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // Only the command line decides where it listens and how it is configured.
            foreach (var variable in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
            {
                start.Environment.Remove(variable);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(Timeout))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"The emulator host did not exit within {Timeout.TotalSeconds} s.");
                }
            }

            return new HostProcessResult(process.ExitCode, await stdout, await stderr);
        }

        // The SDK tells test hosts which dotnet runs them; any other would do, this one is certain to exist.
        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        private static string HostDll()
        {
            var candidates = new[]
            {
                AppContext.BaseDirectory,
                typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "EmulatorHostOutputDirectory").Value!,
            };
            var directory = candidates.FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, AssemblyName + ".runtimeconfig.json")));
            Assert.True(directory is not null, $"No runnable {AssemblyName}.dll in " + string.Join(" or ", candidates));
            return Path.Combine(directory, AssemblyName + ".dll");
        }
    }
}
