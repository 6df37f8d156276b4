using System;
using System.Collections.Generic;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A mapping with scalar keys, in document order, with lookup by key.</summary>
    internal sealed class YamlTreeMapping : YamlTreeNode
    {
        // Most mappings have a handful of keys: a linear scan beats building a dictionary for each of them.
        internal const int IndexThreshold = 8;

        private readonly Dictionary<string, YamlTreeNode>? _byKey;

        /// <param name="entries">Entries with distinct keys (the tree builder keeps the first of a repeated key and reports the others).</param>
        public YamlTreeMapping(string path, YamlPosition start, YamlPosition end, KeyValuePair<YamlTreeScalar, YamlTreeNode>[] entries)
            : base(path, start, end)
        {
            Entries = entries;
            if (entries.Length > IndexThreshold)
            {
                _byKey = new Dictionary<string, YamlTreeNode>(entries.Length, StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    _byKey.Add(entry.Key.Value, entry.Value);
                }
            }
        }

        /// <summary>The entries in document order, in an array of their exact number (trees are kept between runs); not to be changed.</summary>
        public KeyValuePair<YamlTreeScalar, YamlTreeNode>[] Entries { get; }

        public YamlTreeNode? this[string key]
        {
            get
            {
                if (_byKey is not null)
                {
                    return _byKey.TryGetValue(key, out var indexed) ? indexed : null;
                }

                foreach (var entry in Entries)
                {
                    if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                    {
                        return entry.Value;
                    }
                }

                return null;
            }
        }
    }
}
