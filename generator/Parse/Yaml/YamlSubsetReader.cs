using System;
using System.Text;
using System.Threading;

namespace UsageGen.Generator.Parse.Yaml
{
    /// <summary>
    /// Reads the YAML that descriptions are written in (block mappings and sequences, plain, quoted and block scalars,
    /// flow collections and JSON, comments, anchors and aliases) straight from the text into a
    /// <see cref="YamlTreeBuilder"/>, with the values and positions YamlDotNet's parser gives. It allocates little more
    /// than the tree, where YamlDotNet's scanner allocates a token and an event, each with its marks, per node.
    /// </summary>
    /// <remarks>
    /// Whatever it is not sure to read as YamlDotNet does (tags, directives, explicit keys, tabs outside scalars,
    /// several documents, multi-line keys, any error) makes it give up, and the text is read by YamlDotNet instead,
    /// which also reports what is wrong. So it has no diagnostics of its own: correct input gets the same tree either
    /// way, and incorrect input the same diagnostics. Tests compare both readers over many texts and variations of them.
    /// </remarks>
    internal sealed class YamlSubsetReader
    {
        // Deeper text is left to YamlTreeBuilder's iterative reading: this reader recurses per level.
        private const int MaxDepth = 64;

        // YAML's limit on an implicit key's length; YamlDotNet refuses longer keys.
        private const int MaxKeyLength = 1024;

        private const int MaxNodes = 20_000_000;

        // Values that need unescaping or folding are built here; one buffer per thread, kept between texts.
        [ThreadStatic]
        private static StringBuilder? s_buffer;

        private readonly string _text;
        private readonly YamlTreeBuilder _builder;
        private readonly CancellationToken _cancellationToken;
        private readonly StringBuilder _buffer;
        private int _pos;
        private int _line;
        private int _lineStart;

        // The index of the first character of the current line that is not a space, once known: a node may only start
        // there or after a separator on the same line.
        private int _lineContent = -1;
        private int _depth;
        private int _nodes;

        // Set once past the document's start: a document marker after that is outside the subset.
        private bool _inDocument;

        private YamlSubsetReader(string text, YamlTreeBuilder builder, CancellationToken cancellationToken)
        {
            _text = text;
            _builder = builder;
            _cancellationToken = cancellationToken;
            _buffer = s_buffer ?? new StringBuilder();
            s_buffer = null;
        }

        /// <summary>Reads the text's first document into the builder; false when the text is outside the subset.</summary>
        public static bool TryRead(string text, YamlTreeBuilder builder, CancellationToken cancellationToken)
        {
            var reader = new YamlSubsetReader(text, builder, cancellationToken);
            try
            {
                return reader.ReadDocument();
            }
            catch (OutsideSubsetException)
            {
                return false;
            }
            finally
            {
                if (reader._buffer.Capacity <= 4096)
                {
                    s_buffer = reader._buffer;
                }
            }
        }

        private bool ReadDocument()
        {
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                throw GiveUp();
            }

            SkipToContent(requireLineBreak: false);
            if (AtEnd)
            {
                throw GiveUp();
            }

            _inDocument = true;
            if (Column == 0 && IsDocumentMarker(_pos) && _text[_pos] == '-')
            {
                _pos += 3;
                SkipToContent(requireLineBreak: true);
                if (AtEnd)
                {
                    throw GiveUp();
                }
            }

            ReadNode(parentIndent: -1, afterKey: false);
            SkipToContent(requireLineBreak: true);
            if (!AtEnd)
            {
                throw GiveUp();
            }

            return true;
        }

        private bool AtEnd => _pos >= _text.Length;

        private int Column => _pos - _lineStart;

        private YamlPosition Position => new(_pos, _line, _pos - _lineStart);

        /// <summary>Where a block collection of the given indentation that is still open at the end of the text ends.</summary>
        /// <remarks>
        /// As in YamlDotNet's scanner: collections indented deeper than the last line's length end where the text ends;
        /// the others end at the start of a line after it, when the text does not end with a line break.
        /// </remarks>
        private YamlPosition EndOfText(int indent) => _pos == _lineStart || indent > Column ? Position : new YamlPosition(_pos, _line + 1, 0);

        private YamlPosition PositionAt(int index) => new(index, _line, index - _lineStart);

