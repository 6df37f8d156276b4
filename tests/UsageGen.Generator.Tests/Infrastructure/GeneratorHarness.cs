using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UsageGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="OpenApiClientGenerator"/> the way the compiler does: a real compilation referencing the
/// Kiota runtime, descriptions as AdditionalFiles with item metadata, and step tracking switched on.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly string LaunchDarklySpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "launchdarkly-usage.yaml");

    public static readonly string ConstructsSpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "constructs.yaml");

    public static readonly string Swagger2SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "swagger2.yaml");

    public static readonly string MultiFileSpecDirectory = Path.Combine(AppContext.BaseDirectory, "Specs", "multifile");

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>
    /// tests/specs/multifile: root.yaml marked, every other file an unmarked item, as a glob would add them; the
    /// root first.
    /// </summary>
    public static OpenApiInput[] MultiFile() =>
        Directory.GetFiles(MultiFileSpecDirectory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(MultiFileSpecDirectory, file).Replace('\\', '/'))
            .OrderBy(relative => relative == "root.yaml" ? 0 : 1).ThenBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => relative == "root.yaml"
                ? new OpenApiInput(MultiFilePath(relative), File.ReadAllText(Path.Combine(MultiFileSpecDirectory, relative)), "MultiFileClient", "MultiFile")
                : new OpenApiInput(MultiFilePath(relative), File.ReadAllText(Path.Combine(MultiFileSpecDirectory, relative)), OptIn: false))
            .ToArray();

    public static string MultiFilePath(string relative) => "/repo/tests/specs/multifile/" + relative;

    public static OpenApiInput LaunchDarkly(string? yaml = null) =>
        new("/repo/spec/launchdarkly-usage.yaml", yaml ?? File.ReadAllText(LaunchDarklySpecPath), "LaunchDarklyUsageClient", "UsageGen.LaunchDarkly");

    public static OpenApiInput Constructs() =>
        new("/repo/tests/specs/constructs.yaml", File.ReadAllText(ConstructsSpecPath), "ConstructsClient", "Constructs");

    public static OpenApiInput Swagger2(string? yaml = null) =>
        new("/repo/tests/specs/swagger2.yaml", yaml ?? File.ReadAllText(Swagger2SpecPath), "Swagger2Client", "Swagger2");

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(CSharpParseOptions? parseOptions = null, params string[] sources)
    {
        var options = parseOptions ?? ParseOptions();
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"Source{i}.cs"));
        return CSharpCompilation.Create(
            "GeneratedClientTests",
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: options.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                // MSBuild suppresses these reference-unification notes too.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
    }

    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, params OpenApiInput[] inputs) =>
        CreateDriver(parseOptions, out _, inputs);

    /// <summary>Creates a driver and hands back the AdditionalFiles items, so a test can replace one.</summary>
    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, out AdditionalText[] texts, params OpenApiInput[] inputs) =>
        CreateDriver(parseOptions, out texts, null, inputs);

    /// <summary>As a project whose directory (MSBuild's ProjectDir) is <paramref name="projectDirectory"/> would run it.</summary>
    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, out AdditionalText[] texts, string? projectDirectory, params OpenApiInput[] inputs)
    {
        texts = inputs.Select(input => (AdditionalText)new InMemoryAdditionalText(input.Path, input.Yaml)).ToArray();
        var options = new TestAnalyzerConfigOptionsProvider(inputs.ToDictionary(input => input.Path, input => input.Metadata), projectDirectory);
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and returns its result and the compilation with the output added.</summary>
    public static GeneratorOutcome Run(params OpenApiInput[] inputs) => Run(ParseOptions(), inputs);

    public static GeneratorOutcome Run(CSharpParseOptions parseOptions, params OpenApiInput[] inputs)
    {
        var compilation = CreateCompilation(parseOptions);
        var driver = CreateDriver(parseOptions, inputs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The test host's trusted platform assemblies plus the Kiota runtime the generated code calls.
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var kiota = new[]
        {
            typeof(Microsoft.Kiota.Abstractions.IRequestAdapter).Assembly.Location,
            typeof(Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Text.TextParseNodeFactory).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Form.FormParseNodeFactory).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriterFactory).Assembly.Location,
            typeof(Std.UriTemplate).Assembly.Location,
        };
        return platform.Concat(kiota).Distinct(StringComparer.Ordinal)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
