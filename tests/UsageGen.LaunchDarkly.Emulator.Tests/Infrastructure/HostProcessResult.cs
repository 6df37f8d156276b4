using System;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>How the emulator host process ended, with what it wrote to each stream.</summary>
    public sealed record HostProcessResult(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>The non-blank lines of standard error.</summary>
        public string[] ErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
    }
}
