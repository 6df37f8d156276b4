using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// One OpenAPI description opted in through AdditionalFiles, read into plain values so that nothing
    /// from Roslyn travels further down the pipeline. <see cref="ProjectDirectory"/> (when MSBuild passes it) lets a
    /// diagnostic name a missing referenced file as the project's AdditionalFiles item would.
    /// </summary>
    internal sealed record DescriptionFile(string Path, string? Content, ClientOptions Options, EquatableArray<DiagnosticInfo> Diagnostics, string? ProjectDirectory);
}
