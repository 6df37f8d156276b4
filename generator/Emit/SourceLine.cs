using System.Runtime.CompilerServices;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes an interpolated line (<c>writer.WriteLine($"public {type} {name} {{ get; set; }}")</c>) straight into
    /// the writer's buffer: the emitter reads like its output, and no string is built for a line only to be copied.
    /// </summary>
    [InterpolatedStringHandler]
    internal readonly ref struct SourceLine
    {
        private readonly SourceWriter _writer;

        public SourceLine(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
        }

        public void AppendLiteral(string text) => _writer.Append(text);

        public void AppendFormatted(string? text) => _writer.Append(text);

        public void AppendFormatted(int value) => _writer.Append(value);
    }
}
