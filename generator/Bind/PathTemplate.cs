using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace UsageGen.Generator.Bind
{
    /// <summary>The parameters inside one path segment, and the segment's URL-template form.</summary>
    internal static class PathTemplate
    {
        // {name}, and OData's key=value forms name(key={id}) and name(key='{id}'), whose "key=" Kiota leaves out of names.
        private static readonly Regex ParameterWithPrefix = new(@"(?<prefix>\w+)?(?<equals>=?)'?\{(?<name>\w+)\}'?,?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>Whether every <c>{</c> of <paramref name="segment"/> closes before the next opens, around a name.</summary>
        public static bool IsWellFormed(string segment)
        {
            var open = -1;
            for (var i = 0; i < segment.Length; i++)
            {
                if (segment[i] == '{')
                {
                    if (open >= 0)
                    {
                        return false;
                    }

                    open = i;
                }
                else if (segment[i] == '}')
                {
                    if (open < 0 || i == open + 1)
                    {
                        return false;
                    }

                    open = -1;
                }
            }

            return open < 0;
        }

        /// <summary>The parameter names of a well-formed segment, in order of appearance.</summary>
        public static IReadOnlyList<string> ParameterNames(string segment)
        {
            var names = new List<string>();
            for (var open = segment.IndexOf('{'); open >= 0; open = segment.IndexOf('{', open + 1))
            {
                var close = segment.IndexOf('}', open);
                if (close < 0)
                {
                    break;
                }

                names.Add(segment.Substring(open + 1, close - open - 1));
            }

            return names;
        }

        /// <summary>The segment with each parameter written as its URL-template variable (<c>{shape-id}</c> → <c>{shape%2Did}</c>).</summary>
        public static string Encode(string segment)
        {
            var builder = new StringBuilder(segment.Length);
            var position = 0;
            for (var open = segment.IndexOf('{'); open >= 0; open = segment.IndexOf('{', position))
            {
                var close = segment.IndexOf('}', open);
                if (close < 0)
                {
                    break;
                }

                builder.Append(segment, position, open - position);
                builder.Append('{').Append(SymbolNames.TemplateName(segment.Substring(open + 1, close - open - 1))).Append('}');
                position = close + 1;
            }

            return builder.Append(segment, position, segment.Length - position).ToString();
        }

        /// <summary>
        /// The name Kiota gives a segment with parameters before its symbol clean-up: each parameter reads
        /// <c>With{Name}</c> (<c>{from}..{to}</c> → <c>WithFrom..WithTo</c>, <c>thumbnail.{ext}</c> → <c>thumbnail.WithExt</c>).
        /// </summary>
        public static string WithName(string segment) =>
            ParameterWithPrefix.Replace(segment, match =>
                (match.Groups["equals"].Value.Length == 0 ? match.Groups["prefix"].Value : string.Empty) + "With" + SymbolNames.UpperFirst(match.Groups["name"].Value));
    }
}
