using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// An AdditionalFiles item a description's relative <c>$ref</c>s may reach. Its text is read only when a reference
    /// reaches it, and it compares by the item's identity, which the compiler keeps while the file is unchanged.
    /// </summary>
    internal sealed class AvailableFile : IEquatable<AvailableFile>
    {
        private readonly object _gate = new();
        private FileTree? _tree;

        public AvailableFile(string path, AdditionalText text)
        {
            Path = path;
            Text = text;
            NormalizedPath = ReferencePath.Normalize(path);
        }

        public string Path { get; }

        /// <summary>The path as <see cref="ReferencePath.Normalize"/> spells it, worked out once for the item's life.</summary>
        public string NormalizedPath { get; }

        public AdditionalText Text { get; }

        /// <summary>
        /// The file's YAML tree, built the first time a reference reaches it. The compiler hands the next run this same
        /// object while the item is unchanged, so editing one file of a description does not parse the others again.
        /// </summary>
        public FileTree Tree(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                return _tree ??= FileTree.Read(Path, Text, cancellationToken);
            }
        }

        public bool Equals(AvailableFile? other) =>
            other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && ReferenceEquals(Text, other.Text);

        public override bool Equals(object? obj) => Equals(obj as AvailableFile);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);
    }
}
