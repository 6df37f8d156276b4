namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A node of the YAML tree the description parser walks; positions are 0-based.</summary>
    internal abstract class YamlTreeNode
    {
        protected YamlTreeNode(YamlPosition start, YamlPosition end)
        {
            Start = start;
            End = end;
        }

        public YamlPosition Start { get; }

        public YamlPosition End { get; internal set; }
    }
}
