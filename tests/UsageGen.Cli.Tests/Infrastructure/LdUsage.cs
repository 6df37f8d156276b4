using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>Runs ldusage in-process with captured output and an explicit environment (never the test process's own).</summary>
    public static class LdUsage
    {
        // Generous for a run that answers in milliseconds; it only stops a run that hangs.
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

        public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

        public static async Task<CliResult> RunAsync(IDictionary<string, string?> environment, params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var run = CliApplication.RunAsync(args, stdout, stderr, environment);
            var finished = await Task.WhenAny(run, Task.Delay(Timeout));
            Assert.True(finished == run, $"ldusage {string.Join(" ", args)} did not finish within {Timeout.TotalSeconds} s.");
            return new CliResult(await run, stdout.ToString(), stderr.ToString());
        }

        /// <summary>Asserts that a failed run wrote exactly one line, "error: …", on stderr and nothing on stdout.</summary>
        public static void AssertSingleErrorLine(CliResult result, string expectedStart)
        {
            Assert.Equal(string.Empty, result.Stdout);
            Assert.EndsWith("\n", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", result.Stderr.TrimEnd('\n'), StringComparison.Ordinal);
            Assert.StartsWith(expectedStart, result.Stderr, StringComparison.Ordinal);
        }

        /// <summary>Asserts that the token appears in neither output stream.</summary>
        public static void AssertNoToken(CliResult result, string token)
        {
            Assert.DoesNotContain(token, result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(token, result.Stderr, StringComparison.Ordinal);
        }
    }
}
