using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace UsageGen.Benchmarks;

/// <summary>
/// The item metadata MSBuild would pass: every additional file opts in with a client name and namespace, or only
/// <paramref name="markedPath"/> when it is given, as for a description kept as several files, whose other files
/// are plain AdditionalFiles items.
/// </summary>
internal sealed class OptInOptionsProvider(string clientClassName, string clientNamespace, string? markedPath = null) : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new(new Dictionary<string, string>());

    private readonly Options _optIn = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.UsageGenOpenApi"] = "true",
        ["build_metadata.AdditionalFiles.UsageGenClientClassName"] = clientClassName,
        ["build_metadata.AdditionalFiles.UsageGenClientNamespace"] = clientNamespace,
    });

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        markedPath is null || textFile.Path == markedPath ? _optIn : None;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
