using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>What NuGet restored for a consumer project, read from the files restore leaves behind.</summary>
    public static class RestoredPackages
    {
        /// <summary>The packages in the project's restore graph (all frameworks, transitive too), as "Id/Version".</summary>
        public static IReadOnlyList<string> InGraph(string projectDirectory)
        {
            var assets = Path.Combine(projectDirectory, "obj", "project.assets.json");
            using var document = JsonDocument.Parse(File.ReadAllText(assets));
            return document.RootElement.GetProperty("libraries").EnumerateObject()
                .Where(library => library.Value.GetProperty("type").GetString() == "package")
                .Select(library => library.Name)
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                .ToArray();
        }

        /// <summary>The source a package in the global packages folder was downloaded from (its .nupkg.metadata), or null.</summary>
        public static string? SourceOf(string packagesDirectory, string id, string version)
        {
            var metadata = Path.Combine(packagesDirectory, id.ToLowerInvariant(), version.ToLowerInvariant(), ".nupkg.metadata");
            if (!File.Exists(metadata))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(metadata));
            return document.RootElement.TryGetProperty("source", out var source) ? source.GetString() : null;
        }
    }
}
