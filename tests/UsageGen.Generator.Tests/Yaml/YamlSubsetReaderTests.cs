using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Parse.Yaml;
using Xunit;

namespace UsageGen.Generator.Tests.Yaml;

/// <summary>
/// The subset reader must give, for every text it reads, exactly the tree YamlDotNet's parser gives (values, styles,
/// positions, diagnostics such as repeated keys), and leave every other text to YamlDotNet. Checked on the
/// descriptions the tests use, on generated texts, and on constructs one by one.
/// </summary>
public sealed class YamlSubsetReaderTests
{
    private const string Path = "/p/openapi.yaml";

    public static IEnumerable<object[]> DescriptionFiles() =>
        Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Specs"), "*", SearchOption.AllDirectories)
            .Select(file => new object[] { System.IO.Path.GetRelativePath(AppContext.BaseDirectory, file) });

    [Theory]
    [MemberData(nameof(DescriptionFiles))]
    public void Reads_every_description_the_tests_use_as_YamlDotNet_does(string file)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, file));

        Assert.True(ReadsAsYamlDotNet(text), $"{file} was left to YamlDotNet");
    }

    [Fact]
    public void Reads_generated_texts_as_YamlDotNet_does_or_leaves_them()
    {
        var generator = new YamlTextGenerator(seed: 20261202);
        var read = 0;
        const int Texts = 6000;
        for (var i = 0; i < Texts; i++)
        {
            if (ReadsAsYamlDotNet(generator.Next(), $"generated text {i}"))
            {
                read++;
            }
        }

        // Both paths are exercised: the generator breaks a third of its texts and uses constructs outside the subset.
        Assert.InRange(read, Texts / 10, Texts * 9 / 10);
    }

    [Theory]
    [InlineData("a: 1\nb:\n  c: x y\n    z\n  d:\n  - p\n  - q: 1\n    r: \"s\\n t\"\n")]
    [InlineData("e: |\n  lit\n   x\n\nf: >-\n  fold\n  ed\n\n# c\ng: [1, {h: i}]\n")]
    [InlineData("a: >\n  x\n  y\n\n  z\n    w\n  v\n")]
    [InlineData("a: |+\n  x\n\n\nb: |-\n  y\n\n\nc: |2\n    z\nd: >1-\n   w\n")]
    [InlineData("h: &an\n  k: v\ni: *an\nj: &s scalar\nk: *s\nl:\n")]
    [InlineData("{\"a\":1,\"b\":[true,null],\"c\":{\"d\":\"e\\u00e9\\/\"}}")]
    [InlineData("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {},\n  \"tags\": [\"a\", \"b\",]\n}\n")]
    [InlineData("a: x\r\nb: |\r\n  y\r\n  z\r\nc: 'q ''r'''\r\n")]
    [InlineData("a:\n  b: 1\n  c: |\n    text\n         ")]
    [InlineData("---\n# comment\nk:\n- a\n-\n- - b\n  - c\n")]
    [InlineData("description: The **Customer Area** see *this: that\nx: 'one\n  two'\ny: \"a\\\n   b\"\n")]
    [InlineData("a: 1\na: 2\nb: [1, 2]\nb: {}\n")]
    [InlineData("text: emoji 😀 and é\n")]
    public void Reads_these_constructs_as_YamlDotNet_does(string text)
    {
        Assert.True(ReadsAsYamlDotNet(text), "left to YamlDotNet");
    }

    [Theory]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("? a\n: 1\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: 1\rb: 2\n")]
    [InlineData("\uFEFFa: 1\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: |\n   \n  text\n")]
    [InlineData("just a scalar\n")]
    [InlineData("a: \"\\q\"\n")]
    public void Leaves_other_texts_to_YamlDotNet(string text)
    {
        var diagnostics = new List<DiagnosticInfo>();

        Assert.False(YamlTreeBuilder.TryBuildFromSubset(Path, text, diagnostics, CancellationToken.None, out _));
        Assert.Empty(diagnostics);

        var expectedDiagnostics = new List<DiagnosticInfo>();
        var expected = YamlTreeBuilder.BuildFromYamlDotNet(Path, text, expectedDiagnostics, CancellationToken.None);
        var built = YamlTreeBuilder.Build(Path, text, diagnostics, CancellationToken.None);
        Assert.Null(YamlTreeComparison.FirstDifference(expected, built));
        Assert.Equal(YamlTreeComparison.Describe(expectedDiagnostics), YamlTreeComparison.Describe(diagnostics));
    }

    [Fact]
    public void Ends_open_collections_at_the_end_of_the_text_where_YamlDotNet_does()
    {
        // Without a last line break, a collection deeper than the last line's length ends where the text ends, the
        // others on the line after it.
        const string Text = "a:\n  b:\n    c: |\n      x\n   ";
        var root = Assert.IsType<YamlTreeMapping>(Read(Text));
        var b = Assert.IsType<YamlTreeMapping>(root["a"]);
        var c = Assert.IsType<YamlTreeMapping>(b["b"]);

        Assert.Equal((Text.Length, 4, 3), (c.End.Index, c.End.Line, c.End.Column));
        Assert.Equal((Text.Length, 5, 0), (b.End.Index, b.End.Line, b.End.Column));
        Assert.Equal((Text.Length, 5, 0), (root.End.Index, root.End.Line, root.End.Column));
        Assert.True(ReadsAsYamlDotNet(Text));
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var large = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"k{i}: v\n"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            YamlTreeBuilder.TryBuildFromSubset(Path, large, new List<DiagnosticInfo>(), cancelled.Token, out _));
    }

    private static YamlTreeNode? Read(string text)
    {
        Assert.True(YamlTreeBuilder.TryBuildFromSubset(Path, text, new List<DiagnosticInfo>(), CancellationToken.None, out var root));
        return root;
    }

    /// <summary>
    /// True when the subset reader read the text, after checking that it read it as YamlDotNet does; false when it
    /// left the text to YamlDotNet, after checking that it reported nothing.
    /// </summary>
    private static bool ReadsAsYamlDotNet(string text, string? name = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (!YamlTreeBuilder.TryBuildFromSubset(Path, text, diagnostics, CancellationToken.None, out var root))
        {
            Assert.Empty(diagnostics);
            return false;
        }

        var expectedDiagnostics = new List<DiagnosticInfo>();
        var expected = YamlTreeBuilder.BuildFromYamlDotNet(Path, text, expectedDiagnostics, CancellationToken.None);
        var difference = YamlTreeComparison.FirstDifference(expected, root);
        Assert.True(difference is null, $"{name ?? text}: {difference}");
        Assert.Equal(YamlTreeComparison.Describe(expectedDiagnostics), YamlTreeComparison.Describe(diagnostics));
        return true;
    }
}
