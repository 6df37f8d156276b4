using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>The whole generated surface for spec/launchdarkly-usage.yaml, file by file, against reviewed snapshots.</summary>
public sealed class LaunchDarklySnapshotTests
{
    private static readonly GeneratorOutcome Outcome = GeneratorHarness.Run(GeneratorHarness.LaunchDarkly());

    public static IEnumerable<object[]> GeneratedFiles() =>
        Outcome.Sources.Select(source => new object[] { SnapshotName(source.HintName) });

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_its_snapshot(string name)
    {
        var source = Outcome.Sources.Single(s => SnapshotName(s.HintName) == name);
        SnapshotVerifier.Verify(name, source.SourceText.ToString());
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_generated_file()
    {
        var generated = Outcome.Sources.Select(s => SnapshotName(s.HintName)).ToHashSet();
        var orphans = SnapshotVerifier.VerifiedNames().Where(name => !generated.Contains(name)).ToList();
        Assert.True(orphans.Count == 0, "Snapshots with no generated file (delete them): " + string.Join(", ", orphans));
    }

    [Fact]
    public void Generation_reports_no_diagnostics()
    {
        Assert.Empty(Outcome.GeneratorDiagnostics);
        Assert.Null(Outcome.Result.Exception);
    }

    private static string SnapshotName(string hintName) => hintName[..^".g.cs".Length];
}
