using System;
using System.Collections.Generic;
using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Parse
{
    /// <summary>The AdditionalFiles items by their normalized path, for the files a description's <c>$ref</c>s name.</summary>
    internal sealed class ReferencedFiles
    {
        private readonly Dictionary<string, AvailableFile> _byPath = new(StringComparer.Ordinal);

        // Windows and macOS file systems ignore case: a reference that differs from the item only in case still finds it.
        private readonly Dictionary<string, AvailableFile> _byPathIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

        public ReferencedFiles(EquatableArray<AvailableFile> files)
        {
            foreach (var file in files)
            {
                var path = file.NormalizedPath;
                if (!_byPath.ContainsKey(path))
                {
                    _byPath.Add(path, file);
                }

                if (!_byPathIgnoringCase.ContainsKey(path))
                {
                    _byPathIgnoringCase.Add(path, file);
                }
            }
        }

        public AvailableFile? Find(string normalizedPath) =>
            _byPath.TryGetValue(normalizedPath, out var file) || _byPathIgnoringCase.TryGetValue(normalizedPath, out file) ? file : null;
    }
}
