using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Parse.Yaml;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// What reading one referenced file gave: its YAML tree (null when it is unreadable or not YAML) and the
    /// diagnostics that reading reported, which every parse that reaches the file reports again.
    /// </summary>
    internal sealed class FileTree
    {
        private FileTree(bool isEmpty, YamlTreeNode? root, IReadOnlyList<DiagnosticInfo> diagnostics)
        {
            IsEmpty = isEmpty;
            Root = root;
            Diagnostics = diagnostics;
        }

        /// <summary>The file could not be read, or holds nothing but white space.</summary>
        public bool IsEmpty { get; }

        public YamlTreeNode? Root { get; }

        public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

        public static FileTree Read(string path, AdditionalText text, CancellationToken cancellationToken)
        {
            var content = text.GetText(cancellationToken)?.ToString();
            if (content is null || string.IsNullOrWhiteSpace(content))
            {
                return new FileTree(isEmpty: true, null, new DiagnosticInfo[0]);
            }

            var diagnostics = new List<DiagnosticInfo>();
            var root = YamlTreeBuilder.Build(path, content, diagnostics, cancellationToken);
            return new FileTree(isEmpty: false, root, diagnostics);
        }
    }
}
