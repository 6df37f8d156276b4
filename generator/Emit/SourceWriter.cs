using System;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace UsageGen.Generator.Emit
{
    /// <summary>A small indented text writer for generated C#.</summary>
    internal sealed class SourceWriter
    {
        // Buffers larger than this are not kept: one huge file must not pin its memory for the compiler's life.
        private const int MaxCachedCapacity = 256 * 1024;

        // Emitting allocated more for buffer growth than for the text itself; a buffer per thread is reused.
        [ThreadStatic]
        private static StringBuilder? s_cachedBuilder;

        private readonly StringBuilder _builder;
        private int _indentation;

        // Where the line being written starts in the buffer (-1 before its first text), and where its text starts.
        private int _lineStart = -1;
        private int _textStart;

        /// <summary>Creates a writer; without <paramref name="documented"/>, XML doc comment lines are dropped.</summary>
        public SourceWriter(bool documented = true)
        {
            Documented = documented;
            _builder = s_cachedBuilder ?? new StringBuilder(16 * 1024);
            s_cachedBuilder = null;
        }

        public bool Documented { get; }

        public void WriteLine(string line)
        {
            Append(line);
            EndLine();
        }

        /// <summary>Writes an interpolated line without building its string first.</summary>
        public void WriteLine([InterpolatedStringHandlerArgument("")] ref SourceLine line) => EndLine();

        /// <summary>Adds text to the current line; the line's indentation is written before its first text.</summary>
        internal void Append(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            StartLine(text![0]);
            _builder.Append(text);
        }

        internal void Append(int value) => Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private void StartLine(char first)
        {
            if (_lineStart >= 0)
            {
                return;
            }

            _lineStart = _builder.Length;

            // Preprocessor directives stay in column 0, as Kiota writes them.
            if (first != '#')
            {
                _builder.Append(' ', _indentation * 4);
            }

            _textStart = _builder.Length;
        }

        private void EndLine()
        {
            if (_lineStart >= 0 && !Documented && IsDocComment())
            {
                _builder.Length = _lineStart;
            }
            else
            {
                _builder.Append('\n');
            }

            _lineStart = -1;
        }

        private bool IsDocComment() =>
            _builder.Length - _textStart >= 3 && _builder[_textStart] == '/' && _builder[_textStart + 1] == '/' && _builder[_textStart + 2] == '/';

        public void OpenBlock(string line)
        {
            WriteLine(line);
            WriteLine("{");
            _indentation++;
        }

        /// <summary>Writes an interpolated line and opens a block under it.</summary>
        public void OpenBlock([InterpolatedStringHandlerArgument("")] ref SourceLine line)
        {
            EndLine();
            WriteLine("{");
            _indentation++;
        }

        public void OpenBlock()
        {
            WriteLine("{");
            _indentation++;
        }

        public void CloseBlock(string suffix = "")
        {
            _indentation--;
            WriteLine("}" + suffix);
        }

        /// <summary>
        /// The written file as compiler text. Roslyn keeps a text longer than its large-object-heap limit (40,960
        /// characters) in chunks when it reads it from a reader, so a large file such as a client's model readers never
        /// becomes one string: each such string cost a full garbage collection every few generator runs.
        /// </summary>
        public SourceText ToSourceText()
        {
            if (_indentation != 0)
            {
                throw new InvalidOperationException("Unbalanced blocks in generated source.");
            }

            var text = SourceText.From(new StringBuilderReader(_builder), _builder.Length, Encoding.UTF8);
            if (_builder.Capacity <= MaxCachedCapacity)
            {
                _builder.Clear();
                s_cachedBuilder = _builder;
            }

            return text;
        }
    }
}
