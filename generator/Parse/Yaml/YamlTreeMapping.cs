using System;
using System.Collections.Generic;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>A mapping with scalar keys, in document order, with lookup by key.</summary>
    internal sealed class YamlTreeMapping : YamlTreeNode
    {
        private readonly Dictionary<string, YamlTreeNode> _byKey = new(StringComparer.Ordinal);

        public YamlTreeMapping(YamlPosition start)
            : base(start, start)
        {
        }

        public List<KeyValuePair<YamlTreeScalar, YamlTreeNode>> Entries { get; } = new();

        /// <summary>Adds an entry; returns false (keeping the first) when the key is already present.</summary>
        public bool TryAdd(YamlTreeScalar key, YamlTreeNode value)
        {
            if (_byKey.ContainsKey(key.Value))
            {
                return false;
            }

            _byKey.Add(key.Value, value);
            Entries.Add(new KeyValuePair<YamlTreeScalar, YamlTreeNode>(key, value));
            return true;
        }

        public YamlTreeNode? this[string key] => _byKey.TryGetValue(key, out var value) ? value : null;
    }
}
