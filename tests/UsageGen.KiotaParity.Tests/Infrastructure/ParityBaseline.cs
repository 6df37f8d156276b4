using System;
using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// tests/parity/baseline.txt: today's known mismatches, sorted, one a line. It is a ratchet: the computed list must
/// equal it exactly, so a new mismatch fails and so does a fixed one that is still listed. It can only shrink
/// unless a reviewer accepts a new entry.
/// </summary>
public static class ParityBaseline
{
    private static readonly string[] Header =
    {
        "# Known differences between Kiota 1.38's public C# surface and ours, per Kiota mode and description.",
        "# Written by tests/UsageGen.KiotaParity.Tests; the test fails on any change, in either direction.",
        "# After fixing mismatches (or, reviewed, accepting new ones): USAGEGEN_ACCEPT_PARITY=1 dotnet test tests/UsageGen.KiotaParity.Tests",
    };

    public static void Verify(IEnumerable<string> computed)
    {
        var actual = computed.OrderBy(line => line, StringComparer.Ordinal).ToList();
        var expected = CheckedInFile.ReadLines(RepositoryPaths.Baseline).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return;
        }

        if (CheckedInFile.Accepting)
        {
            CheckedInFile.Write(RepositoryPaths.Baseline, Header.Concat(actual));
            return;
        }

        throw new XunitException(
            $"The Kiota parity mismatches differ from {RepositoryPaths.Baseline}."
            + CheckedInFile.Diff(
                expected,
                actual,
                $"Fixed, but still in the baseline: remove them from the baseline (rerun with {CheckedInFile.AcceptVariable}=1 and commit the file)",
                $"New mismatches: fix them, or if intended rerun with {CheckedInFile.AcceptVariable}=1 and review the baseline's diff"));
    }
}
