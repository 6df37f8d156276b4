namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A node of the YAML tree the description parser walks; positions are 0-based.</summary>
    internal abstract class YamlTreeNode
    {
        protected YamlTreeNode(string path, YamlPosition start, YamlPosition end)
        {
            Path = path;
            Start = start;
            End = end;
        }

        /// <summary>The file the node is written in: a multi-file description's diagnostics point into the right one.</summary>
        public string Path { get; }

        public YamlPosition Start { get; }

        public YamlPosition End { get; }
    }
}
