using System;
using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>The fuzz cases themselves: enough of them, the same on every run, and each one a real change.</summary>
public sealed class FuzzCatalogTests
{
    [Fact]
    public void There_are_at_least_two_thousand_cases_and_every_group_has_some()
    {
        var counts = FuzzCatalog.Groups.ToDictionary(group => group, group => FuzzCatalog.Cases(group).Count());

        Assert.All(counts, count => Assert.True(count.Value > 0, count.Key + " has no cases"));
        Assert.True(counts.Values.Sum() >= 2000, $"only {counts.Values.Sum()} cases: " + string.Join(", ", counts.Select(count => $"{count.Key} {count.Value}")));
    }

    [Fact]
    public void Cases_are_the_same_on_every_enumeration_and_differ_from_their_seed()
    {
        var unchanged = FuzzSeed.All.SelectMany(seed => new[] { seed.Text, seed.Render(new TreeEdit()) }).ToHashSet(StringComparer.Ordinal);
        foreach (var group in FuzzCatalog.Groups)
        {
            var first = FuzzCatalog.Cases(group).ToList();
            var second = FuzzCatalog.Cases(group).ToList();

            Assert.Equal(first.Select(c => c.Description), second.Select(c => c.Description));
            Assert.Equal(first.Select(c => c.Index), Enumerable.Range(0, first.Count));

            // Texts are compared on a sample: some cases are megabytes long.
            for (var i = 0; i < first.Count; i += 23)
            {
                var text = first[i].Text();
                Assert.True(text == second[i].Text(), $"{first[i]} is not deterministic");
                Assert.False(unchanged.Contains(text), $"{first[i]} leaves its seed unchanged");
            }
        }
    }

    [Fact]
    public void A_seed_rendered_without_edits_generates_what_its_original_text_generates()
    {
        // Mutations are rendered from the parsed seed; the rendering alone must not change the description.
        foreach (var seed in FuzzSeed.All)
        {
            var original = GeneratorHarness.Run(new OpenApiInput("/fuzz/seed.yaml", seed.Text, "FuzzClient", "Fuzz"));
            var rendered = GeneratorHarness.Run(new OpenApiInput("/fuzz/seed.yaml", seed.Render(new TreeEdit()), "FuzzClient", "Fuzz"));

            Assert.Empty(original.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            Assert.Equal(original.Sources.Select(s => s.HintName), rendered.Sources.Select(s => s.HintName));
            Assert.All(original.Sources.Zip(rendered.Sources), pair => Assert.True(pair.First.SourceText.ContentEquals(pair.Second.SourceText), pair.First.HintName + " differs"));
        }
    }
}
