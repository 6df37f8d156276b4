using System.Collections.Generic;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>tests/specs/swagger2.yaml, a Swagger 2.0 description, as reviewed snapshots of the generated code.</summary>
public sealed class Swagger2SnapshotTests : SnapshotTestBase
{
    private static readonly GeneratorOutcome Generated = GeneratorHarness.Run(GeneratorHarness.Swagger2());

    internal override string Group => "Swagger2";

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
