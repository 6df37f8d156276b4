using System;
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
        // Kiota reads "{id}.json" as an item segment; these are the extensions it recognises.
        private static readonly string[] ItemExtensions = { ".json", ".yaml", ".yml", ".csv", ".txt" };

        public UrlTreeNode(string segment, UrlTreeNode? parent, bool lastSegment)
        {
            Segment = segment;
            Parent = parent;
            var end = UrlSegmentEnd(segment);
            var path = segment.Substring(0, end);
            var query = end < segment.Length && segment[end] == '?' ? segment.Substring(end + 1) : string.Empty;
            FixedQuery = query.IndexOf('#') is var hash and >= 0 ? query.Substring(0, hash) : query;
            Extension = lastSegment ? ItemExtensionOf(segment) : string.Empty;
            var bare = path.Substring(0, path.Length - Extension.Length);
            IsParameter = end == segment.Length && IsSingleParameter(bare);

            ParameterName = IsParameter ? bare.Substring(1, bare.Length - 2) : null;
            SegmentParameters = IsParameter ? Array.Empty<string>() : PathTemplate.ParameterNames(path);
            UrlSegment = PathTemplate.Encode(path);
        }

        /// <summary>The raw path segment, <c>{name}</c> for a path parameter; names come from it.</summary>
        public string Segment { get; }

        public UrlTreeNode? Parent { get; }

        /// <summary>The path parameter's name when the segment is one parameter (<c>{id}</c>, or <c>{id}.json</c> at a path's end).</summary>
        public string? ParameterName { get; }

        public bool IsParameter { get; }

        /// <summary>An item segment's extension (<c>.json</c> of <c>{sid}.json</c>), which stays in the URL.</summary>
        public string Extension { get; }

        /// <summary>
        /// The parameters of a segment that mixes text and parameters (<c>thumbnail.{ext}</c>, <c>{from}..{to}</c>), in
        /// order of appearance; such a segment is reached through a <c>With…</c> method, as in Kiota.
        /// </summary>
        public IReadOnlyList<string> SegmentParameters { get; }

        /// <summary>What the segment adds to the URL template: a fragment (<c>#shared_link</c>) and a fixed query are not part of it.</summary>
        public string UrlSegment { get; }

        /// <summary>
        /// A query a path key carries (<c>beta=true</c> of <c>/items/{id}?beta=true</c>): sent with every request of the
        /// builder, before the operation's own query parameters.
        /// </summary>
        public string FixedQuery { get; }

        /// <summary>Literal and mixed children by segment, in document order.</summary>
        public List<UrlTreeNode> Children { get; } = new();

        /// <summary>The single path-parameter child; sibling parameter segments share it.</summary>
        public UrlTreeNode? ParameterChild { get; set; }

        /// <summary>For a parameter node, every parameter segment merged into it (<c>{id}</c> and <c>{transferId}</c>).</summary>
        public SortedSet<string> MergedSegments { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The path items that end at this node (several when sibling parameters were merged).</summary>
        public List<OpenApiPathItem> PathItems { get; } = new();

        /// <summary>
        /// The extension each path item's URL ends with, where sibling item segments were merged (<c>{id}</c> and
        /// <c>{id}.json</c>): each operation keeps its own URL.
        /// </summary>
        public Dictionary<OpenApiPathItem, string> PathItemExtensions { get; } = new();

        public string Namespace { get; set; } = string.Empty;

        public string ClassName { get; set; } = string.Empty;

        /// <summary>The property (or, for a mixed segment, the method) on the parent builder that leads here.</summary>
        public string NavigationName { get; set; } = string.Empty;

        /// <summary>The path below the base URL, with parameters in URL-template form.</summary>
        public string TemplatePath { get; set; } = string.Empty;

        /// <summary>
        /// Where the class itself lives when that is not <see cref="Namespace"/>, under which the children are: as in
        /// Kiota, a class whose name a child namespace ends with moves into that namespace (which may not share its name).
        /// </summary>
        public string? ClassNamespace { get; set; }

        public string FullName => "global::" + (ClassNamespace ?? Namespace) + "." + ClassName;

        /// <summary>
        /// The extension of a segment that is one parameter and an extension Kiota reads as an item (<c>.json</c> of
        /// <c>{sid}.json</c>); empty for any other segment.
        /// </summary>
        public static string ItemExtensionOf(string segment)
        {
            if (UrlSegmentEnd(segment) < segment.Length)
            {
                return string.Empty;
            }

            var extension = Array.Find(ItemExtensions, candidate => segment.EndsWith(candidate, StringComparison.Ordinal)) ?? string.Empty;
            return extension.Length > 0 && IsSingleParameter(segment.Substring(0, segment.Length - extension.Length)) ? extension : string.Empty;
        }

        private static bool IsSingleParameter(string text) =>
            text.Length > 2 && text[0] == '{' && text[text.Length - 1] == '}' && text.IndexOf('{', 1) < 0;

        /// <summary>Where a segment's URL part ends: at a fixed query (<c>?</c>) or a fragment (<c>#</c>) outside parameters.</summary>
        public static int UrlSegmentEnd(string segment)
        {
            var depth = 0;
            for (var i = 0; i < segment.Length; i++)
            {
                switch (segment[i])
                {
                    case '{':
                        depth++;
                        break;
                    case '}':
                        depth--;
                        break;
                    case '?' or '#' when depth == 0:
                        return i;
                }
            }

            return segment.Length;
        }
    }
}
