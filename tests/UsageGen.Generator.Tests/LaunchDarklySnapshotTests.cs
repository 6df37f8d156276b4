using System.Collections.Generic;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>The whole generated surface for spec/launchdarkly-usage.yaml, file by file, against reviewed snapshots.</summary>
public sealed class LaunchDarklySnapshotTests : SnapshotTestBase
{
    private static readonly GeneratorOutcome Generated = GeneratorHarness.Run(GeneratorHarness.LaunchDarkly());

    internal override string Group => "LaunchDarkly";

    internal override GeneratorOutcome Outcome => Generated;

    public static IEnumerable<object[]> GeneratedFiles() => FileNames(Generated);

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_its_snapshot(string name) => VerifyFile(name);

    [Fact]
    public void Generation_reports_no_diagnostics()
    {
        Assert.Empty(Generated.GeneratorDiagnostics);
        Assert.Null(Generated.Result.Exception);
    }
}
