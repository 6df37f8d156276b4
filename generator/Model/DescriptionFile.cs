using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// One OpenAPI description opted in through AdditionalFiles, read into plain values so that nothing
    /// from Roslyn travels further down the pipeline.
    /// </summary>
    internal sealed record DescriptionFile(string Path, string? Content, ClientOptions Options, EquatableArray<DiagnosticInfo> Diagnostics);
}
