using System.Collections.Generic;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>How much of Kiota's public surface ours has, and what it lacks.</summary>
/// <param name="KiotaTypes">Public types in Kiota's output, nested ones included.</param>
/// <param name="MatchedTypes">Of those, types ours has with the same full name, kind and bases.</param>
/// <param name="KiotaMembers">Public members of Kiota's types (properties, methods, constructors, indexers, enum members).</param>
/// <param name="MatchedMembers">Of those, members ours has with a signature Kiota-style calling code compiles against.</param>
/// <param name="Mismatches">Everything else, one entry each, sorted.</param>
public sealed record SurfaceComparison(int KiotaTypes, int MatchedTypes, int KiotaMembers, int MatchedMembers, IReadOnlyList<Mismatch> Mismatches);
