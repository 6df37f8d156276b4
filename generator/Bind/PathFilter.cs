using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Bind
{
    /// <summary>
    /// Kiota's <c>--include-path</c>/<c>--exclude-path</c> patterns: a path glob where <c>*</c> matches within a
    /// segment and <c>**</c> across segments, optionally followed by <c>#METHOD</c> (<c>/pets/**#GET</c>).
    /// </summary>
    internal sealed class PathFilter
    {
        private readonly (Regex Path, string? Method)[] _include;
        private readonly (Regex Path, string? Method)[] _exclude;

        public PathFilter(EquatableArray<string> include, EquatableArray<string> exclude)
        {
            _include = include.Select(Compile).ToArray();
            _exclude = exclude.Select(Compile).ToArray();
        }

        public bool Includes(string path, string method) =>
            (_include.Length == 0 || _include.Any(pattern => Matches(pattern, path, method))) &&
            !_exclude.Any(pattern => Matches(pattern, path, method));

        private static bool Matches((Regex Path, string? Method) pattern, string path, string method) =>
            (pattern.Method is null || string.Equals(pattern.Method, method, StringComparison.OrdinalIgnoreCase)) && pattern.Path.IsMatch(path);

        private static (Regex, string?) Compile(string pattern)
        {
            var hash = pattern.LastIndexOf('#');
            var glob = hash >= 0 ? pattern.Substring(0, hash) : pattern;
            var method = hash >= 0 ? pattern.Substring(hash + 1).Trim() : null;
            var regex = new StringBuilder("^");
            for (var i = 0; i < glob.Length; i++)
            {
                if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
                {
                    regex.Append(".*");
                    i++;
                }
                else if (glob[i] == '*')
                {
                    regex.Append("[^/]*");
                }
                else
                {
                    regex.Append(Regex.Escape(glob[i].ToString()));
                }
            }

            regex.Append("/?$");
            return (new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), string.IsNullOrEmpty(method) ? null : method);
        }
    }
}
