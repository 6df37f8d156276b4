using System;
using System.Collections.Generic;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A mapping with scalar keys, in document order, with lookup by key.</summary>
    internal sealed class YamlTreeMapping : YamlTreeNode
    {
        // Most mappings have a handful of keys: a linear scan beats building a dictionary for each of them.
        private const int IndexThreshold = 8;

        private Dictionary<string, YamlTreeNode>? _byKey;

        public YamlTreeMapping(string path, YamlPosition start)
            : base(path, start, start)
        {
        }

        public List<KeyValuePair<YamlTreeScalar, YamlTreeNode>> Entries { get; } = new();

        /// <summary>Adds an entry; returns false (keeping the first) when the key is already present.</summary>
        public bool TryAdd(YamlTreeScalar key, YamlTreeNode value)
        {
            if (this[key.Value] is not null)
            {
                return false;
            }

            Entries.Add(new KeyValuePair<YamlTreeScalar, YamlTreeNode>(key, value));
            if (_byKey is not null)
            {
                _byKey.Add(key.Value, value);
            }
            else if (Entries.Count > IndexThreshold)
            {
                _byKey = new Dictionary<string, YamlTreeNode>(Entries.Count * 2, StringComparer.Ordinal);
                foreach (var entry in Entries)
                {
                    _byKey.Add(entry.Key.Value, entry.Value);
                }
            }

            return true;
        }

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
