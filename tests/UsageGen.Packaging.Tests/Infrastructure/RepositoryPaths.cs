using System;
using System.IO;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>Where the repository is, found from the test assembly's location.</summary>
    public static class RepositoryPaths
    {
        /// <summary>The directory holding UsageGen.sln, found by walking up from the test output folder.</summary>
        public static string Root { get; } = FindRoot();

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
}
