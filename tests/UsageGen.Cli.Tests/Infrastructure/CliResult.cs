namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>What one in-process run of ldusage returned and wrote.</summary>
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
}
