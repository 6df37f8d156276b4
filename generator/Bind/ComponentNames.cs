using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.Generator.Bind
{
    /// <summary>
    /// Where a component schema's type lives and what it is called, as Kiota places them: the key's last dotted part
    /// names the type, the parts before it are namespaces under the models namespace (<c>github.release</c>), less the
    /// deepest dotted prefix all such keys share (so <c>microsoft.graph.user</c> is plain <c>Models.User</c>) and a
    /// leading client class name; a type whose name a namespace beside it ends with moves into that namespace.
    /// </summary>
    internal sealed class ComponentNames
    {
        private const char Separator = '.';
        private static readonly char[] Separators = { Separator };
        private readonly string _modelsNamespace;
        private readonly string _clientClassName;
        private readonly string _prefixToTrim;
        private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);

        public ComponentNames(IReadOnlyCollection<string> keys, string modelsNamespace, string clientClassName)
        {
            _modelsNamespace = modelsNamespace;
            _clientClassName = clientClassName;
            _prefixToTrim = CommonPrefix(keys);
            foreach (var key in keys)
            {
                _namespaces.Add(Namespace(key));
            }
        }

        /// <summary>The type's name (before any de-duplication): the key's last dotted part.</summary>
        public static string TypeName(string key) => SymbolNames.TypeName(key.Substring(key.LastIndexOf(Separator) + 1), "Model");

        /// <summary>The type's name before the reserved-name escape (<c>Task</c> for <c>TaskObject</c>).</summary>
        public static string UnescapedTypeName(string key) => SymbolNames.UnescapedTypeName(key.Substring(key.LastIndexOf(Separator) + 1), "Model");

        /// <summary>The namespace the type is declared in.</summary>
        public string NamespaceOf(string key)
        {
            var ns = Namespace(key);
            var typeName = TypeName(key);
            // Kiota moves the class; C# would not compile a type and a namespace of the same full name in any case.
            var child = _namespaces.Where(candidate => candidate.Length > ns.Length + 1
                    && candidate.StartsWith(ns + ".", StringComparison.Ordinal)
                    && candidate.IndexOf(Separator, ns.Length + 1) < 0
                    && candidate.EndsWith(typeName, StringComparison.OrdinalIgnoreCase))
                .OrderBy(candidate => candidate, StringComparer.Ordinal)
                .FirstOrDefault();
            return child ?? ns;
        }

        private string Namespace(string key)
        {
            var reference = key;
            if (reference.StartsWith(_clientClassName, StringComparison.OrdinalIgnoreCase))
            {
                reference = reference.Substring(_clientClassName.Length);
            }

            reference = reference.Trim(Separators);
            if (_prefixToTrim.Length > 0 && reference.StartsWith(_prefixToTrim, StringComparison.OrdinalIgnoreCase))
            {
                reference = reference.Substring(_prefixToTrim.Length);
            }

            reference = reference.Trim(Separators);
            var lastDot = reference.LastIndexOf(Separator);
            if (lastDot < 0)
            {
                return _modelsNamespace;
            }

            var segments = reference.Substring(0, lastDot).Split(Separator)
                .Select(segment => SymbolNames.NamespaceSegment(SymbolNames.UpperFirst(SymbolNames.Cleanup(segment))))
                .Where(segment => segment.Length > 0);
            return string.Join(".", new[] { _modelsNamespace }.Concat(segments));
        }

        /// <summary>The deepest dotted prefix every dotted key's namespace part starts with (compared as text, as Kiota does).</summary>
        private static string CommonPrefix(IEnumerable<string> keys)
        {
            var namespaceParts = keys
                .Select(key => key.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                .Select(parts => string.Join(Separator.ToString(), parts, 0, parts.Length - 1))
                .Where(part => part.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(part => part.Count(character => character == Separator))
                .ToList();
            if (namespaceParts.Count == 0)
            {
                return string.Empty;
            }

            var candidate = string.Empty;
            foreach (var segment in namespaceParts[0].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var longer = (candidate + Separator + segment).Trim(Separators);
                if (!namespaceParts.All(part => part.StartsWith(longer, StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }

                candidate = longer;
            }

            return candidate;
        }
    }
}
