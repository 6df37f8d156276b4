using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator;
using UsageGen.Generator.Tests.Scale;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Benchmarks;

/// <summary>
/// What the generator costs a build, against the floor of merely loading the description's YAML: a cold run
/// (a fresh driver, as on the first build) and the rerun after an unrelated C# edit (as on every keystroke
/// in an IDE), which should be nearly free because nothing the generator reads has changed.
/// Runs under the server collector, as generators do: <c>csc</c> and <c>VBCSCompiler</c> set <c>System.GC.Server</c> in
/// their <c>runtimeconfig.json</c>. <c>--envVars DOTNET_gcServer:0</c> measures under the default collector instead.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class GenerationBenchmarks
{
    private const string Path = "/project/openapi.yaml";

    private string _yaml = string.Empty;
    private AdditionalText[] _additionalTexts = Array.Empty<AdditionalText>();
    private OptInOptionsProvider _options = new("ApiClient", "ApiSdk");
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation[] _edited = Array.Empty<CSharpCompilation>();
    private GeneratorDriver _driver = null!;
    private int _edits;

    /// <summary>
    /// The bundled LaunchDarkly description (27 operations), the synthetic 1,000-operation, 2,000-schema one, or a
    /// Swagger 2.0 one of the same size.
    /// </summary>
    [Params("launchdarkly", "synthetic-1000x2000", "swagger2-1000x2000")]
    public string Spec { get; set; } = "launchdarkly";

    [GlobalSetup]
    public void Setup()
    {
        _yaml = Spec switch
        {
            "launchdarkly" => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Specs", "launchdarkly-usage.yaml")),
            "synthetic-1000x2000" => SyntheticDescription.Create(1000, 2000),
            "swagger2-1000x2000" => SyntheticSwagger2Description.Create(1000, 2000),
            _ => throw new InvalidOperationException($"Unknown spec '{Spec}'."),
        };
        _additionalTexts = new AdditionalText[] { new InMemoryAdditionalText(Path, _yaml) };
        _options = new OptInOptionsProvider("BenchClient", "Bench");

        _compilation = BenchProject.Create();
        _edited = BenchProject.UnrelatedEdits(_compilation);
        _driver = CreateDriver().RunGenerators(_compilation);
        GeneratorRunCheck.ThrowOnErrors(_driver);
        _edits = 0;
    }

    [Benchmark(Baseline = true, Description = "YamlStream.Load (floor)")]
    public YamlStream LoadYaml()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_yaml));
        return stream;
    }

    /// <summary>
    /// YamlDotNet's event parser alone, which the generator reads through (it builds its own tree so that deep
    /// nesting cannot overflow the stack): the part of the floor that no YAML-reading generator can avoid.
    /// </summary>
    [Benchmark(Description = "YamlDotNet events only")]
    public int ParseYamlEvents()
    {
        var parser = new Parser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    [Benchmark(Description = "Generate, fresh driver")]
    public int Generate()
    {
        var result = CreateDriver().RunGenerators(_compilation).GetRunResult();
        return result.GeneratedTrees.Length;
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
