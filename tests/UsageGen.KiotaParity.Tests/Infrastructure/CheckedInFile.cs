using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// The baseline and the summary are checked-in files the tests hold the computed state to. Setting
/// <c>USAGEGEN_ACCEPT_PARITY=1</c> rewrites them instead (then review the git diff), as USAGEGEN_ACCEPT_SNAPSHOTS does for snapshots.
/// </summary>
public static class CheckedInFile
{
    public const string AcceptVariable = "USAGEGEN_ACCEPT_PARITY";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>The file's lines with line endings normalized, or none when it does not exist.</summary>
    public static IReadOnlyList<string> ReadLines(string path) =>
        File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n') : Array.Empty<string>();

    public static void Write(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Lines only in <paramref name="expected"/> (<c>-</c>) and only in <paramref name="actual"/> (<c>+</c>), at most <paramref name="limit"/> of each.</summary>
    public static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string removedHeading, string addedHeading, int limit = 100)
    {
        var removed = Without(expected, actual);
        var added = Without(actual, expected);
        var text = new StringBuilder();
        Append(removedHeading, "- ", removed);
        Append(addedHeading, "+ ", added);
        return text.ToString();

        void Append(string heading, string marker, IReadOnlyList<string> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            text.AppendLine().AppendLine($"{heading} ({lines.Count}):");
            foreach (var line in lines.Take(limit))
            {
                text.AppendLine(marker + line);
            }

            if (lines.Count > limit)
            {
                text.AppendLine($"  … and {lines.Count - limit} more");
            }
        }
    }

    /// <summary>The lines of <paramref name="from"/> not matched one for one by a line of <paramref name="other"/>.</summary>
    private static List<string> Without(IReadOnlyList<string> from, IReadOnlyList<string> other)
    {
        var remaining = other.GroupBy(line => line, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in from)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }
}
