using System.Collections.Generic;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A sequence of nodes.</summary>
    internal sealed class YamlTreeSequence : YamlTreeNode
    {
        public YamlTreeSequence(string path, YamlPosition start)
            : base(path, start, start)
        {
        }

        public List<YamlTreeNode> Items { get; } = new();
    }
}
