using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using UsageGen.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>
    /// Builds a <see cref="YamlTreeNode"/> tree from YamlDotNet's event stream, iteratively: YamlDotNet's own
    /// representation model loads recursively and a deeply nested file would overflow the compiler's stack,
    /// which no catch block can handle. Aliases share the anchored node instead of copying it, so alias
    /// "bombs" stay small; nesting depth and size are bounded; duplicate keys are reported, the first kept.
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        /// <summary>Deeper nesting than this is refused; real descriptions stay far below it.</summary>
        public const int MaxDepth = 512;

        private const int MaxEvents = 20_000_000;

        // Each repair reads the text again; a description with more such blocks than this is reported as it stands.
        private const int MaxRepairs = 64;

        private readonly string _path;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, YamlTreeNode> _anchors = new(StringComparer.Ordinal);

        // One frame per nesting level, reused for every node opened at that level: the entries and items gather in the
        // frame's lists, and each node gets an array of its exact size when it closes. The frames are kept per thread
        // between files, since most files open the same few levels.
        [ThreadStatic]
        private static List<Frame>? s_cachedFrames;

        private readonly List<Frame> _frames;
        private int _depth;
        private YamlTreeNode? _root;

        // Set when YamlDotNet stopped at a block scalar whose first lines hold only spaces (see BlankLeadingSpaceLines).
        private int? _blockScalarStart;

        private YamlTreeBuilder(string path, List<DiagnosticInfo> diagnostics)
        {
            _path = path;
            _diagnostics = diagnostics;
            _frames = s_cachedFrames ?? new List<Frame>();
            s_cachedFrames = null;
        }

        /// <summary>The first document's root node, or null (with a diagnostic) when the text is not usable YAML.</summary>
        /// <remarks>
        /// Most descriptions are read by <see cref="YamlSubsetReader"/>, several times faster than YamlDotNet's parser; a
        /// text it does not read exactly as YamlDotNet would (tags, explicit keys, tabs, errors and more) is read by
        /// YamlDotNet, so the tree and the diagnostics are the same either way.
        /// </remarks>
        public static YamlTreeNode? Build(string path, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken) =>
            TryBuildFromSubset(path, content, diagnostics, cancellationToken, out var root)
                ? root
                : BuildFromYamlDotNet(path, content, diagnostics, cancellationToken);

        /// <summary>
        /// Reads the text with <see cref="YamlSubsetReader"/>; false, adding nothing to <paramref name="diagnostics"/>,
        /// when the text is outside the subset it reads.
        /// </summary>
        internal static bool TryBuildFromSubset(string path, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, out YamlTreeNode? root)
        {
            var own = new List<DiagnosticInfo>();
            var builder = new YamlTreeBuilder(path, own);
            try
            {
                if (!YamlSubsetReader.TryRead(content, builder, cancellationToken))
                {
                    root = null;
                    return false;
                }
            }
            finally
            {
                builder.ReleaseFrames();
            }

            diagnostics.AddRange(own);
            root = builder._root;
            return true;
        }

        /// <summary>Reads the text with YamlDotNet's parser, which reads all of YAML and reports what is wrong with a text.</summary>
        internal static YamlTreeNode? BuildFromYamlDotNet(string path, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            for (var repairs = 0; ; repairs++)
            {
                var own = new List<DiagnosticInfo>();
                var builder = new YamlTreeBuilder(path, own);
                YamlTreeNode? root;
                try
                {
                    root = builder.Run(content, cancellationToken);
                }
                finally
                {
                    builder.ReleaseFrames();
                }

                if (builder._blockScalarStart is { } line && repairs < MaxRepairs && BlankLeadingSpaceLines(ref content, line))
                {
                    continue;
                }

                diagnostics.AddRange(own);
                return root;
            }
        }

        /// <summary>
        /// YamlDotNet 16.3 rejects a block scalar (<c>example: |+</c>) whose first lines hold only spaces ("found extra
        /// spaces in first line"), which libyaml, PyYAML and Kiota read: those lines are empty in the value either way, so
        /// they are blanked and the text read again. Line numbers, and so every diagnostic position, stay the same.
        /// </summary>
        /// <param name="line">The 1-based line YamlDotNet stopped at: the block's first line with text.</param>
        private static bool BlankLeadingSpaceLines(ref string content, int line)
        {
            var lines = content.Split('\n');
            var changed = false;
            for (var index = line - 2; index >= 0 && index < lines.Length && lines[index].Length > 0 && lines[index].Trim(' ', '\r').Length == 0; index--)
            {
                lines[index] = lines[index].EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty;
                changed = true;
            }

            content = string.Join("\n", lines);
            return changed;
        }

        private YamlTreeNode? Run(string content, CancellationToken cancellationToken)
        {
            var scanner = new Scanner(new StringReader(content));
            var parser = new Parser(scanner);
            var events = 0;
            try
            {
                while (parser.MoveNext())
                {
                    if ((++events & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (events > MaxEvents)
                    {
                        Report(DiagnosticDescriptors.DescriptionTooLarge, parser.Current!.Start, parser.Current.End, $"The description has more than {MaxEvents:N0} YAML nodes; split it or remove unused parts");
                        return null;
                    }

                    if (!Handle(parser.Current!))
                    {
                        return _root;
                    }
                }
            }
            catch (YamlException ex)
            {
                if (ex.Message.IndexOf("found extra spaces in first line", StringComparison.Ordinal) >= 0)
                {
                    _blockScalarStart = (int)Math.Min(ex.Start.Line, int.MaxValue);
                }

                Report(DiagnosticDescriptors.InvalidYaml, ex.Start, ex.End, System.IO.Path.GetFileName(_path), ex.InnerException is null ? ex.Message : ex.Message + " " + ex.InnerException.Message);
                return null;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                // YamlDotNet throws these instead of a YamlException for unterminated structures and bad escapes.
                Report(DiagnosticDescriptors.InvalidYaml, scanner.CurrentPosition, scanner.CurrentPosition, System.IO.Path.GetFileName(_path), ex is ArgumentException
                    ? "an escape sequence here is not a valid character (a lone or reversed surrogate pair?)"
                    : "the YAML ends inside an unfinished structure (an unclosed bracket, brace or quote?)");
                return null;
            }

            return _root;
        }

        /// <summary>Processes one event; false stops reading (first document complete, or a fatal problem).</summary>
        private bool Handle(ParsingEvent parsingEvent)
        {
            switch (parsingEvent)
            {
                case MappingStart start:
                    return Open(isMapping: true, AnchorOf(start.Anchor), Position(start.Start), Position(start.End));
                case SequenceStart start:
                    return Open(isMapping: false, AnchorOf(start.Anchor), Position(start.Start), Position(start.End));
                case MappingEnd or SequenceEnd:
                    Close(Position(parsingEvent.Start), Position(parsingEvent.End));
                    return true;
                case Scalar scalar:
                    AddScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, AnchorOf(scalar.Anchor), Position(scalar.Start), Position(scalar.End));
                    return true;
                case AnchorAlias alias:
                    AddAlias(alias.Value.Value, Position(alias.Start), Position(alias.End));
                    return true;
                case DocumentEnd:
                    return _root is null;
                default:
                    return true;
            }
        }

        /// <summary>Opens a mapping or sequence; false (with a diagnostic) when it is nested too deeply to read.</summary>
        internal bool Open(bool isMapping, string? anchor, YamlPosition start, YamlPosition end)
        {
            if (_depth >= MaxDepth)
            {
                Report(DiagnosticDescriptors.DescriptionTooLarge, start, end, $"The YAML is nested deeper than {MaxDepth} levels here; flatten it (move nested schemas to components and use $ref)");
                _root = null;
                return false;
            }

            if (_depth == _frames.Count)
            {
                _frames.Add(new Frame());
            }

            _frames[_depth++].Open(isMapping, start, anchor);
            return true;
        }

        /// <summary>Closes the innermost open mapping or sequence; <paramref name="end"/> is where its node ends.</summary>
        internal void Close(YamlPosition start, YamlPosition end)
        {
            var frame = _frames[--_depth];
            var closed = frame.Close(_path, end);
            if (frame.Anchor is { } anchor)
            {
                _anchors[anchor] = closed;
            }

            Attach(closed, start, end);
        }

        internal void AddScalar(string value, bool isPlain, string? anchor, YamlPosition start, YamlPosition end)
        {
            var node = new YamlTreeScalar(_path, value, isPlain, start, end);
            if (anchor is not null)
            {
                _anchors[anchor] = node;
            }

            Attach(node, start, end);
        }

        internal void AddAlias(string name, YamlPosition start, YamlPosition end)
        {
            if (!_anchors.TryGetValue(name, out var target))
            {
                // An alias may only name an anchor completed before it, so a node can never contain itself.
                Report(DiagnosticDescriptors.InvalidYaml, start, end, System.IO.Path.GetFileName(_path), $"the alias *{name} names no anchor defined before it (or the node that contains it)");
                target = new YamlTreeScalar(_path, string.Empty, isPlain: true, start, end);
            }

            Attach(target, start, end);
        }

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        /// <summary>Gives the frames back for the next file, dropping what frames left open by an error still hold.</summary>
        private void ReleaseFrames()
        {
            for (var i = 0; i < _depth; i++)
            {
                _frames[i].Clear();
            }

            _depth = 0;
            s_cachedFrames = _frames;
        }

        private void Attach(YamlTreeNode node, YamlPosition start, YamlPosition end)
        {
            if (_depth == 0)
            {
                _root ??= node;
                return;
            }

            var parent = _frames[_depth - 1];
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
            }
            else if (parent.PendingKey is null && !parent.SkipValue)
            {
                if (node is YamlTreeScalar key)
                {
                    parent.PendingKey = key;
                }
                else
                {
                    Report(DiagnosticDescriptors.NonScalarMappingKey, start, end, "A mapping key that is not a scalar", "the entry was ignored");
                    parent.SkipValue = true;
                }
            }
            else
            {
                if (parent.PendingKey is { } pendingKey && !parent.TryAddEntry(pendingKey, node))
                {
                    Report(DiagnosticDescriptors.InvalidYaml, pendingKey.Start, pendingKey.End, System.IO.Path.GetFileName(_path), $"the key '{Shorten(pendingKey.Value)}' appears twice in this mapping; the first value is used");
                }

                parent.PendingKey = null;
                parent.SkipValue = false;
            }
        }

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

        private static YamlPosition Position(Mark mark) =>
            new((int)Math.Min(int.MaxValue, Math.Max(0, mark.Index)), (int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1));

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Mark start, Mark end, params string[] arguments) =>
            Report(descriptor, Position(start), Position(end), arguments);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlPosition start, YamlPosition end, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, YamlLocation.Of(_path, start, end), arguments));

        /// <summary>An open mapping or sequence: what it holds so far, and the key waiting for its value.</summary>
        private sealed class Frame
        {
            // A frame that held more than this gives the room back, so that frames kept for the next file stay small.
            private const int MaxKeptCapacity = 1024;

            // The keys so far, once a mapping has more than a scan should cover, to find a repeated key.
            private HashSet<string>? _keys;

            public List<KeyValuePair<YamlTreeScalar, YamlTreeNode>> Entries { get; } = new();

            public List<YamlTreeNode> Items { get; } = new();

            public bool IsMapping { get; private set; }

            public YamlPosition Start { get; private set; }

            public string? Anchor { get; private set; }

            public YamlTreeScalar? PendingKey { get; set; }

            public bool SkipValue { get; set; }

            public void Open(bool isMapping, YamlPosition start, string? anchor)
            {
                IsMapping = isMapping;
                Start = start;
                Anchor = anchor;
                PendingKey = null;
                SkipValue = false;
            }

            /// <summary>Adds an entry; false (keeping the first) when the key is already present.</summary>
            public bool TryAddEntry(YamlTreeScalar key, YamlTreeNode value)
            {
                if (Entries.Count < YamlTreeMapping.IndexThreshold)
                {
                    foreach (var entry in Entries)
                    {
                        if (string.Equals(entry.Key.Value, key.Value, StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }
                }
                else
                {
                    _keys ??= new HashSet<string>(StringComparer.Ordinal);
                    if (_keys.Count == 0)
                    {
                        foreach (var entry in Entries)
                        {
                            _keys.Add(entry.Key.Value);
                        }
                    }

                    if (!_keys.Add(key.Value))
                    {
                        return false;
                    }
                }

                Entries.Add(new KeyValuePair<YamlTreeScalar, YamlTreeNode>(key, value));
                return true;
            }

            /// <summary>The node this frame built, with arrays of exact size; the frame is then ready for the next node at its level.</summary>
            public YamlTreeNode Close(string path, YamlPosition end)
            {
                YamlTreeNode node = IsMapping
                    ? new YamlTreeMapping(path, Start, end, Entries.ToArray())
                    : new YamlTreeSequence(path, Start, end, Items.ToArray());
                Clear();
                return node;
            }

            public void Clear()
            {
                Entries.Clear();
                Items.Clear();
                _keys?.Clear();
                if (Entries.Capacity > MaxKeptCapacity)
                {
                    Entries.Capacity = 0;
                    _keys = null;
                }

                if (Items.Capacity > MaxKeptCapacity)
                {
                    Items.Capacity = 0;
                }

                PendingKey = null;
                SkipValue = false;
            }
        }
    }
}
