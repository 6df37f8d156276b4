using System.Collections.Generic;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator.Bind
{
    /// <summary>
    /// One segment of the URL tree: every path of the description is split on <c>/</c>, and each node
    /// becomes a request builder.
    /// </summary>
    internal sealed class UrlTreeNode
    {
        public UrlTreeNode(string segment, UrlTreeNode? parent)
        {
            Segment = segment;
            Parent = parent;
        }

        /// <summary>The raw path segment, <c>{name}</c> for a path parameter.</summary>
        public string Segment { get; }

        public UrlTreeNode? Parent { get; }

        /// <summary>The path parameter's name when the segment is exactly one parameter.</summary>
        public string? ParameterName => IsParameter ? Segment.Substring(1, Segment.Length - 2) : null;

        public bool IsParameter => Segment.Length > 2 && Segment[0] == '{' && Segment[Segment.Length - 1] == '}' && Segment.IndexOf('{', 1) < 0;

        /// <summary>Literal children by segment, in document order.</summary>
        public List<UrlTreeNode> Children { get; } = new();

        /// <summary>The single path-parameter child; sibling parameter segments share it.</summary>
        public UrlTreeNode? ParameterChild { get; set; }

        /// <summary>For a parameter node, every parameter segment merged into it (<c>{id}</c> and <c>{transferId}</c>).</summary>
        public SortedSet<string> MergedSegments { get; } = new(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>The path items that end at this node (several when sibling parameters were merged).</summary>
        public List<OpenApiPathItem> PathItems { get; } = new();

        public string Namespace { get; set; } = string.Empty;

        public string ClassName { get; set; } = string.Empty;

        /// <summary>The property on the parent builder that leads here (literal segments only).</summary>
        public string NavigationName { get; set; } = string.Empty;

        /// <summary>The path below the base URL, with parameters in URL-template form.</summary>
        public string TemplatePath { get; set; } = string.Empty;

        /// <summary>
        /// Where the class itself lives when that is not <see cref="Namespace"/>, under which the children are: as in
        /// Kiota, a class whose name a child namespace ends with moves into that namespace (which may not share its name).
        /// </summary>
        public string? ClassNamespace { get; set; }

        public string FullName => "global::" + (ClassNamespace ?? Namespace) + "." + ClassName;
    }
}
