using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Runs one fuzz case through the generator the way the compiler would, and judges the result: nothing may
/// escape the driver, the run must end within <see cref="CaseTimeout"/>, and the output must either carry a
/// UGEN error or compile.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>A hang detector, not a speed target: real descriptions take milliseconds.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Compiling is bounded separately: a huge but legitimate output may take a while.</summary>
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromSeconds(120);

    // Generators get no bigger stack than a 1 MB thread (the Windows default), so a recursion that would
    // overflow a compiler thread there fails here too; it must stay a diagnostic, never a crash.
    private const int StackSize = 1024 * 1024;

    private const string Path = "/fuzz/description.yaml";

    private static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions();

    private static readonly Lazy<CSharpCompilation> Compilation = new(() => GeneratorHarness.CreateCompilation(ParseOptions));

    // Many mutations produce the same code, or code differing only in doc comments; each is compiled once.
    private static readonly ConcurrentDictionary<string, Lazy<string?>> CompileErrors = new(StringComparer.Ordinal);

    /// <summary>Runs the cases in parallel, one per core; verdicts come back in case order.</summary>
    public static List<FuzzVerdict> RunAll(IEnumerable<FuzzCase> cases)
    {
        var verdicts = new ConcurrentBag<FuzzVerdict>();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fuzzCase => verdicts.Add(Run(fuzzCase)));
        return verdicts.OrderBy(verdict => verdict.Case.Index).ToList();
    }

    public static FuzzVerdict Run(FuzzCase fuzzCase)
    {
        string text;
        try
        {
            text = fuzzCase.Text();
        }
        catch (Exception ex)
        {
            return Fail(fuzzCase, "building the case failed (a bug in the test): " + Describe(ex));
        }

        var input = new OpenApiInput(Path, text, "FuzzClient", "Fuzz");
        GeneratorDriver? driver = null;
        Compilation? output = null;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        Exception? escaped = null;
        using var cancellation = new CancellationTokenSource(CaseTimeout);
        var thread = new Thread(
            () =>
            {
                try
                {
                    driver = GeneratorHarness.CreateDriver(ParseOptions, input).RunGeneratorsAndUpdateCompilation(Compilation.Value, out output, out diagnostics, cancellation.Token);
                }
                catch (Exception ex)
                {
                    escaped = ex;
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "fuzz " + fuzzCase.Group + " #" + fuzzCase.Index,
        };
        thread.Start();

        // The token cancels a slow run; the join bound catches a run that ignores the token.
        if (!thread.Join(CaseTimeout + TimeSpan.FromSeconds(20)))
        {
            return Fail(fuzzCase, $"hang: still running {CaseTimeout.TotalSeconds + 20:0} s after it started, ignoring cancellation");
        }

        if (escaped is OperationCanceledException)
        {
            return Fail(fuzzCase, $"hang: not finished within {CaseTimeout.TotalSeconds:0} s (cancelled)");
        }

        if (escaped is not null)
        {
            return Fail(fuzzCase, "an exception escaped the driver: " + Describe(escaped));
        }

        var result = driver!.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            return Fail(fuzzCase, "the generator threw: " + Describe(exception));
        }

        var ugenErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("UGEN", StringComparison.Ordinal)).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (ugenErrors.Count > 0)
        {
            return new FuzzVerdict(fuzzCase, "reported " + string.Join("+", ugenErrors), null);
        }

        var key = Fingerprint(result.GeneratedSources);
        var errors = CompileErrors.GetOrAdd(key, _ => new Lazy<string?>(() => CompileErrorsOf(output!))).Value;
        return errors is null
            ? new FuzzVerdict(fuzzCase, $"compiled ({result.GeneratedSources.Length} files)", null)
            : Fail(fuzzCase, "no UGEN error, yet the output does not compile: " + errors);
    }

    private static string? CompileErrorsOf(Compilation output)
    {
        using var cancellation = new CancellationTokenSource(CompileTimeout);
        try
        {
            var errors = output.GetDiagnostics(cancellation.Token).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            return errors.Count == 0 ? null : $"{errors.Count} errors, first: " + string.Join(" | ", errors.Take(3).Select(d => Shorten(d.ToString(), 400)));
        }
        catch (OperationCanceledException)
        {
            return $"compiling the output took longer than {CompileTimeout.TotalSeconds:0} s";
        }
    }

    /// <summary>
    /// A hash of the generated code without its doc-comment lines: those can only change warnings, and only
    /// errors are judged. Lines are split where C# splits them, so text that escapes a comment still counts.
    /// </summary>
    private static string Fingerprint(ImmutableArray<GeneratedSourceResult> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            Append(hash, source.HintName.AsSpan());
            Append(hash, "\n\0".AsSpan());
            var text = source.SourceText.ToString().AsSpan();
            while (text.Length > 0)
            {
                var end = text.IndexOfAny("\r\n\u0085\u2028\u2029".AsSpan());
                var line = end < 0 ? text : text.Slice(0, end + 1);
                if (!line.TrimStart().StartsWith("///".AsSpan(), StringComparison.Ordinal))
                {
                    Append(hash, line);
                }

                text = text.Slice(line.Length);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, ReadOnlySpan<char> text) => hash.AppendData(MemoryMarshal.AsBytes(text));

    private static FuzzVerdict Fail(FuzzCase fuzzCase, string problem) => new(fuzzCase, "failed", problem);

    private static string Describe(Exception exception)
    {
        var frames = (exception.StackTrace ?? string.Empty).Split('\n').Select(frame => frame.Trim()).Where(frame => frame.Length > 0).Take(4);
        return $"{exception.GetType().Name}: {Shorten(exception.Message, 300)} {string.Join(" / ", frames)}";
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "…";
}
