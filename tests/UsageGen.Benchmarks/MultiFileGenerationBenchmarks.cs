using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Benchmarks;

/// <summary>
/// What the generator costs a build when the description is kept as many files joined by relative <c>$ref</c>s,
/// against the floor of loading every file's YAML: a cold run, the rerun after one referenced file is edited (the
/// generator must notice the edit through the file's identity and read the description again) and the rerun after
/// an unrelated C# edit.
/// Runs under the server collector, as generators do: <c>csc</c> and <c>VBCSCompiler</c> set <c>System.GC.Server</c> in
/// their <c>runtimeconfig.json</c>. <c>--envVars DOTNET_gcServer:0</c> measures under the default collector instead.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class MultiFileGenerationBenchmarks
{
    /// <summary>The schema file the edit benchmark changes: one that paths and other schemas refer to.</summary>
    private const int EditedSchema = 3;

    private string[] _texts = Array.Empty<string>();
    private AdditionalText[] _additionalTexts = Array.Empty<AdditionalText>();
    private AdditionalText[] _editedFile = Array.Empty<AdditionalText>();
    private OptInOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation[] _edited = Array.Empty<CSharpCompilation>();
    private GeneratorDriver _driver = null!;
    private int _edits;

    /// <summary>Path files, of four operations each.</summary>
    private const int Resources = 40;

    /// <summary>Schema files; with the root, the path files and three files of shared fragments, 164 files in all.</summary>
    private const int Schemas = 120;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticMultiFileDescription.Create(Resources, Schemas);
        _texts = files.Select(file => file.Value).ToArray();
        _additionalTexts = files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Key, file.Value)).ToArray();

        // Only the root is marked, as in a project: the files it reaches are plain AdditionalFiles items.
        _options = new OptInOptionsProvider("BenchClient", "Bench", SyntheticMultiFileDescription.RootPath);

        // Two versions of one schema file, alternated so that every rerun sees an edit.
        var editedPath = SyntheticMultiFileDescription.SchemaPath(EditedSchema);
        _editedFile = new[]
        {
            _additionalTexts.Single(text => text.Path == editedPath),
            new InMemoryAdditionalText(editedPath, SyntheticMultiFileDescription.Schema(EditedSchema, Schemas, edited: true)),
        };

        _compilation = BenchProject.Create();
        _edited = BenchProject.UnrelatedEdits(_compilation);
        _driver = CreateDriver().RunGenerators(_compilation);
        GeneratorRunCheck.ThrowOnErrors(_driver);

        // The edited version must read without errors too, or the edit rows would time a failing run.
        GeneratorRunCheck.ThrowOnErrors(_driver.ReplaceAdditionalText(_editedFile[0], _editedFile[1]).RunGenerators(_compilation));
        _edits = 0;
    }

    [Benchmark(Baseline = true, Description = "YamlStream.Load of every file (floor)")]
    public int LoadYaml()
    {
        var documents = 0;
        foreach (var text in _texts)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            documents += stream.Documents.Count;
        }

        return documents;
    }

    /// <summary>
    /// YamlDotNet's event parser alone over every file, which the generator reads through: shown because a large
    /// single file's <c>YamlStream</c> tree survives into older GC generations and many small files' trees do not,
    /// so the two kinds of floor cost differently per character.
    /// </summary>
    [Benchmark(Description = "YamlDotNet events only, every file")]
    public int ParseYamlEvents()
    {
        var events = 0;
        foreach (var text in _texts)
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    [Benchmark(Description = "Generate, fresh driver (cold)")]
    public int Generate() => CreateDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Rerun after one referenced file changes")]
    public int RerunAfterReferencedFileEdit()
    {
        var from = _editedFile[_edits % 2];
        var to = _editedFile[++_edits % 2];
        _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _driver.GetRunResult().GeneratedTrees.Length;
    }

    [Benchmark(Description = "Rerun after unrelated .cs edit")]
    public int RerunAfterUnrelatedEdit()
    {
        _driver = _driver.RunGenerators(_edited[_edits++ % 2]);
        return _driver.GetRunResult().GeneratedTrees.Length;
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(new[] { new OpenApiClientGenerator().AsSourceGenerator() }, _additionalTexts, BenchProject.ParseOptions, _options);
}
