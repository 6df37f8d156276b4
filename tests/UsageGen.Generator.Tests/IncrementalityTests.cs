using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>The pipeline's stages are cached: work is redone only when the description or its options change.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps = typeof(OpenApiClientGenerator).Assembly
        .GetType("UsageGen.Generator.TrackingNames", throwOnError: true)!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Editing_an_unrelated_cs_file_neither_reparses_nor_reemits()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions, "public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(parseOptions, GeneratorHarness.LaunchDarkly()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("public class Unrelated { public int Changed => 1; }", parseOptions, path: "Source0.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.True(second.TrackedSteps.ContainsKey(step), $"Step '{step}' did not run; was it renamed?");
            var reasons = second.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).Distinct().ToList();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{step}' was {reason}"));
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.NotEmpty(second.GeneratedSources);
    }

    [Fact]
    public void Rerunning_with_the_same_inputs_is_fully_cached()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var driver = GeneratorHarness.CreateDriver(parseOptions, GeneratorHarness.LaunchDarkly()).RunGenerators(compilation);
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.All(
            second.TrackedSteps["ParseResults"].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_the_description_reparses_and_reemits_only_what_changed()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var original = GeneratorHarness.LaunchDarkly();
        var driver = GeneratorHarness.CreateDriver(parseOptions, out var texts, original).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = original.Yaml.Replace("Get a time series array showing the number of data export events", "Get the data export events");
        Assert.NotEqual(original.Yaml, edited);
        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(original.Path, edited));
        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var typeReasons = second.TrackedSteps["GeneratedTypes"].SelectMany(run => run.Outputs).GroupBy(output => output.Reason).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps["ParseResults"].Single().Outputs.Single().Reason);
        Assert.Equal(1, typeReasons.GetValueOrDefault(IncrementalStepRunReason.Modified));
        Assert.True(typeReasons.GetValueOrDefault(IncrementalStepRunReason.Unchanged) > 50, "the other types should be unchanged");
        Assert.Equal(first.GeneratedSources.Length, second.GeneratedSources.Length);
        Assert.Contains("Get the data export events", second.GeneratedSources.Single(s => s.HintName.Contains("DataExportEventsRequestBuilder")).SourceText.ToString());
    }

    [Fact]
    public void A_comment_added_to_the_description_reemits_nothing()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var original = GeneratorHarness.LaunchDarkly();
        var driver = GeneratorHarness.CreateDriver(parseOptions, out var texts, original).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(texts.Single(), new InMemoryAdditionalText(original.Path, "# a reviewer's note\n\n" + original.Yaml));
        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps["DescriptionFiles"].Single().Outputs.Single().Reason);
        Assert.Contains(second.TrackedSteps["ClientSpecs"].Single().Outputs.Single().Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_nothing_for_a_multi_file_description()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions, "public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(parseOptions, GeneratorHarness.MultiFile()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("public class Unrelated { public int Changed => 1; }", parseOptions, path: "Source0.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(
            second.TrackedSteps["AdditionalFiles"].Concat(second.TrackedSteps["ParseResults"]).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_referenced_file_reemits_only_the_types_that_depend_on_it()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var inputs = GeneratorHarness.MultiFile();
        var driver = GeneratorHarness.CreateDriver(parseOptions, out var texts, inputs).RunGenerators(compilation);

        var errorPath = GeneratorHarness.MultiFilePath("schemas/error.yaml");
        var original = inputs.Single(input => input.Path == errorPath).Yaml;
        var edited = original.Replace("  message:\n    type: string\n", "  message:\n    type: string\n  detail:\n    type: string\n");
        Assert.NotEqual(original, edited);
        driver = driver.ReplaceAdditionalText(texts.Single(text => text.Path == errorPath), new InMemoryAdditionalText(errorPath, edited));
        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var typeReasons = second.TrackedSteps["GeneratedTypes"].SelectMany(run => run.Outputs).GroupBy(output => output.Reason).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps["ParseResults"].Single().Outputs.Single().Reason);
        Assert.Equal(1, typeReasons.GetValueOrDefault(IncrementalStepRunReason.Modified));
        Assert.True(typeReasons.GetValueOrDefault(IncrementalStepRunReason.Unchanged) >= 8, "the other types should be unchanged");
        Assert.Contains("public string? Detail { get; set; }", second.GeneratedSources.Single(source => source.HintName == "MultiFile.Models.Error.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_a_referenced_file_reads_only_that_file_again()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var inputs = GeneratorHarness.MultiFile();
        var driver = GeneratorHarness.CreateDriver(parseOptions, out var texts, inputs);
        var counted = inputs.Skip(1).Select(input => new CountingAdditionalText(input.Path, input.Yaml)).ToArray();
        foreach (var text in counted)
        {
            driver = driver.ReplaceAdditionalText(texts.Single(original => original.Path == text.Path), text);
        }

        driver = driver.RunGenerators(compilation);
        var reached = counted.Where(text => text.Reads > 0).ToArray();
        Assert.True(reached.Length >= 5, $"only {reached.Length} referenced files were read");
        Assert.All(reached, text => Assert.Equal(1, text.Reads));

        var errorPath = GeneratorHarness.MultiFilePath("schemas/error.yaml");
        var errorText = counted.Single(text => text.Path == errorPath);
        var edited = new CountingAdditionalText(errorPath, inputs.Single(input => input.Path == errorPath).Yaml + "  detail:\n    type: string\n");
        var second = driver.ReplaceAdditionalText(errorText, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps["ParseResults"].Single().Outputs.Single().Reason);
        Assert.Equal(1, edited.Reads);
        Assert.All(reached, text => Assert.Equal(1, text.Reads));
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void A_referenced_file_read_in_an_earlier_run_still_reports_its_problems()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var inputs = GeneratorHarness.MultiFile();
        var errorPath = GeneratorHarness.MultiFilePath("schemas/error.yaml");
        var broken = inputs.Select(input => input.Path == errorPath ? input with { Yaml = input.Yaml + "type: object\n" } : input).ToArray();
        var driver = GeneratorHarness.CreateDriver(parseOptions, out var texts, broken).RunGenerators(compilation);
        var first = driver.GetRunResult().Diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path == errorPath).Select(diagnostic => diagnostic.ToString()).ToArray();
        Assert.NotEmpty(first);

        // Another referenced file changes: the broken one is not read again, but its duplicate key is still reported.
        var petPath = inputs.Skip(1).First(input => input.Path != errorPath && input.Yaml.Contains("properties:", StringComparison.Ordinal)).Path;
        var pet = texts.Single(text => text.Path == petPath);
        var second = driver.ReplaceAdditionalText(pet, new InMemoryAdditionalText(petPath, pet.GetText()!.ToString() + "\n")).RunGenerators(compilation).GetRunResult();

        Assert.Equal(first, second.Diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path == errorPath).Select(diagnostic => diagnostic.ToString()).ToArray());
    }

    [Fact]
    public void A_file_no_description_reaches_is_never_read_and_editing_it_reemits_nothing()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions);
        var unreachedPath = GeneratorHarness.MultiFilePath("drafts/unused.yaml");
        var inputs = GeneratorHarness.MultiFile().Append(new OpenApiInput(unreachedPath, "type: object\n", OptIn: false)).ToArray();
        var unreached = new CountingAdditionalText(unreachedPath, "type: object\n");
        var driver = GeneratorHarness.CreateDriver(parseOptions, out var texts, inputs);
        driver = driver.ReplaceAdditionalText(texts.Single(text => text.Path == unreachedPath), unreached).RunGenerators(compilation);

        var edited = new CountingAdditionalText(unreachedPath, "type: object\nproperties:\n  name: {type: string}\n");
        var second = driver.ReplaceAdditionalText(unreached, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(0, unreached.Reads + edited.Reads);
        Assert.All(
            second.TrackedSteps["ClientSpecs"].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"ClientSpecs was {output.Reason}"));
        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"an output was {output.Reason}"));
    }

    [Fact]
    public void Pipeline_outputs_hold_no_Roslyn_or_YamlDotNet_objects()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.LaunchDarkly()).Result;
        foreach (var step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                AssertNoBannedObjects(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }
    }


    private static void AssertNoBannedObjects(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        // The list of items a $ref may reach holds them by identity, unread, so that only a reached file is ever read.
        Assert.False(value is AdditionalText && step != "AdditionalFiles", $"Step '{step}' outputs a {type.Name}");
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree, $"Step '{step}' outputs a {type.Name}");
        if (value is AdditionalText)
        {
            return;
        }

        Assert.False(type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true, $"Step '{step}' outputs a {type.Name}");
        if (type.FullName == "Microsoft.CodeAnalysis.DiagnosticDescriptor")
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoBannedObjects(item, seen, step);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNoBannedObjects(field.GetValue(value), seen, step);
            }
        }
    }
}
