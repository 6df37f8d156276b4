using System.Linq;
using Xunit;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Thousands of deterministic mutations of real and synthetic descriptions go through the generator; for
/// each, nothing escapes the driver, the run ends within <see cref="FuzzRunner.CaseTimeout"/>, and the output
/// either carries a UGEN error or compiles. One theory row per kind of mutation, so a failure names the kind.
/// </summary>
public sealed class GeneratorFuzzTests
{
    public static TheoryData<string> Groups()
    {
        var data = new TheoryData<string>();
        foreach (var group in FuzzCatalog.Groups)
        {
            data.Add(group);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Every_mutation_is_reported_or_compiles(string group)
    {
        var verdicts = FuzzRunner.RunAll(FuzzCatalog.Cases(group));

        Assert.NotEmpty(verdicts);
        var failures = verdicts.Where(verdict => !verdict.Passed).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {verdicts.Count} {group} cases failed:\n" + string.Join("\n", failures.Take(12)));
    }
}
