using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace UsageGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks with Verify's file conventions, so a later move to Verify.Xunit is one change:
/// <c>{name}.verified.cs</c> is the reviewed, committed snapshot; on a mismatch <c>{name}.received.cs</c>
/// is written beside it and the failure shows a line diff. Set <c>USAGEGEN_ACCEPT_SNAPSHOTS=1</c> to
/// write the received text as the new verified snapshot (then review the git diff). The generator's version in
/// <c>[GeneratedCode]</c> is scrubbed to <c>{version}</c>, as Verify's scrubbers would, so a version bump rewrites no
/// snapshot; <see cref="GeneratorVersionTests"/> checks the real value.
/// </summary>
internal static class SnapshotVerifier
{
    public const string AcceptVariable = "USAGEGEN_ACCEPT_SNAPSHOTS";

    private static readonly string ProjectDirectory = typeof(SnapshotVerifier).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "UsageGenTestProjectDirectory").Value!;

    /// <summary>The snapshot folder of a group (one generated client per group).</summary>
    public static string SnapshotDirectory(string group) => Path.Combine(ProjectDirectory, "Snapshots", group);

    public static IEnumerable<string> VerifiedNames(string group) =>
        Directory.Exists(SnapshotDirectory(group))
            ? Directory.EnumerateFiles(SnapshotDirectory(group), "*.verified.cs").Select(path => Path.GetFileName(path)[..^".verified.cs".Length])
            : Enumerable.Empty<string>();

    public static void Verify(string group, string name, string actual)
    {
        var directory = SnapshotDirectory(group);
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var normalized = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, normalized);
        throw new XunitException(expected is null
            ? $"No verified snapshot for '{name}'. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} (or rerun with {AcceptVariable}=1)."
            : $"Snapshot '{name}' differs from {Path.GetFileName(verifiedPath)}; received text written to {receivedPath}.{Environment.NewLine}{Diff(expected, normalized)}");
    }

    private static readonly Regex GeneratedCodeVersion = new(@"GeneratedCode\(""UsageGen"", ""[^""]*""\)", RegexOptions.CultureInvariant);

    private static string Normalize(string text) =>
        GeneratedCodeVersion.Replace(text.TrimStart('\uFEFF').Replace("\r\n", "\n"), @"GeneratedCode(""UsageGen"", ""{version}"")");

    /// <summary>A compact line diff: the first differing region with a little context.</summary>
    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var start = 0;
        while (start < left.Length && start < right.Length && left[start] == right[start])
        {
            start++;
        }

        var endLeft = left.Length - 1;
        var endRight = right.Length - 1;
        while (endLeft >= start && endRight >= start && left[endLeft] == right[endRight])
        {
            endLeft--;
            endRight--;
        }

        var builder = new StringBuilder();
        builder.AppendLine($"@@ line {start + 1} @@");
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            builder.AppendLine("  " + left[i]);
        }

        for (var i = start; i <= endLeft && i < start + 40; i++)
        {
            builder.AppendLine("- " + left[i]);
        }

        for (var i = start; i <= endRight && i < start + 40; i++)
        {
            builder.AppendLine("+ " + right[i]);
        }

        return builder.ToString();
    }
}
