namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A sequence of nodes.</summary>
    internal sealed class YamlTreeSequence : YamlTreeNode
    {
        public YamlTreeSequence(string path, YamlPosition start, YamlPosition end, YamlTreeNode[] items)
            : base(path, start, end)
        {
            Items = items;
        }

        /// <summary>The items in document order, in an array of their exact number (trees are kept between runs); not to be changed.</summary>
        public YamlTreeNode[] Items { get; }
    }
}
