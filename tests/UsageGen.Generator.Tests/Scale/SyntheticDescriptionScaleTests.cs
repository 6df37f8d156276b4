using System;
using System.Linq;
using System.Text.RegularExpressions;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests.Scale;

/// <summary>
/// A description far larger than any real one (1,000 operations, 2,000 schemas) generates without a UGEN
/// error and compiles cleanly, and generation is deterministic. How fast is shown by the benchmarks.
/// </summary>
public sealed class SyntheticDescriptionScaleTests(SyntheticClientFixture fixture) : IClassFixture<SyntheticClientFixture>
{
    [Fact]
    public void The_description_has_exactly_the_requested_operations_and_schemas()
    {
        var yaml = fixture.Yaml;

        Assert.Equal(SyntheticClientFixture.Operations, Regex.Matches(yaml, @"^      operationId: ", RegexOptions.Multiline).Count);
        var schemas = yaml.Substring(yaml.IndexOf("\n  schemas:\n", StringComparison.Ordinal));
        Assert.Equal(SyntheticClientFixture.Schemas, Regex.Matches(schemas, @"^    [^ ][^:]*:$", RegexOptions.Multiline).Count);
        foreach (var method in new[] { "get", "post", "put", "delete" })
        {
            Assert.Contains("\n    " + method + ":\n", yaml);
        }
    }

    [Fact]
    public void Generates_every_operation_and_schema_without_generator_diagnostics()
    {
        var outcome = fixture.Outcome;

        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics.Select(d => d.ToString()));
        var executors = outcome.Sources.Sum(source => Regex.Matches(source.SourceText.ToString(), @"public async [^\n]* \w+Async\(").Count);
        Assert.Equal(SyntheticClientFixture.Operations, executors);
        var componentTypes = outcome.Sources.Count(source => source.HintName.StartsWith(SyntheticDescription.ClientNamespace + ".Models.", StringComparison.Ordinal));
        Assert.True(componentTypes >= SyntheticClientFixture.Schemas, $"expected a model or enum per component schema, got {componentTypes} files");
    }

    [Fact]
    public void The_generated_client_compiles_without_errors_or_warnings()
    {
        var diagnostics = fixture.Outcome.CompilationDiagnostics;

        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics, first ones:\n" + string.Join("\n", diagnostics.Take(20)));
    }

    [Fact]
    public void The_same_arguments_give_the_same_text()
    {
        Assert.Equal(fixture.Yaml, SyntheticDescription.Create(SyntheticClientFixture.Operations, SyntheticClientFixture.Schemas));
        Assert.NotEqual(fixture.Yaml, SyntheticDescription.Create(SyntheticClientFixture.Operations, SyntheticClientFixture.Schemas - 1));
    }

    [Fact]
    public void Two_generator_runs_give_identical_sources()
    {
        var first = fixture.Outcome.Sources;
        var second = GeneratorHarness.Run(fixture.Input).Sources;

        Assert.Equal(first.Select(s => s.HintName), second.Select(s => s.HintName));
        for (var i = 0; i < first.Length; i++)
        {
            Assert.True(first[i].SourceText.ContentEquals(second[i].SourceText), $"{first[i].HintName} differs between runs");
        }
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(13, 7)]
    [InlineData(50, 120)]
    public void Small_descriptions_also_generate_cleanly(int operations, int schemas)
    {
        var outcome = GeneratorHarness.Run(new OpenApiInput(SyntheticDescription.Path, SyntheticDescription.Create(operations, schemas), SyntheticDescription.ClientClassName, SyntheticDescription.ClientNamespace));

        Assert.True(outcome.GeneratorDiagnostics.IsEmpty, string.Join("\n", outcome.GeneratorDiagnostics));
        Assert.True(outcome.CompilationDiagnostics.IsEmpty, string.Join("\n", outcome.CompilationDiagnostics.Take(20)));
    }
}