        private char Next(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

        /// <summary>Reads the node at the current position, which holds its first character.</summary>
        /// <param name="parentIndent">The indentation of the enclosing block collection; -1 at the root.</param>
        /// <param name="afterKey">The node follows a key on the key's line, where a block collection may not start.</param>
        private void ReadNode(int parentIndent, bool afterKey)
        {
            if (++_depth > MaxDepth)
            {
                throw GiveUp();
            }

            CountNode();
            string? anchor = null;
            var nodeStart = Position;
            var anchorOnKeyLine = false;
            if (_text[_pos] == '&')
            {
                anchor = ReadAnchorName();
                SkipSpaces();
                if (AtEnd || IsBreak(_pos) || _text[_pos] == '#')
                {
                    SkipToContent(requireLineBreak: false);
                    if (AtEnd || Column <= parentIndent)
                    {
                        throw GiveUp();
                    }

                    afterKey = false;
                }
                else
                {
                    anchorOnKeyLine = true;
                }
            }

            var start = Position;
            var first = _text[_pos];

            // A document that is one scalar is no description, and YamlDotNet reads those with rules of their own.
            if (parentIndent < 0 && first is '*' or '|' or '>')
            {
                throw GiveUp();
            }

            switch (first)
            {
                case '*':
                    if (anchor is not null)
                    {
                        throw GiveUp();
                    }

                    ReadAlias();
                    break;
                case '-' when IsBlankOrEnd(_pos + 1):
                    if (afterKey || anchorOnKeyLine)
                    {
                        throw GiveUp();
                    }

                    ReadBlockSequence(Column, anchor, anchor is null ? start : nodeStart);
                    break;
                case '[':
                case '{':
                    ReadFlowCollection(parentIndent, anchor, anchor is null ? start : nodeStart);
                    break;
                case '|':
                case '>':
                    ReadBlockScalar(parentIndent, anchor, anchor is null ? start : nodeStart);
                    break;
                case '"':
                case '\'':
                    var quoted = ReadQuoted(parentIndent, out var multiLine);
                    var quotedEnd = Position;
                    if (IsKeyIndicatorAfterSpaces())
                    {
                        if (afterKey || multiLine || anchorOnKeyLine || _pos - start.Index > MaxKeyLength)
                        {
                            throw GiveUp();
                        }

                        ReadBlockMapping(start.Column, anchor, anchor is null ? start : nodeStart, quoted, isPlain: false, start, quotedEnd);
                    }
                    else
                    {
                        if (parentIndent < 0)
                        {
                            throw GiveUp();
                        }

                        _builder.AddScalar(quoted, isPlain: false, anchor, anchor is null ? start : nodeStart, quotedEnd);
                    }

                    break;
                default:
                    if (!CanStartPlain(first))
                    {
                        throw GiveUp();
                    }

                    var stop = ScanPlainLine(_pos, isKey: false, out var contentEnd);
                    if (stop == PlainStop.KeyIndicator)
                    {
                        if (afterKey || anchorOnKeyLine || contentEnd - _pos > MaxKeyLength)
                        {
                            throw GiveUp();
                        }

                        var key = _text.Substring(_pos, contentEnd - _pos);
                        _pos = contentEnd;
                        ReadBlockMapping(start.Column, anchor, anchor is null ? start : nodeStart, key, isPlain: true, start, Position);
                    }
                    else
                    {
                        if (parentIndent < 0)
                        {
                            throw GiveUp();
                        }

                        ReadPlainValue(parentIndent, anchor, anchor is null ? start : nodeStart, stop, contentEnd);
                    }

                    break;
            }

            _depth--;
        }

        /// <summary>Reads a block mapping whose first key has been read; returns at the content that follows it.</summary>
        private void ReadBlockMapping(int indent, string? anchor, YamlPosition nodeStart, string key, bool isPlain, YamlPosition keyStart, YamlPosition keyEnd)
        {
            if (!_builder.Open(isMapping: true, anchor, nodeStart, keyStart))
            {
                throw GiveUp();
            }

            while (true)
            {
                _builder.AddScalar(key, isPlain, null, keyStart, keyEnd);
                SkipSpaces();

                // The key indicator.
                _pos++;
                var colonEnd = Position;
                ReadMappingValue(indent, colonEnd);

                SkipToContent(requireLineBreak: true);
                if (AtEnd)
                {
                    var end = EndOfText(indent);
                    _builder.Close(end, end);
                    return;
                }

                if (Column < indent)
                {
                    _builder.Close(Position, Position);
                    return;
                }

                if (Column > indent)
                {
                    throw GiveUp();
                }

                ReadKey(out key, out isPlain, out keyStart, out keyEnd);
            }
        }

        private void ReadKey(out string key, out bool isPlain, out YamlPosition keyStart, out YamlPosition keyEnd)
        {
            keyStart = Position;
            var first = _text[_pos];
            if (first is '"' or '\'')
            {
                key = ReadQuoted(parentIndent: int.MaxValue, out var multiLine);
                isPlain = false;
                keyEnd = Position;
                if (multiLine || !IsKeyIndicatorAfterSpaces())
                {
                    throw GiveUp();
                }
            }
            else
            {
                if (!CanStartPlain(first) || (first == '-' && IsBlankOrEnd(_pos + 1)) || ScanPlainLine(_pos, isKey: true, out var contentEnd) != PlainStop.KeyIndicator)
                {
                    throw GiveUp();
                }

                key = _text.Substring(_pos, contentEnd - _pos);
                isPlain = true;
                _pos = contentEnd;
                keyEnd = Position;
            }

            if (_pos - keyStart.Index > MaxKeyLength)
            {
                throw GiveUp();
            }

            CountNode();
        }

        /// <summary>Reads the value after a key's indicator: on the key's line, on the lines below, or empty.</summary>
        private void ReadMappingValue(int indent, YamlPosition colonEnd)
        {
            SkipSpaces();
            if (!AtEnd && !IsBreak(_pos) && _text[_pos] != '#')
            {
                ReadNode(indent, afterKey: true);
                return;
            }

            SkipToContent(requireLineBreak: false);
            if (!AtEnd && Column > indent)
            {
                ReadNode(indent, afterKey: false);
            }
            else if (!AtEnd && Column == indent && _text[_pos] == '-' && IsBlankOrEnd(_pos + 1))
            {
                // A sequence at the key's own indentation, as many descriptions write one.
                ReadBlockSequence(indent, null, Position, indentless: true);
            }
            else
            {
                CountNode();
                _builder.AddScalar(string.Empty, isPlain: true, null, colonEnd, colonEnd);
            }
        }

        /// <summary>Reads a block sequence whose first entry indicator is at the current position.</summary>
        private void ReadBlockSequence(int indent, string? anchor, YamlPosition nodeStart, bool indentless = false)
        {
            if (!_builder.Open(isMapping: false, anchor, nodeStart, nodeStart))
            {
                throw GiveUp();
            }

            while (true)
            {
                _pos++;
                var dashEnd = Position;
                SkipSpaces();
                if (!AtEnd && !IsBreak(_pos) && _text[_pos] != '#')
                {
                    ReadNode(indent, afterKey: false);
                }
                else
                {
                    SkipToContent(requireLineBreak: false);
                    if (!AtEnd && Column > indent)
                    {
                        ReadNode(indent, afterKey: false);
                    }
                    else
                    {
                        CountNode();
                        _builder.AddScalar(string.Empty, isPlain: true, null, dashEnd, dashEnd);
                    }
                }

                SkipToContent(requireLineBreak: true);
                if (AtEnd)
                {
                    var end = EndOfText(indent);
                    _builder.Close(end, end);
                    return;
                }

                var isEntry = _text[_pos] == '-' && IsBlankOrEnd(_pos + 1);
                if (Column == indent && isEntry)
                {
                    continue;
                }

                if (Column < indent || (indentless && Column == indent))
                {
                    _builder.Close(Position, Position);
                    return;
                }

                throw GiveUp();
            }
        }

        private void ReadAlias()
        {
            var start = Position;
            _pos++;
            var name = ReadName();
            _builder.AddAlias(name, start, Position);
            if (IsKeyIndicatorAfterSpaces())
            {
                throw GiveUp();
            }
        }

        /// <summary>Reads <c>&amp;name</c> and returns the name.</summary>
        private string ReadAnchorName()
        {
            _pos++;
            return ReadName();
        }

        private string ReadName()
        {
            var start = _pos;
            while (!AtEnd && (char.IsLetterOrDigit(_text[_pos]) && _text[_pos] < 0x80 || _text[_pos] is '-' or '_'))
            {
                _pos++;
            }

            if (_pos == start || !IsBlankOrEnd(_pos))
            {
                throw GiveUp();
            }

            return _text.Substring(start, _pos - start);
        }

        /// <summary>Reads a plain scalar whose first line has been scanned, with the lines that continue it.</summary>
        private void ReadPlainValue(int parentIndent, string? anchor, YamlPosition start, PlainStop stop, int contentEnd)
        {
            if (stop != PlainStop.LineBreak || !TryFindContinuation(parentIndent, contentEnd, out _, out _))
            {
                var value = _text.Substring(_pos, contentEnd - _pos);
                _pos = contentEnd;
                _builder.AddScalar(value, isPlain: true, anchor, start, Position);
                return;
            }

            // Lines are folded: one line break becomes a space, each further one a line feed.
            var buffer = _buffer.Clear();
            buffer.Append(_text, _pos, contentEnd - _pos);
            while (stop == PlainStop.LineBreak && TryFindContinuation(parentIndent, contentEnd, out var breaks, out var next))
            {
                // Move to the continuation line, counting the lines passed.
                _pos = contentEnd;
                while (_pos < next)
                {
                    if (_text[_pos] == '\n')
                    {
                        _line++;
                        _lineStart = _pos + 1;
                    }

                    _pos++;
                }

                if (breaks == 1)
                {
                    buffer.Append(' ');
                }
                else
                {
                    buffer.Append('\n', breaks - 1);
                }

                stop = ScanPlainLine(_pos, isKey: false, out contentEnd);
                if (stop == PlainStop.KeyIndicator)
                {
                    throw GiveUp();
                }

                buffer.Append(_text, _pos, contentEnd - _pos);
            }

            _pos = contentEnd;
            _builder.AddScalar(buffer.ToString(), isPlain: true, anchor, start, Position);
        }

        /// <summary>
        /// Whether the plain scalar whose line ends at <paramref name="contentEnd"/> goes on at a later line, and where:
        /// a line indented deeper than the parent, after any number of empty lines, that is not a comment.
        /// </summary>
        private bool TryFindContinuation(int parentIndent, int contentEnd, out int breaks, out int next)
        {
            breaks = 0;
            next = contentEnd;
            var index = contentEnd;
            while (index < _text.Length && _text[index] == ' ')
            {
                index++;
            }

            while (true)
            {
                if (index >= _text.Length)
                {
                    return false;
                }

                var c = _text[index];
                if (c == '\r' && index + 1 < _text.Length && _text[index + 1] == '\n')
                {
                    index++;
                    c = '\n';
                }

                if (c != '\n')
                {
                    break;
                }

                breaks++;
                index++;
                var lineStart = index;
                while (index < _text.Length && _text[index] == ' ')
                {
                    index++;
                }

                if (index >= _text.Length)
                {
                    return false;
                }

                c = _text[index];
                if (c is '\n' or '\r')
                {
                    continue;
                }

                if (c == '\t' || !IsText(index))
                {
                    throw GiveUp();
                }

                var column = index - lineStart;
                if (column <= parentIndent || c == '#')
                {
                    return false;
                }

                if (column == 0 && IsDocumentMarker(index))
                {
                    throw GiveUp();
                }

                next = index;
                return true;
            }

            // Something other than a line break after the scalar's text on its line: a comment ends it.
            return false;
        }

        /// <summary>Scans one line of a plain scalar in block context from <paramref name="from"/>.</summary>
        /// <param name="isKey">The scalar is at a key's place in a mapping already open, where YamlDotNet reads a word that starts with <c>*</c> in another way.</param>
        /// <param name="contentEnd">Where the scalar's text on this line ends: after its last character that is not a space.</param>
        private PlainStop ScanPlainLine(int from, bool isKey, out int contentEnd)
        {
            var text = _text;
            var index = from;
            contentEnd = from;

            // As in YamlDotNet: in a word that starts with '*' (after a space, or at the start of a continuation line), a
            // ':' before a space does not end the scalar, unless the scalar is at a key's place (those are left to it).
            var aliasWord = text[from] == '*';
            if (aliasWord && isKey)
            {
                throw GiveUp();
            }

            while (index < text.Length)
            {
                var c = text[index];
                if (c == ' ')
                {
                    index++;
                    aliasWord = index < text.Length && text[index] == '*';
                    if (aliasWord && isKey)
                    {
                        throw GiveUp();
                    }

                    continue;
                }

                if (c == ':' && !aliasWord && IsBlankOrEnd(index + 1))
                {
                    return PlainStop.KeyIndicator;
                }

                if (c == '#' && text[index - 1] == ' ')
                {
                    return PlainStop.Comment;
                }

                if (c == '\n' || (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n'))
                {
                    return PlainStop.LineBreak;
                }

                if (!IsText(index))
                {
                    throw GiveUp();
                }

                index++;
                contentEnd = index;
            }

            return PlainStop.End;
        }

        /// <summary>Reads a single- or double-quoted scalar; the position is left after its closing quote.</summary>
        /// <param name="parentIndent">Continuation lines must be indented deeper than this.</param>
        private string ReadQuoted(int parentIndent, out bool multiLine)
        {
            var quote = _text[_pos];
            var contentStart = _pos + 1;
            var index = contentStart;
            multiLine = false;

            // Most quoted scalars have no escape and no line break: their value is a substring.
            while (index < _text.Length)
            {
                var c = _text[index];
                if (c == quote)
                {
                    if (quote == '\'' && index + 1 < _text.Length && _text[index + 1] == '\'')
                    {
                        break;
                    }

                    _pos = index + 1;
                    return _text.Substring(contentStart, index - contentStart);
                }

                if (c == '\\' && quote == '"' || c == '\n' || c == '\r')
                {
                    break;
                }

                if (c != '\t' && !IsText(index))
                {
                    throw GiveUp();
                }

                index++;
            }

            return ReadQuotedSlowly(quote, parentIndent, out multiLine);
        }

        /// <summary>Reads a quoted scalar with escapes or line breaks, folding lines as YAML does.</summary>
        private string ReadQuotedSlowly(char quote, int parentIndent, out bool multiLine)
        {
            var buffer = _buffer.Clear();
            multiLine = false;
            _pos++;
            while (true)
            {
                // The characters of one line up to the closing quote, a line break or a space.
                var escapedBreak = false;
                while (true)
                {
                    if (AtEnd)
                    {
                        throw GiveUp();
                    }

                    var c = _text[_pos];
                    if (c == ' ' || c == '\t' || IsBreak(_pos))
                    {
                        break;
                    }

                    if (c == quote)
                    {
                        if (quote == '\'' && Next(1) == '\'')
                        {
                            buffer.Append('\'');
                            _pos += 2;
                            continue;
                        }

                        _pos++;
                        return buffer.ToString();
                    }

                    if (c == '\\' && quote == '"')
                    {
                        if (IsBreak(_pos + 1))
                        {
                            _pos++;
                            escapedBreak = true;
                            break;
                        }

                        ReadEscape(buffer);
                        continue;
                    }

                    if (!IsText(_pos))
                    {
                        throw GiveUp();
                    }

                    buffer.Append(c);
                    _pos++;
                }

                // Spaces, then any line breaks with the indentation that follows them.
                var spacesStart = _pos;
                while (!AtEnd && _text[_pos] is ' ' or '\t')
                {
                    _pos++;
                }

                if (!escapedBreak && !IsBreak(_pos))
                {
                    // Spaces inside the line are kept.
                    buffer.Append(_text, spacesStart, _pos - spacesStart);
                    continue;
                }

                var breaks = 0;
                while (IsBreak(_pos))
                {
                    ConsumeBreak();
                    breaks++;
                    while (!AtEnd && _text[_pos] is ' ' or '\t')
                    {
                        _pos++;
                    }
                }

                multiLine = true;
                if (AtEnd || Column <= parentIndent || (Column == 0 && IsDocumentMarker(_pos)))
                {
                    throw GiveUp();
                }

                if (escapedBreak)
                {
                    buffer.Append('\n', breaks - 1);
                }
                else if (breaks == 1)
                {
                    buffer.Append(' ');
                }
                else
                {
                    buffer.Append('\n', breaks - 1);
                }
            }
        }

        private void ReadEscape(StringBuilder buffer)
        {
            var code = Next(1);
            _pos += 2;
            switch (code)
            {
                case '0': buffer.Append('\0'); return;
                case 'a': buffer.Append('\a'); return;
                case 'b': buffer.Append('\b'); return;
                case 't':
                case '\t': buffer.Append('\t'); return;
                case 'n': buffer.Append('\n'); return;
                case 'v': buffer.Append('\v'); return;
                case 'f': buffer.Append('\f'); return;
                case 'r': buffer.Append('\r'); return;
                case 'e': buffer.Append('\x1B'); return;
                case ' ': buffer.Append(' '); return;
                case '"': buffer.Append('"'); return;
                case '/': buffer.Append('/'); return;
                case '\\': buffer.Append('\\'); return;
                case 'N': buffer.Append('\x85'); return;
                case '_': buffer.Append('\xA0'); return;
                case 'L': buffer.Append('\u2028'); return;
                case 'P': buffer.Append('\u2029'); return;
                case 'x': buffer.Append((char)ReadHex(2)); return;
                case 'u':
                    buffer.Append((char)ReadHex(4));
                    return;
                case 'U':
                    var codePoint = ReadHex(8);
                    if (codePoint > 0x10FFFF)
                    {
                        throw GiveUp();
                    }

                    buffer.Append(char.ConvertFromUtf32(codePoint));
                    return;
                default:
                    throw GiveUp();
            }
        }

        /// <summary>Reads a code point's hex digits; lone surrogates are left to YamlDotNet, which reports them.</summary>
        private int ReadHex(int digits)
        {
            var value = 0;
            for (var i = 0; i < digits; i++)
            {
                var c = AtEnd ? '\0' : _text[_pos];
                int digit = c switch
                {
                    >= '0' and <= '9' => c - '0',
                    >= 'a' and <= 'f' => c - 'a' + 10,
                    >= 'A' and <= 'F' => c - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    throw GiveUp();
                }

                value = (value << 4) | digit;
                _pos++;
            }

            if (value is >= 0xD800 and <= 0xDFFF)
            {
                throw GiveUp();
            }

            return value;
        }

        /// <summary>Reads a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar; returns at the start of the line that ends it.</summary>
        private void ReadBlockScalar(int parentIndent, string? anchor, YamlPosition nodeStart)
        {
            var literal = _text[_pos] == '|';
            _pos++;
            var chomping = 0;
            var increment = 0;
            for (var i = 0; i < 2 && !AtEnd; i++)
            {
                var c = _text[_pos];
                if (c is '+' or '-' && chomping == 0)
                {
                    chomping = c == '+' ? 1 : -1;
                    _pos++;
                }
                else if (c is >= '1' and <= '9' && increment == 0)
                {
                    increment = c - '0';
                    _pos++;
                }
            }

            SkipSpaces();
            if (!AtEnd && _text[_pos] == '#')
            {
                if (_text[_pos - 1] != ' ')
                {
                    throw GiveUp();
                }

                SkipComment();
            }

            if (!IsBreak(_pos))
            {
                throw GiveUp();
            }

            ConsumeBreak();
            var indent = increment > 0 ? (parentIndent >= 0 ? parentIndent + increment : increment) : 0;
            var buffer = _buffer.Clear();
            var trailingBreaks = 0;
            var end = ScanBlockBreaks(ref indent, parentIndent, ref trailingBreaks, first: true, literal);
            var leadingBreak = false;
            var leadingBlank = false;
            while (Column == indent && !AtEnd)
            {
                var trailingBlank = _text[_pos] is ' ' or '\t';
                if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
                {
                    if (trailingBreaks == 0)
                    {
                        buffer.Append(' ');
                    }
                }
                else if (leadingBreak)
                {
                    buffer.Append('\n');
                }

                leadingBreak = false;
                buffer.Append('\n', trailingBreaks);
                trailingBreaks = 0;
                leadingBlank = trailingBlank;

                var lineStart = _pos;
                while (!AtEnd && !IsBreak(_pos))
                {
                    var c = _text[_pos];
                    if (c != '\t' && !IsText(_pos))
                    {
                        throw GiveUp();
                    }

                    _pos++;
                }

                buffer.Append(_text, lineStart, _pos - lineStart);
                if (!AtEnd)
                {
                    ConsumeBreak();
                    leadingBreak = true;
                }

                end = ScanBlockBreaks(ref indent, parentIndent, ref trailingBreaks, first: false, literal);
            }

            if (chomping != -1 && leadingBreak)
            {
                buffer.Append('\n');
            }

            if (chomping == 1)
            {
                buffer.Append('\n', trailingBreaks);
            }

            // Back to the start of the line that ended the scalar, so that it is read as the next content.
            if (!AtEnd || _pos == _lineStart)
            {
                _pos = _lineStart;
            }

            if (Column == 0 && !AtEnd && IsDocumentMarker(_pos))
            {
                throw GiveUp();
            }

            _builder.AddScalar(buffer.ToString(), isPlain: false, anchor, nodeStart, end);
        }

        /// <summary>Skips the empty lines and indentation before a block scalar's next line, counting the line breaks.</summary>
        /// <returns>Where the scalar ends if no further line belongs to it: the start of the current line.</returns>
        private YamlPosition ScanBlockBreaks(ref int indent, int parentIndent, ref int trailingBreaks, bool first, bool literal)
        {
            var maxIndent = 0;
            var end = Position;
            var firstLineBlank = false;
            while (true)
            {
                while ((indent == 0 || Column < indent) && !AtEnd && _text[_pos] == ' ')
                {
                    _pos++;
                }

                if (Column > maxIndent)
                {
                    maxIndent = Column;
                }

                if (!AtEnd && _text[_pos] == '\t' && (indent == 0 || Column < indent))
                {
                    throw GiveUp();
                }

                if (first && trailingBreaks == 0)
                {
                    // YamlDotNet refuses a first line of more than one space and nothing else in a literal scalar, or of
                    // more spaces than the indentation given (YamlTreeBuilder repairs the first).
                    var blankEnd = _pos;
                    while (blankEnd < _text.Length && _text[blankEnd] == ' ')
                    {
                        blankEnd++;
                    }

                    if (blankEnd >= _text.Length || (IsBreak(blankEnd) && ((literal && blankEnd - _lineStart > 1) || blankEnd != _pos)))
                    {
                        throw GiveUp();
                    }

                    firstLineBlank = IsBreak(blankEnd);
                }

                if (!IsBreak(_pos))
                {
                    break;
                }

                ConsumeBreak();
                trailingBreaks++;
                end = Position;
            }

            // YamlDotNet refuses empty lines, after an empty first line, longer than the first line with text.
            if (!literal && firstLineBlank && maxIndent > Column)
            {
                throw GiveUp();
            }

            if (indent == 0)
            {
                indent = Math.Max(maxIndent, Math.Max(parentIndent + 1, 1));
            }

            return end;
        }

        /// <summary>Reads a flow sequence or mapping (JSON among them); the position is left after its closing bracket.</summary>
        private void ReadFlowCollection(int blockIndent, string? anchor, YamlPosition nodeStart)
        {
            if (++_depth > MaxDepth)
            {
                throw GiveUp();
            }

            var isMapping = _text[_pos] == '{';
            var closer = isMapping ? '}' : ']';
            if (!_builder.Open(isMapping, anchor, nodeStart, nodeStart))
            {
                throw GiveUp();
            }

            _pos++;
            SkipFlowSpace(blockIndent);
            if (AtEnd)
            {
                throw GiveUp();
            }

            if (_text[_pos] == closer)
            {
                _builder.Close(Position, Position);
                _pos++;
                _depth--;
                return;
            }

            while (true)
            {
                if (isMapping)
                {
                    ReadFlowKey(blockIndent);
                    SkipFlowSpace(blockIndent);
                    if (AtEnd || _text[_pos] is ',' or '}')
                    {
                        throw GiveUp();
                    }
                }

                ReadFlowValue(blockIndent);
                SkipFlowSpace(blockIndent);
                if (AtEnd)
                {
                    throw GiveUp();
                }

                var c = _text[_pos];
                if (c == ',')
                {
                    _pos++;
                    SkipFlowSpace(blockIndent);
                    if (AtEnd)
                    {
                        throw GiveUp();
                    }

                    if (_text[_pos] != closer)
                    {
                        continue;
                    }
                }
                else if (c != closer)
                {
                    throw GiveUp();
                }

                _builder.Close(Position, Position);
                _pos++;
                _depth--;
                return;
            }
        }

        /// <summary>Reads a flow mapping's key and its indicator, on one line.</summary>
        private void ReadFlowKey(int blockIndent)
        {
            var start = Position;
            var first = _text[_pos];
            string key;
            bool isPlain;
            if (first is '"' or '\'')
            {
                key = ReadQuoted(parentIndent: int.MaxValue, out var multiLine);
                isPlain = false;
                if (multiLine)
                {
                    throw GiveUp();
                }
            }
            else
            {
                if (!CanStartPlain(first) || ScanFlowPlain(out var contentEnd) != ':')
                {
                    throw GiveUp();
                }

                key = _text.Substring(_pos, contentEnd - _pos);
                isPlain = true;
                _pos = contentEnd;
            }

            var end = Position;
            if (_pos - start.Index > MaxKeyLength)
            {
                throw GiveUp();
            }

            SkipSpaces();
            if (AtEnd || _text[_pos] != ':')
            {
                throw GiveUp();
            }

            _pos++;
            CountNode();
            _builder.AddScalar(key, isPlain, null, start, end);
        }

        private void ReadFlowValue(int blockIndent)
        {
            var first = _text[_pos];
            if (first is '[' or '{')
            {
                CountNode();
                ReadFlowCollection(blockIndent, null, Position);
                return;
            }

            CountNode();
            var start = Position;
            if (first is '"' or '\'')
            {
                var value = ReadQuoted(parentIndent: int.MaxValue, out var multiLine);
                if (multiLine)
                {
                    throw GiveUp();
                }

                _builder.AddScalar(value, isPlain: false, null, start, Position);
                return;
            }

            if (!CanStartPlain(first) || ScanFlowPlain(out var contentEnd) == ':')
            {
                throw GiveUp();
            }

            var plain = _text.Substring(_pos, contentEnd - _pos);
            _pos = contentEnd;
            _builder.AddScalar(plain, isPlain: true, null, start, Position);
        }

        /// <summary>Scans a one-line plain scalar in a flow collection; returns the character it stopped at (<c>:</c> for a key's indicator).</summary>
        private char ScanFlowPlain(out int contentEnd)
        {
            var index = _pos;
            contentEnd = index;
            while (index < _text.Length)
            {
                var c = _text[index];
                switch (c)
                {
                    case ' ':
                        index++;
                        if (index < _text.Length && _text[index] == '*')
                        {
                            throw GiveUp();
                        }

                        continue;
                    case ',' or '[' or ']' or '{' or '}':
                        return c;
                    case ':':
                        if (!IsBlankOrEnd(index + 1))
                        {
                            throw GiveUp();
                        }

                        return c;
                    case '#' when _text[index - 1] == ' ':
                    case '\n':
                    case '\r':
                        return c;
                }

                if (!IsText(index))
                {
                    throw GiveUp();
                }

                index++;
                contentEnd = index;
            }

            return '\0';
        }

        /// <summary>
        /// Skips spaces, line breaks and comments between the parts of a flow collection. A line whose content is not
        /// indented deeper than the enclosing block is outside the subset: YamlDotNet refuses some of those.
        /// </summary>
        private void SkipFlowSpace(int blockIndent)
        {
            while (!AtEnd)
            {
                var c = _text[_pos];
                if (c == ' ')
                {
                    _pos++;
                }
                else if (IsBreak(_pos))
                {
                    ConsumeBreak();
                    if (IsDocumentMarker(_pos))
                    {
                        throw GiveUp();
                    }
                }
                else if (c == '#' && (_pos == _lineStart || _text[_pos - 1] == ' '))
                {
                    SkipComment();
                }
                else if (c is '\t' or '\r' || (_pos - _lineStart <= blockIndent && IsIndentation(_lineStart, _pos)))
                {
                    throw GiveUp();
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>
        /// Moves past spaces, comments and empty lines to the next content. With <paramref name="requireLineBreak"/>, that
        /// content must begin a line: what follows a complete node on its own line is outside the subset.
        /// </summary>
        private void SkipToContent(bool requireLineBreak)
        {
            var atLineStart = _pos == _lineStart || _pos == _lineContent;
            while (true)
            {
                SkipSpaces();
                if (AtEnd)
                {
                    return;
                }

                var c = _text[_pos];
                if (c == '#')
                {
                    if (_pos != _lineStart && _text[_pos - 1] != ' ')
                    {
                        throw GiveUp();
                    }

                    SkipComment();
                    continue;
                }

                if (IsBreak(_pos))
                {
                    ConsumeBreak();
                    atLineStart = true;
                    continue;
                }

                if ((requireLineBreak && !atLineStart) || c == '\r' || (_inDocument && Column == 0 && IsDocumentMarker(_pos)))
                {
                    throw GiveUp();
                }

                if (atLineStart)
                {
                    _lineContent = _pos;
                }

                return;
            }
        }

        /// <summary>Whether only spaces stand between <paramref name="from"/> and <paramref name="to"/>.</summary>
        private bool IsIndentation(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (_text[i] != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        private void SkipSpaces()
        {
            while (!AtEnd)
            {
                var c = _text[_pos];
                if (c == ' ')
                {
                    _pos++;
                }
                else if (c == '\t')
                {
                    throw GiveUp();
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipComment()
        {
            while (!AtEnd && _text[_pos] is not '\n' and not '\r')
            {
                if (_text[_pos] != '\t' && !IsText(_pos))
                {
                    throw GiveUp();
                }

                _pos++;
            }
        }

        private void ConsumeBreak()
        {
            _pos += _text[_pos] == '\r' ? 2 : 1;
            _line++;
            _lineStart = _pos;
        }

        /// <summary>A line break: a line feed, or a carriage return and a line feed (a lone carriage return is left to YamlDotNet).</summary>
        private bool IsBreak(int index) =>
            index < _text.Length && (_text[index] == '\n' || (_text[index] == '\r' && index + 1 < _text.Length && _text[index + 1] == '\n'));

        private bool IsBlankOrEnd(int index) => index >= _text.Length || _text[index] == ' ' || IsBreak(index) || (_text[index] == '\t' ? throw GiveUp() : false);

        private bool IsKeyIndicatorAfterSpaces()
        {
            var index = _pos;
            while (index < _text.Length && _text[index] == ' ')
            {
                index++;
            }

            return index < _text.Length && _text[index] == ':' && IsBlankOrEnd(index + 1);
        }

        private bool IsDocumentMarker(int index) =>
            index + 2 < _text.Length
            && ((_text[index] == '-' && _text[index + 1] == '-' && _text[index + 2] == '-') || (_text[index] == '.' && _text[index + 1] == '.' && _text[index + 2] == '.'))
            && (index + 3 >= _text.Length || _text[index + 3] is ' ' or '\t' or '\n' or '\r');

        /// <summary>A character that may begin a plain scalar here; indicators and a leading <c>-</c> before a space are left to the callers.</summary>
        private bool CanStartPlain(char c) => !IsIndicator(c) || (c == '-' && !IsBlankOrEnd(_pos + 1) && _text[_pos + 1] is not (',' or '[' or ']' or '{' or '}'));

        private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

        /// <summary>
        /// A character YamlDotNet reads as text everywhere. Others (controls, the Unicode line separators, surrogates,
        /// byte order marks, tabs where they are not content) are left to YamlDotNet.
        /// </summary>
        private static bool IsPrintable(char c) =>
            c >= ' ' && (c < 0x7F || (c >= 0xA0 && (c < 0x2028 || (c > 0x2029 && (c < 0xD800 || (c >= 0xE000 && c != 0xFEFF && c < 0xFFFE))))));

        /// <summary>Whether the character at <paramref name="index"/> is text: printable, or half of a surrogate pair.</summary>
        private bool IsText(int index)
        {
            var c = _text[index];
            return IsPrintable(c)
                || (char.IsHighSurrogate(c) && index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]))
                || (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(_text[index - 1]));
        }

        private void CountNode()
        {
            if ((++_nodes & 0xFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (_nodes > MaxNodes)
                {
                    throw GiveUp();
                }
            }
        }

        /// <summary>What is thrown to leave the text to YamlDotNet.</summary>
        private static Exception GiveUp() => OutsideSubsetException.Instance;

        /// <summary>Where a plain scalar's line stops.</summary>
        private enum PlainStop
        {
            /// <summary>At <c>: </c>: the scalar is a key.</summary>
            KeyIndicator,

            /// <summary>At a comment.</summary>
            Comment,

            /// <summary>At a line break: the next lines may continue it.</summary>
            LineBreak,

            /// <summary>At the end of the text.</summary>
            End,
        }

        /// <summary>Thrown, once made, to leave the text to YamlDotNet.</summary>
        private sealed class OutsideSubsetException : Exception
        {
            public static readonly OutsideSubsetException Instance = new();
        }
    }
}
