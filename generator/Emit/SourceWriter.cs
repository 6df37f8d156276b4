using System;
using System.Text;

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
            if (!Documented && line.StartsWith("///", StringComparison.Ordinal))
            {
                return;
            }

            if (line.Length == 0)
            {
                _builder.Append('\n');
                return;
            }

            // Preprocessor directives stay in column 0, as Kiota writes them.
            if (line[0] != '#')
            {
                _builder.Append(' ', _indentation * 4);
            }

            _builder.Append(line).Append('\n');
        }

        public void OpenBlock(string line)
        {
            WriteLine(line);
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

        public override string ToString()
        {
            if (_indentation != 0)
            {
                throw new InvalidOperationException("Unbalanced blocks in generated source.");
            }

            var text = _builder.ToString();
            if (_builder.Capacity <= MaxCachedCapacity)
            {
                _builder.Clear();
                s_cachedBuilder = _builder;
            }

            return text;
        }
    }
}
