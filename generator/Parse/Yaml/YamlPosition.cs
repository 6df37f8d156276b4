namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A position in the text: character index, 0-based line and column.</summary>
    internal readonly struct YamlPosition
    {
        public YamlPosition(int index, int line, int column)
        {
            Index = index;
            Line = line;
            Column = column;
        }

        public int Index { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
