using System.Linq;
using Xunit;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Deeply nested descriptions end in a diagnostic, never in a stack overflow (which no catch block can
/// handle: it would take the compiler down). Kept apart from the fuzz groups so a crash here is easy to place.
/// </summary>
public sealed class DeepNestingTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var fuzzCase in DeepNestingInputs.Cases())
        {
            data.Add(fuzzCase.Index, fuzzCase.Description);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deep_nesting_is_reported_or_compiles(int index, string description)
    {
        var fuzzCase = DeepNestingInputs.Cases().Single(candidate => candidate.Index == index);
        Assert.Equal(description, fuzzCase.Description);

        var verdict = FuzzRunner.Run(fuzzCase);

        Assert.True(verdict.Passed, verdict.ToString());
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_reported_as_UGEN038()
    {
        var verdict = FuzzRunner.Run(DeepNestingInputs.Cases().First());

        Assert.Equal("reported UGEN038", verdict.Outcome);
    }
}
