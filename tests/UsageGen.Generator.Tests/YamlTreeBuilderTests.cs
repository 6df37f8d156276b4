using System.Collections.Generic;
using System.Linq;
using System.Threading;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Parse.Yaml;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// The tree builder reuses one frame per nesting level and gives every node arrays of its exact size: siblings and
/// cousins never see each other's entries, a repeated key is found before and after a mapping grows an index (and
/// only within its own mapping), and positions, anchors and aliases come out as written. The frames are kept per
/// thread between files, so a file that stops half-way (bad YAML, cancellation) must leave nothing for the next one.
/// </summary>
public sealed class YamlTreeBuilderTests
{
    private static YamlTreeNode Build(string yaml, out List<DiagnosticInfo> diagnostics)
    {
        diagnostics = new List<DiagnosticInfo>();
        return YamlTreeBuilder.Build("/p/openapi.yaml", yaml, diagnostics, CancellationToken.None)!;
    }

    private static YamlTreeMapping Map(YamlTreeNode? node) => Assert.IsType<YamlTreeMapping>(node);

    private static string[] Keys(YamlTreeNode? node) => Map(node).Entries.Select(entry => entry.Key.Value).ToArray();

    private static string Value(YamlTreeNode? node) => Assert.IsType<YamlTreeScalar>(node).Value;

    [Fact]
    public void Siblings_and_cousins_hold_only_their_own_entries_and_items()
    {
        var root = Map(Build(
            "a:\n  x: 1\n  y: 2\n  z: {p: 1, q: 2, r: 3}\nb:\n  w: 4\n  z: {s: 5}\nc: [1, [2, 3], {t: 6}, 4]\nd: []\ne: {}\n",
            out var diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, Keys(root));
        Assert.Equal(new[] { "x", "y", "z" }, Keys(root["a"]));
        Assert.Equal(new[] { "p", "q", "r" }, Keys(Map(root["a"])["z"]));
        Assert.Equal(new[] { "w", "z" }, Keys(root["b"]));
        Assert.Equal(new[] { "s" }, Keys(Map(root["b"])["z"]));

        var list = Assert.IsType<YamlTreeSequence>(root["c"]);
        Assert.Equal(4, list.Items.Length);
        Assert.Equal("1", Value(list.Items[0]));
        Assert.Equal(new[] { "2", "3" }, Assert.IsType<YamlTreeSequence>(list.Items[1]).Items.Select(Value));
        Assert.Equal(new[] { "t" }, Keys(list.Items[2]));
        Assert.Equal("4", Value(list.Items[3]));
        Assert.Empty(Assert.IsType<YamlTreeSequence>(root["d"]).Items);
        Assert.Empty(Map(root["e"]).Entries);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(9, 1)]
    [InlineData(12, 3)]
    [InlineData(12, 11)]
    [InlineData(30, 20)]
    public void A_repeated_key_is_reported_and_the_first_value_kept(int keys, int repeated)
    {
        var lines = Enumerable.Range(0, keys).Select(i => $"  k{i}: first {i}\n").ToList();
        lines.Add($"  k{repeated}: second\n");
        var root = Map(Build("m:\n" + string.Concat(lines), out var diagnostics));

        var mapping = Map(root["m"]);
        Assert.Equal(keys, mapping.Entries.Length);
        Assert.Equal($"first {repeated}", Value(mapping[$"k{repeated}"]));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("UGEN001", diagnostic.Descriptor.Id);
        Assert.Contains($"'k{repeated}' appears twice", diagnostic.ToDiagnostic().GetMessage());
        Assert.Equal(keys + 1, diagnostic.ToDiagnostic().Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_key_of_an_earlier_large_mapping_is_no_repeat_in_the_next_one_at_its_level()
    {
        var first = string.Concat(Enumerable.Range(0, 12).Select(i => $"  k{i}: {i}\n"));
        var root = Map(Build("a:\n" + first + "b:\n  k3: again\n  k11: again\n", out var diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal(12, Map(root["a"]).Entries.Length);
        Assert.Equal(new[] { "k3", "k11" }, Keys(root["b"]));
    }

    [Fact]
    public void Positions_anchors_and_aliases_come_out_as_written()
    {
        var root = Map(Build("base: &shared\n  type: string\ncopy: *shared\nlist:\n  - one\n  - two\n", out var diagnostics));

        Assert.Empty(diagnostics);
        Assert.Same(root["base"], root["copy"]);
        var shared = Map(root["base"]);

        // A node starts where YamlDotNet's event does: at its anchor, when it has one.
        Assert.Equal((0, 6), (shared.Start.Line, shared.Start.Column));
        Assert.Equal((2, 0), (shared.End.Line, shared.End.Column));
        var list = Assert.IsType<YamlTreeSequence>(root["list"]);
        Assert.Equal((4, 2), (list.Start.Line, list.Start.Column));
        Assert.Equal((5, 7), (list.Items[1].End.Line, list.Items[1].End.Column));
    }

    [Theory]
    [InlineData("a:\n  b: 1\n  c: [1, {d: 2\n")]
    [InlineData("a:\n  b: 1\n  c:\n    d: \"unterminated\n")]
    [InlineData("a:\n  b: 1\n  - c\n")]
    public void A_file_that_stops_half_way_leaves_nothing_for_the_next(string broken)
    {
        Build(broken, out var brokenDiagnostics);
        Assert.NotEmpty(brokenDiagnostics);

        var root = Map(Build("a:\n  b: {x: 1}\n  c: [2]\n", out var diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "b", "c" }, Keys(root["a"]));
        Assert.Equal(new[] { "x" }, Keys(Map(root["a"])["b"]));
        Assert.Single(Assert.IsType<YamlTreeSequence>(Map(root["a"])["c"]).Items);
    }

    [Fact]
    public void A_cancelled_build_leaves_nothing_for_the_next()
    {
        var large = "m:\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"  k{i}: {{v: [{i}]}}\n"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<System.OperationCanceledException>(() => YamlTreeBuilder.Build("/p/large.yaml", large, new List<DiagnosticInfo>(), cancelled.Token));

        var root = Map(Build("m:\n  k1: {v: [1]}\n", out var diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "k1" }, Keys(root["m"]));
        Assert.Equal(new[] { "v" }, Keys(Map(root["m"])["k1"]));
    }

    [Fact]
    public void A_mapping_larger_than_a_frame_keeps_is_read_whole_and_the_next_file_is_not_affected()
    {
        var large = "m:\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"  k{i}: {i}\n")) + "  k2999: again\n";
        var root = Map(Build(large, out var diagnostics));

        Assert.Equal(3000, Map(root["m"]).Entries.Length);
        Assert.Equal("2999", Value(Map(root["m"])["k2999"]));
        Assert.Contains("'k2999' appears twice", Assert.Single(diagnostics).ToDiagnostic().GetMessage());

        var next = Map(Build("m:\n  k1: 1\n  k2999: 2\n", out var nextDiagnostics));
        Assert.Empty(nextDiagnostics);
        Assert.Equal(new[] { "k1", "k2999" }, Keys(next["m"]));
    }
}
