using System;
using System.IO;
using System.Linq;
using UsageGen.KiotaParity.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace UsageGen.KiotaParity.Tests;

/// <summary>
/// Holds our generated surface to the real Kiota CLI's on every description of the parity set, in each Kiota
/// mode. Today's differences are the checked-in baseline; any change to them, either way, fails.
/// </summary>
public sealed class KiotaParityTests(ParityFixture fixture, ITestOutputHelper output) : IClassFixture<ParityFixture>
{
    [Fact]
    public void Both_clients_compile_so_their_surfaces_can_be_compared()
    {
        var problems = fixture.Results.SelectMany(r => r.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Mismatches_are_exactly_the_baseline()
    {
        foreach (var result in fixture.Results)
        {
            output.WriteLine($"{result.Mode,-8} {result.Description.Name,-20} {result.Elapsed.TotalSeconds,6:F1} s");
        }

        output.WriteLine($"whole parity set: {fixture.Elapsed.TotalSeconds:F1} s");
        ParityBaseline.Verify(fixture.Results.SelectMany(r => r.Lines).Where(line => !DeliberateDepartures.All.Any(departure => departure.Covers(line))));
    }

    // An allowlist entry that covers nothing has outlived its reason, or its pattern no longer matches what it meant.
    [Fact]
    public void Every_deliberate_departure_covers_a_parity_line()
    {
        var lines = fixture.Results.SelectMany(r => r.Lines).ToList();

        Assert.All(DeliberateDepartures.All, departure => Assert.True(lines.Any(departure.Covers), $"'{departure}' covers no parity line."));
    }

    [Fact]
    public void Summary_document_is_current() => ParitySummary.Verify(fixture.Results);
}
