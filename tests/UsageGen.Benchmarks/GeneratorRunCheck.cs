using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace UsageGen.Benchmarks;

/// <summary>Stops a benchmark whose generator run failed: timing a run that reported errors would measure the wrong thing.</summary>
internal static class GeneratorRunCheck
{
    /// <summary>Throws when <paramref name="driver"/>'s last run reported an error or generated nothing.</summary>
    public static void ThrowOnErrors(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generator reported {errors.Count} error(s), first: {errors[0]}");
        }

        if (result.GeneratedTrees.IsEmpty)
        {
            throw new InvalidOperationException("The generator produced no files.");
        }
    }
}
