using System.Collections.Generic;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A sequence of nodes.</summary>
    internal sealed class YamlTreeSequence : YamlTreeNode
    {
        public YamlTreeSequence(YamlPosition start)
            : base(start, start)
        {
        }

        public List<YamlTreeNode> Items { get; } = new();
    }
}
