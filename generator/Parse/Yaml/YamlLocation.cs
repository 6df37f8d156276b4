using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>Turns positions in a description into diagnostic locations.</summary>
    internal static class YamlLocation
    {
        public static LocationInfo Of(string path, YamlPosition start, YamlPosition end)
        {
            var endIndex = end.Index < start.Index ? start.Index : end.Index;
            var endLine = end.Line < start.Line ? start.Line : end.Line;
            var endColumn = end.Line < start.Line ? start.Column : end.Column;
            return new LocationInfo(path, start.Index, endIndex - start.Index, start.Line, start.Column, endLine, endColumn);
        }

        public static LocationInfo Of(string path, YamlTreeNode node) => Of(path, node.Start, node.End);
    }
}
