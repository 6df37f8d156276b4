using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>tests/specs/constructs.yaml: every supported construct, as reviewed snapshots of the generated code.</summary>
public sealed class ConstructsSnapshotTests : SnapshotTestBase
{
    private static readonly GeneratorOutcome Generated = GeneratorHarness.Run(GeneratorHarness.Constructs());

    internal override string Group => "Constructs";

    internal override GeneratorOutcome Outcome => Generated;

    public static IEnumerable<object[]> GeneratedFiles() => FileNames(Generated);

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_its_snapshot(string name) => VerifyFile(name);

    [Fact]
    public void Only_the_cookie_parameter_is_reported_and_the_client_compiles_cleanly()
    {
        var diagnostic = Assert.Single(Generated.GeneratorDiagnostics);
        Assert.Equal("UGEN013", diagnostic.Id);
        Assert.Contains("cookie parameter 'session'", diagnostic.GetMessage());
        Assert.True(Generated.CompilationDiagnostics.IsEmpty, string.Join("\n", Generated.CompilationDiagnostics));
    }
}
