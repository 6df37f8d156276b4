using System.Collections.Generic;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// tests/specs/multifile, one description kept as several files joined by relative $refs (a whole path item, a whole
/// operation, parameters, responses, component entries and schemas in other files, YAML and JSON, a cycle across files,
/// one file reached by two spellings), as reviewed snapshots of the generated code.
/// </summary>
public sealed class MultiFileSnapshotTests : SnapshotTestBase
{
    private static readonly GeneratorOutcome Generated = GeneratorHarness.Run(GeneratorHarness.MultiFile());

    internal override string Group => "MultiFile";

    internal override GeneratorOutcome Outcome => Generated;

    public static IEnumerable<object[]> GeneratedFiles() => FileNames(Generated);

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_its_snapshot(string name) => VerifyFile(name);

    [Fact]
    public void Nothing_is_reported_and_the_client_compiles_cleanly()
    {
        Assert.Empty(Generated.GeneratorDiagnostics);
        Assert.True(Generated.CompilationDiagnostics.IsEmpty, string.Join("\n", Generated.CompilationDiagnostics));
    }
}
