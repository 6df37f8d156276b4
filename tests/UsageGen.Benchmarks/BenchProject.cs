using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UsageGen.Benchmarks;

/// <summary>
/// The small project the generation benchmarks compile in: one user file and the references a project using the
/// generated client has, plus two edited versions of that file, alternated so that every rerun sees an edit.
/// </summary>
internal static class BenchProject
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Create()
    {
        var references = new[]
        {
            typeof(object).Assembly.Location,
            typeof(Microsoft.Kiota.Abstractions.IRequestAdapter).Assembly.Location,
            typeof(Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory).Assembly.Location,
        }.Select(location => (MetadataReference)MetadataReference.CreateFromFile(location)).ToArray();
        return CSharpCompilation.Create("Bench", new[] { Tree("public class Unrelated { }") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public static CSharpCompilation[] UnrelatedEdits(CSharpCompilation compilation) => new[]
    {
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), Tree("public class Unrelated { public int A => 1; }")),
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), Tree("public class Unrelated { public int B => 2; }")),
    };

    private static SyntaxTree Tree(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Unrelated.cs");
}
