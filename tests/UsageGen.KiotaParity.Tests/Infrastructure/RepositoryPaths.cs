using System;
using System.IO;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>Where the repository is: descriptions are read, and the baseline and summary written, in place.</summary>
public static class RepositoryPaths
{
    /// <summary>The directory holding UsageGen.sln, found by walking up from the test output folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string Baseline => Path.Combine(Root, "tests", "parity", "baseline.txt");

    public static string Summary => Path.Combine(Root, "docs", "kiota-parity.md");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "UsageGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No UsageGen.sln in {AppContext.BaseDirectory} or any directory above it.");
    }
}
