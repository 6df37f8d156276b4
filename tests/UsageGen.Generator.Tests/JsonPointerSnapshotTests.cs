using System.Collections.Generic;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>The client generated from <see cref="JsonPointerDescription"/>, file by file, against reviewed snapshots.</summary>
public sealed class JsonPointerSnapshotTests : SnapshotTestBase
{
    private static readonly GeneratorOutcome Generated = GeneratorHarness.Run(new OpenApiInput(JsonPointerDescription.Path, JsonPointerDescription.Yaml, "PointersClient", "Pointers"));

    internal override string Group => "JsonPointers";

    internal override GeneratorOutcome Outcome => Generated;

    public static IEnumerable<object[]> GeneratedFiles() => FileNames(Generated);

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_matches_its_snapshot(string name) => VerifyFile(name);
}
