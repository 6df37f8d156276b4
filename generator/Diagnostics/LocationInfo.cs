using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace UsageGen.Generator.Diagnostics
{
    /// <summary>
    /// A position in a description file, kept as plain values so it can travel through the cached pipeline
    /// and be turned back into a <see cref="Location"/> when the diagnostic is reported.
    /// </summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public Location ToLocation() => Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
    }
}
