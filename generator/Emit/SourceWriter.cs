using System;
using System.Text;

namespace UsageGen.Generator.Emit
{
    /// <summary>A small indented text writer for generated C#.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new(8 * 1024);
        private int _indentation;

        /// <summary>Creates a writer; without <paramref name="documented"/>, XML doc comment lines are dropped.</summary>
        public SourceWriter(bool documented = true) => Documented = documented;

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

            return _builder.ToString();
        }
    }
}
