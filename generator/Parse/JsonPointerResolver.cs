using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UsageGen.Generator.Parse.Yaml;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// Finds the node that a local reference (<c>#/components/schemas/Pet/properties/owner</c>: an RFC 6901 JSON
    /// pointer in a URI fragment) names in one description's YAML tree. It knows nothing of OpenAPI, so each file of a
    /// multi-file description can have one.
    /// </summary>
    internal sealed class JsonPointerResolver
    {
        private readonly YamlTreeNode _root;

        // Large descriptions name the same target thousands of times; the tree does not change, so neither does the answer.
        private readonly Dictionary<string, (YamlTreeNode? Node, string Problem)> _resolved = new(StringComparer.Ordinal);

        public JsonPointerResolver(YamlTreeNode root) => _root = root;

        /// <summary>
        /// The node <paramref name="fragment"/> (<c>#</c> or <c>#/…</c>) names, or null with <paramref name="problem"/>
        /// naming the first segment that was not found and where it was looked for.
        /// </summary>
        public YamlTreeNode? Resolve(string fragment, out string problem)
        {
            if (!_resolved.TryGetValue(fragment, out var resolution))
            {
                var node = Walk(fragment, out var found);
                resolution = (node, found);
                _resolved.Add(fragment, resolution);
            }

            problem = resolution.Problem;
            return resolution.Node;
        }

        private YamlTreeNode? Walk(string fragment, out string problem)
        {
            problem = string.Empty;
            if (fragment == "#")
            {
                return _root;
            }

            if (!fragment.StartsWith("#/", StringComparison.Ordinal))
            {
                problem = $"'{fragment}' is not a JSON pointer; a local reference starts with '#/'";
                return null;
            }

            var current = _root;
            var walked = string.Empty;
            foreach (var segment in Segments(fragment))
            {
                YamlTreeNode? next;
                switch (current)
                {
                    case YamlTreeMapping mapping:
                        next = mapping[segment];
                        if (next is null)
                        {
                            problem = $"{Describe(walked)} has no '{segment}'";
                        }

                        break;
                    case YamlTreeSequence sequence:
                        next = IsIndex(segment, out var index) && index < sequence.Items.Length ? sequence.Items[index] : null;
                        if (next is null)
                        {
                            problem = $"{Describe(walked)} is a list of {sequence.Items.Length} item(s), with no item '{segment}' (items are numbered from 0)";
                        }

                        break;
                    default:
                        next = null;
                        problem = $"{Describe(walked)} is a single value, with no '{segment}' in it";
                        break;
                }

                if (next is null)
                {
                    return null;
                }

                current = next;
                walked = walked.Length == 0 ? segment : walked + "." + segment;
            }

            return current;
        }

        /// <summary>The decoded segments of a <c>#/…</c> pointer (none for <c>#</c>, the whole document).</summary>
        public static string[] Segments(string fragment) =>
            fragment.Length <= 2 ? new string[0] : fragment.Substring(2).Split('/').Select(Decode).ToArray();

        /// <summary>
        /// One segment as written in a URI fragment: percent-decoded first, then <c>~1</c> is <c>/</c> and <c>~0</c> is
        /// <c>~</c>, in that order so that <c>~01</c> stays <c>~1</c>.
        /// </summary>
        private static string Decode(string segment) =>
            Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");

        // RFC 6901: an array index is 0 or digits without a leading zero.
        private static bool IsIndex(string segment, out int index)
        {
            index = -1;
            return segment.Length > 0 && (segment == "0" || segment[0] != '0')
                && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);
        }

        private static string Describe(string walked) => walked.Length == 0 ? "the description" : $"'{walked}'";
    }
}
