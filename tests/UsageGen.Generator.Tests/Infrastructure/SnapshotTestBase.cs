using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace UsageGen.Generator.Tests.Infrastructure;

/// <summary>Checks every file generated from one description against its snapshot, and finds stale snapshots.</summary>
public abstract class SnapshotTestBase
{
    internal abstract string Group { get; }

    internal abstract GeneratorOutcome Outcome { get; }

    internal static IEnumerable<object[]> FileNames(GeneratorOutcome outcome) =>
        outcome.Sources.Select(source => new object[] { SnapshotName(source.HintName) });

    [Fact]
    public void Every_snapshot_belongs_to_a_generated_file()
    {
        Assert.True(Directory.Exists(SnapshotVerifier.SnapshotDirectory(Group)), "No snapshot folder at " + SnapshotVerifier.SnapshotDirectory(Group));
        var generated = Outcome.Sources.Select(s => SnapshotName(s.HintName)).ToHashSet();
        var orphans = SnapshotVerifier.VerifiedNames(Group).Where(name => !generated.Contains(name)).ToList();
        Assert.True(orphans.Count == 0, "Snapshots with no generated file (delete them): " + string.Join(", ", orphans));
    }

    protected void VerifyFile(string name)
    {
        var source = Outcome.Sources.Single(s => SnapshotName(s.HintName) == name);
        SnapshotVerifier.Verify(Group, name, source.SourceText.ToString());
    }

    private static string SnapshotName(string hintName) => hintName[..^".g.cs".Length];
}
