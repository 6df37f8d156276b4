using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>Small builders for replacement nodes, and a deterministic shuffle for picking sites.</summary>
internal static class YamlNodes
{
    /// <summary>Marks a scalar that <see cref="YamlTreeRenderer"/> writes as an alias (YamlDotNet's alias node is internal).</summary>
    public static readonly TagName AliasTag = new("tag:usagegen.test,2025:alias");

    public static YamlScalarNode Alias(string anchor) => new(anchor) { Tag = AliasTag };

    public static T Anchored<T>(T node, string anchor)
        where T : YamlNode
    {
        node.Anchor = new AnchorName(anchor);
        return node;
    }

    public static YamlScalarNode Scalar(string value, ScalarStyle style = ScalarStyle.Any) => new(value) { Style = style };

    public static YamlScalarNode Quoted(string value) => Scalar(value, ScalarStyle.DoubleQuoted);

    public static YamlMappingNode Map(params (string Key, YamlNode Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }

    public static YamlMappingNode FlowMap(params (string Key, YamlNode Value)[] entries)
    {
        var map = Map(entries);
        map.Style = YamlDotNet.Core.Events.MappingStyle.Flow;
        return map;
    }

    public static YamlSequenceNode Seq(params YamlNode[] items) => new(items);

    public static YamlMappingNode Ref(string target) => FlowMap(("$ref", Scalar(target, ScalarStyle.SingleQuoted)));

    /// <summary>A copy sharing nothing with <paramref name="node"/>, so an edit never meets its own target inside a replacement.</summary>
    public static YamlNode Copy(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style, Tag = scalar.Tag },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Copy)) { Style = sequence.Style },
        YamlMappingNode mapping => CopyMapping(mapping),
        _ => throw new ArgumentException("unexpected node " + node.GetType().Name, nameof(node)),
    };

    /// <summary>Fisher–Yates with a fixed seed: the same items in the same order on every run.</summary>
    public static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static YamlMappingNode CopyMapping(YamlMappingNode mapping)
    {
        var copy = new YamlMappingNode { Style = mapping.Style };
        foreach (var entry in mapping.Children)
        {
            copy.Add(Copy(entry.Key), Copy(entry.Value));
        }

        return copy;
    }
}
