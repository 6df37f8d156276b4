using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using UsageGen.Generator.Tests.Scale;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>A valid description that mutations start from, parsed once and then only read (cases run in parallel).</summary>
internal sealed class FuzzSeed
{
    private static readonly Lazy<FuzzSeed> LaunchDarklySeed = new(() => new FuzzSeed("launchdarkly", File.ReadAllText(GeneratorHarness.LaunchDarklySpecPath)));

    // Small on purpose: most of its mutations still compile, and compiling is the expensive part of a case.
    private static readonly Lazy<FuzzSeed> SyntheticSeed = new(() => new FuzzSeed("synthetic", SyntheticDescription.Create(10, 6)));

    private FuzzSeed(string name, string text)
    {
        Name = name;
        Text = text;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        Root = (YamlMappingNode)stream.Documents[0].RootNode;
        Sites = Walk(Root);
    }

    public static FuzzSeed LaunchDarkly => LaunchDarklySeed.Value;

    public static FuzzSeed Synthetic => SyntheticSeed.Value;

    public static IReadOnlyList<FuzzSeed> All => new[] { LaunchDarkly, Synthetic };

    public string Name { get; }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    /// <summary>Every node below the root, in document order.</summary>
    public IReadOnlyList<NodeSite> Sites { get; }

    public IEnumerable<NodeSite> MappingValues => Sites.Where(site => site.Key is not null);

    public IEnumerable<NodeSite> ValuesOf(string key) => Sites.Where(site => site.Key?.Value == key);

    /// <summary>The entries of <c>components.{section}</c>, by name.</summary>
    public IReadOnlyList<NodeSite> Components(string section) =>
        Sites.Where(site => site.Depth == 3 && site.Path.StartsWith("components." + section + ".", StringComparison.Ordinal)).ToList();

    /// <summary>Renders the seed with <paramref name="edit"/> applied; the seed itself is not changed.</summary>
    public string Render(TreeEdit edit) => YamlTreeRenderer.Render(Root, edit);

    private static List<NodeSite> Walk(YamlMappingNode root)
    {
        // Iterative and in document order, so site indexes (and the cases built from them) are stable.
        var sites = new List<NodeSite>();
        var pending = new Stack<NodeSite>();
        Push(pending, root, string.Empty, 0);
        while (pending.Count > 0)
        {
            var site = pending.Pop();
            sites.Add(site);
            Push(pending, site.Node, site.Path, site.Depth);
        }

        return sites;
    }

    private static void Push(Stack<NodeSite> pending, YamlNode parent, string path, int depth)
    {
        var prefix = path.Length == 0 ? string.Empty : path + ".";
        switch (parent)
        {
            case YamlMappingNode mapping:
                foreach (var entry in mapping.Children.Reverse())
                {
                    var key = (YamlScalarNode)entry.Key;
                    pending.Push(new NodeSite(entry.Value, parent, key, prefix + key.Value, depth + 1));
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = sequence.Children.Count - 1; i >= 0; i--)
                {
                    pending.Push(new NodeSite(sequence.Children[i], parent, null, path + "[" + i + "]", depth + 1));
                }

                break;
        }
    }
}
