using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit.Sdk;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>docs/kiota-parity.md: the figures per description and mode, checked in so that they are reviewable.</summary>
public static class ParitySummary
{
    public static void Verify(IReadOnlyList<ParityResult> results)
    {
        var actual = Render(results);
        var expected = CheckedInFile.ReadLines(RepositoryPaths.Summary);
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return;
        }

        if (CheckedInFile.Accepting)
        {
            CheckedInFile.Write(RepositoryPaths.Summary, actual);
            return;
        }

        throw new XunitException(
            $"{RepositoryPaths.Summary} is not current: rerun with {CheckedInFile.AcceptVariable}=1 and commit it."
            + CheckedInFile.Diff(expected, actual, "In the file", "Computed"));
    }

    public static IReadOnlyList<string> Render(IReadOnlyList<ParityResult> results)
    {
        var lines = new List<string>
        {
            "# Kiota parity",
            string.Empty,
            "<!-- Written by tests/UsageGen.KiotaParity.Tests: do not edit. To update, run",
            $"     {CheckedInFile.AcceptVariable}=1 dotnet test tests/UsageGen.KiotaParity.Tests -->",
            string.Empty,
            $"How much of the public C# surface of the real Kiota CLI ({KiotaCliVersion()}, `kiota generate -l csharp`) ours has, for each",
            "description of the parity set (the repository's own descriptions; see [tests/parity](../tests/parity/README.md) for the public set requested for shared/)",
            "in each Kiota mode: `ebc` is `--exclude-backward-compatible`, the shape we generate by default; `default` is Kiota's",
            "backward-compatible default, compared with ours generated with `UsageGenBackwardCompatible=\"true\"`; `backing-store`",
            "(`--backing-store`), `internal` (`--type-access-modifier Internal`) and `no-additional-data` (`--additional-data false`)",
            "add one option to `--ebc`, compared with ours given `UsageGenBackingStore=\"true\"`, `UsageGenTypeAccessModifier=\"Internal\"`",
            "and `UsageGenAdditionalData=\"false\"`. In the internal mode the surface is the internal types and their public members.",
            $"Both clients are compiled against the Kiota runtime {RuntimeVersion()}.",
            string.Empty,
            "- **Types**: Kiota's public types (nested ones included), and how many ours has with the same full name, kind and bases.",
            "- **Members**: their public properties, methods, constructors, indexers and enum members, and how many ours has with",
            "  a signature Kiota-style calling code compiles against (members of a missing type count as missing).",
            "- **Mismatches**: every difference found; the deliberate departures below are the only ones not in",
            "  [tests/parity/baseline.txt](../tests/parity/baseline.txt), which lists the rest, one a line.",
            "- **Calling-program errors**: compile errors of a program that touches every public type and member of Kiota's",
            "  client, built against ours (it builds against Kiota's with none).",
            "- **Kiota's own errors**: compile errors in Kiota's client itself (Kiota bugs; each is listed in the baseline too).",
            string.Empty,
            "| Description | Mode | Kiota types | Ours match | Kiota members | Ours match | Mismatches | Calling-program errors | Kiota's own errors |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => Row(r.Description.Name, r.Mode.Label, new[] { r })));
        lines.AddRange(KiotaMode.All.Select(mode => Row("**all**", mode.Label, results.Where(r => r.Mode == mode).ToList())));

        lines.Add(string.Empty);
        lines.Add("## Mismatches by category");
        lines.Add(string.Empty);
        lines.Add("| Category | " + string.Join(" | ", KiotaMode.All.Select(mode => mode.Label)) + " |");
        lines.Add("|---|" + string.Concat(KiotaMode.All.Select(_ => "---:|")));
        var categories = results.SelectMany(r => r.Comparison.Mismatches).Select(m => m.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            var counts = KiotaMode.All.Select(mode => results.Where(r => r.Mode == mode).Sum(r => r.Comparison.Mismatches.Count(m => m.Category == category)));
            lines.Add($"| {category} | " + string.Join(" | ", counts) + " |");
        }

        lines.Add(string.Empty);
        lines.Add("## Deliberate departures");
        lines.Add(string.Empty);
        lines.Add("Where ours is more exact than Kiota's on purpose (the allowlist in `DeliberateDepartures.cs`, also in the README):");
        lines.Add(string.Empty);
        lines.Add("| Departure | Why | Lines covered |");
        lines.Add("|---|---|---:|");
        var all = results.SelectMany(r => r.Lines).ToList();
        foreach (var departure in DeliberateDepartures.All)
        {
            lines.Add($"| {departure.Name} | {departure.Reason} | {all.Count(departure.Covers)} |");
        }

        return lines;
    }

    private static string Row(string description, string mode, IReadOnlyList<ParityResult> results)
    {
        var types = results.Sum(r => r.Comparison.KiotaTypes);
        var members = results.Sum(r => r.Comparison.KiotaMembers);
        return $"| {description} | {mode} | {types} | {Share(results.Sum(r => r.Comparison.MatchedTypes), types)} | {members} | {Share(results.Sum(r => r.Comparison.MatchedMembers), members)} "
            + $"| {results.Sum(r => r.Comparison.Mismatches.Count)} | {results.Sum(r => r.CallingProgramErrors)} | {results.Sum(r => r.KiotaErrors.Count)} |";
    }

    private static string Share(int part, int whole) => whole == 0 ? "0" : $"{part} ({100.0 * part / whole:F0} %)";

    private static string RuntimeVersion()
    {
        var version = typeof(Microsoft.Kiota.Abstractions.IRequestAdapter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        return "Microsoft.Kiota.Abstractions " + version.Split('+')[0];
    }

    /// <summary>The version pinned in the tool manifest, which is the one <c>dotnet kiota</c> runs.</summary>
    private static string KiotaCliVersion()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".config", "dotnet-tools.json")));
        return "Microsoft.OpenApi.Kiota " + manifest.RootElement.GetProperty("tools").GetProperty("microsoft.openapi.kiota").GetProperty("version").GetString();
    }
}
