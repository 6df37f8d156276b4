using System;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>How a finished child process ended, with everything it wrote.</summary>
    /// <param name="CommandLine">The command as started, for failure messages.</param>
    /// <param name="ExitCode">The process exit code.</param>
    /// <param name="Output">Standard output and standard error, interleaved in arrival order.</param>
    /// <param name="Elapsed">Wall-clock time from start to exit.</param>
    public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
    {
        /// <summary>The command, exit code and full output: what a failing assertion needs to be diagnosed.</summary>
        public string Describe() =>
            $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s. Output:{Environment.NewLine}{Output}";

        /// <summary>Lines of output, without blank ones and surrounding whitespace.</summary>
        public string[] Lines() =>
            Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
