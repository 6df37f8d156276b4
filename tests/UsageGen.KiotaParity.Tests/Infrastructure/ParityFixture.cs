using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// Runs the whole parity set once per test run: for each description and mode, Kiota (into a temporary folder,
/// deleted afterwards) and our generator with the matching metadata, then the comparison and the calling program.
/// </summary>
public sealed class ParityFixture : IDisposable
{
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "usagegen-parity-" + Guid.NewGuid().ToString("N"));

    public ParityFixture()
    {
        var stopwatch = Stopwatch.StartNew();
        var pairs = ParitySet.Descriptions.SelectMany(d => KiotaMode.All.Select(mode => (Description: d, Mode: mode))).ToList();
        var results = new ConcurrentBag<ParityResult>();
        try
        {
            // Kiota's run is a second process and compiling is CPU-bound: one pair per core keeps both busy.
            Parallel.ForEach(pairs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pair =>
                results.Add(Run(pair.Description, pair.Mode)));
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor failed.
            Dispose();
            throw;
        }

        Results = results
            .OrderBy(r => ParitySet.Descriptions.ToList().IndexOf(r.Description))
            .ThenBy(r => KiotaMode.All.ToList().IndexOf(r.Mode))
            .ToList();
        Elapsed = stopwatch.Elapsed;
    }

    /// <summary>One result per description and mode, in the parity set's order, <c>--ebc</c> first.</summary>
    public IReadOnlyList<ParityResult> Results { get; }

    public TimeSpan Elapsed { get; }

    public void Dispose()
    {
        if (Directory.Exists(_workDirectory))
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
    }

    private static CSharpParseOptions KiotaParseOptions { get; } =
        // Kiota declares nullable members under this symbol only; net10.0 defines it.
        GeneratorHarness.ParseOptions().WithPreprocessorSymbols("NETCOREAPP3_1_OR_GREATER");

    /// <summary>The files beside a multi-file root, as a project's glob item would add them: unmarked.</summary>
    private static IEnumerable<OpenApiInput> ReferencedFiles(ParityDescription description, string root) =>
        description.MultiFile
            ? Directory.EnumerateFiles(Path.GetDirectoryName(root)!, "*.*", SearchOption.AllDirectories)
                .Where(file => file != root && (file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)))
                .OrderBy(file => file, StringComparer.Ordinal)
                .Select(file => new OpenApiInput(file, File.ReadAllText(file), OptIn: false))
            : Enumerable.Empty<OpenApiInput>();

    private ParityResult Run(ParityDescription description, KiotaMode mode)
    {
        var stopwatch = Stopwatch.StartNew();
        var output = Path.Combine(_workDirectory, description.Name + "-" + mode.Label);
        KiotaCli.Generate(description, mode, output);
        var kiota = CompileKiotaOutput(output);

        var path = Path.Combine(RepositoryPaths.Root, description.RelativePath);
        var root = new OpenApiInput(path, File.ReadAllText(path), description.ClientClassName, description.ClientNamespace, BackwardCompatible: mode.BackwardCompatible, BackingStore: mode.BackingStore, TypeAccessModifier: mode.TypeAccessModifier, AdditionalData: mode.AdditionalData);
        var ours = GeneratorHarness.Run(new[] { root }.Concat(ReferencedFiles(description, path)).ToArray());
        var ourCompilation = ours.OutputCompilation;
        var problems = Errors(ours.GeneratorDiagnostics).Select(d => $"{mode} {description}: our generator reports {d}")
            .Concat(Errors(ourCompilation.GetDiagnostics()).Select(d => $"{mode} {description}: our client does not compile: {d}"))
            .ToList();

        var caller = CallingProgram.Write(kiota, mode.Internal);
        // Against Kiota's own client the calling program must compile: otherwise it measures itself, not ours.
        problems.AddRange(CallerErrors(caller, kiota, mode).Select(d => $"{mode} {description}: the calling program does not compile against Kiota's client: {d}"));
        var callerErrors = CallerErrors(caller, ourCompilation, mode).Count;

        var kiotaErrors = Errors(kiota.GetDiagnostics()).Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToList();
        // A client that does not compile at all can have thousands of errors; the first few tell what broke.
        var firstProblems = problems.Take(20).ToList();
        return new ParityResult(description, mode, SurfaceComparer.Compare(kiota, ourCompilation, mode.Internal), kiotaErrors, callerErrors, firstProblems, stopwatch.Elapsed);
    }

    private static Compilation CompileKiotaOutput(string directory)
    {
        // Sorted, so the compilation (and so every listing derived from it) does not depend on the file system's order.
        var trees = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), KiotaParseOptions, path: Path.GetRelativePath(directory, path)));
        return GeneratorHarness.CreateCompilation(KiotaParseOptions).AddSyntaxTrees(trees).WithAssemblyName("KiotaClient");
    }

    /// <summary>
    /// The calling program's compile errors: built as a separate assembly referencing the client, or, for an internal
    /// client, inside the client's own assembly (the only code that reaches it), counting only the program's errors.
    /// </summary>
    private static IReadOnlyList<Diagnostic> CallerErrors(string source, Compilation client, KiotaMode mode)
    {
        if (!mode.Internal)
        {
            var separate = GeneratorHarness.CreateCompilation(GeneratorHarness.ParseOptions(), source)
                .WithAssemblyName("KiotaCaller")
                .AddReferences(client.ToMetadataReference());
            return Errors(separate.GetDiagnostics()).ToList();
        }

        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions(), path: "KiotaCaller.cs");
        return Errors(client.AddSyntaxTrees(tree).GetDiagnostics()).Where(d => d.Location.SourceTree == tree).ToList();
    }

    private static IEnumerable<Diagnostic> Errors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
