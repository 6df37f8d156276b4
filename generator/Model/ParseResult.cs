using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// The outcome of parsing one description: the client to emit (if anything could be generated) and
    /// every diagnostic found on the way. Source is emitted from <see cref="Client"/> alone, so a change
    /// that only moves diagnostics does not re-emit code.
    /// </summary>
    internal sealed record ParseResult(ClientSpec? Client, EquatableArray<DiagnosticInfo> Diagnostics);
}
