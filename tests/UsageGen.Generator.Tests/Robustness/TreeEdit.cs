using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Changes to apply while rendering a seed, keyed by node identity (YamlDotNet's node equality is structural,
/// which would confuse two equal nodes at different places).
/// </summary>
internal sealed class TreeEdit
{
    /// <summary>Mapping values and sequence items to render as another node instead.</summary>
    public Dictionary<YamlNode, YamlNode> Replaced { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Mapping values (their whole entry goes) and sequence items to leave out.</summary>
    public HashSet<YamlNode> Removed { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Mapping values whose key is rendered as another node (possibly not a scalar).</summary>
    public Dictionary<YamlNode, YamlNode> RenamedKeys { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Entries appended to a mapping, duplicates of existing keys included.</summary>
    public Dictionary<YamlNode, List<KeyValuePair<YamlNode, YamlNode>>> Appended { get; } = new(ReferenceEqualityComparer.Instance);

    public static TreeEdit Replace(YamlNode node, YamlNode replacement)
    {
        var edit = new TreeEdit();
        edit.Replaced[node] = replacement;
        return edit;
    }

    public static TreeEdit Remove(YamlNode node)
    {
        var edit = new TreeEdit();
        edit.Removed.Add(node);
        return edit;
    }

    public TreeEdit Append(YamlNode mapping, YamlNode key, YamlNode value)
    {
        if (!Appended.TryGetValue(mapping, out var entries))
        {
            entries = new List<KeyValuePair<YamlNode, YamlNode>>();
            Appended[mapping] = entries;
        }

        entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
        return this;
    }
}
