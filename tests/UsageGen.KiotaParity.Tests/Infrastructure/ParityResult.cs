using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>The outcome for one description in one Kiota mode.</summary>
/// <param name="Comparison">The two public surfaces compared.</param>
/// <param name="KiotaErrors">Compile errors of Kiota's own client: a Kiota bug, listed in the baseline so that a change shows.</param>
/// <param name="CallingProgramErrors">Compile errors of the program touching all of Kiota's surface, built against ours.</param>
/// <param name="Problems">Anything that makes the comparison meaningless (a client that does not compile); must be empty.</param>
/// <param name="Elapsed">Time spent on this pair: both generators and all compilations.</param>
public sealed record ParityResult(ParityDescription Description, KiotaMode Mode, SurfaceComparison Comparison, IReadOnlyList<string> KiotaErrors, int CallingProgramErrors, IReadOnlyList<string> Problems, TimeSpan Elapsed)
{
    /// <summary>The baseline's lines for this pair: mode, description, then the mismatch.</summary>
    public IEnumerable<string> Lines =>
        Comparison.Mismatches.Select(mismatch => mismatch.ToString())
            .Concat(KiotaErrors.Select(error => "Kiota's client does not compile  " + error))
            .Select(line => $"{Mode.Label} {Description.Name}  {line}");
}
