namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A scalar; <see cref="IsNull"/> when it is a plain <c>null</c>, <c>~</c> or empty value.</summary>
    internal sealed class YamlTreeScalar : YamlTreeNode
    {
        public YamlTreeScalar(string path, string value, bool isPlain, YamlPosition start, YamlPosition end)
            : base(path, start, end)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>Written without quotes or block style, so <c>null</c> and <c>~</c> mean null.</summary>
        public bool IsPlain { get; }

        public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
    }
}
