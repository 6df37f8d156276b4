using System.Linq;
using Microsoft.CodeAnalysis;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// A description kept as several AdditionalFiles items joined by relative $refs: what each form generates, and where a
/// problem in a referenced file is reported (that file, its line and column).
/// </summary>
public sealed class MultiFileTests
{
    private const string Root = "/repo/api/root.yaml";

    private static OpenApiInput Marked(string yaml) => new(Root, yaml, "MfClient", "Mf");

    private static OpenApiInput Item(string path, string text) => new(path, text, OptIn: false);

    private static string RootReferring(string schemaReference) => $$"""
        openapi: 3.0.3
        info: {title: t, version: "1"}
        servers: [{url: "https://example.com"}]
        paths:
          /pets:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: {{schemaReference}}
        """;

    [Fact]
    public void An_operation_given_as_a_ref_is_the_operation_it_refers_to_not_a_hollow_executor()
    {
        var generated = GeneratorHarness.Run(GeneratorHarness.MultiFile());

        var builder = generated.Source("MultiFile.Pets.Item.WithPetItemRequestBuilder.g.cs");
        Assert.Contains("public async Task<global::MultiFile.Models.Pet?> GetAsync(", builder);
        Assert.Contains("{ \"404\", global::MultiFile.Models.Error.CreateFromDiscriminatorValue },", builder);
    }

    [Fact]
    public void A_file_reached_by_two_spellings_and_through_a_cycle_is_one_type()
    {
        var generated = GeneratorHarness.Run(GeneratorHarness.MultiFile());

        var models = generated.Sources.Select(source => source.HintName).Where(name => name.StartsWith("MultiFile.Models.", System.StringComparison.Ordinal)).OrderBy(name => name, System.StringComparer.Ordinal);
        Assert.Equal(
            new[] { "Error", "NewPet", "Owner", "Pet", "Pet_status", "Tag" }.Select(name => $"MultiFile.Models.{name}.g.cs"),
            models);
        Assert.Contains("public global::MultiFile.Models.Owner? Owner { get; set; }", generated.Source("MultiFile.Models.Pet.g.cs"));
        Assert.Contains("public List<global::MultiFile.Models.Pet>? Pets { get; set; }", generated.Source("MultiFile.Models.Owner.g.cs"));
    }

    [Fact]
    public void A_ref_to_a_file_that_is_no_item_names_the_item_to_add_at_the_ref()
    {
        var generated = GeneratorHarness.Run(Marked(RootReferring("./schemas/pet.yaml")));

        var diagnostic = Assert.Single(generated.GeneratorDiagnostics);
        Assert.Equal("UGEN047", diagnostic.Id);
        Assert.Contains("<AdditionalFiles Include=\"/repo/api/schemas/pet.yaml\" />", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertAt(diagnostic, Root, 12, 22);
        Assert.True(generated.CompilationDiagnostics.IsEmpty, string.Join("\n", generated.CompilationDiagnostics));
    }

    [Fact]
    public void The_item_to_add_is_named_relative_to_the_project_directory()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var driver = GeneratorHarness.CreateDriver(parseOptions, out _, "/repo/", Marked(RootReferring("./schemas/pet.yaml")));

        var diagnostic = Assert.Single(driver.RunGenerators(GeneratorHarness.CreateCompilation(parseOptions)).GetRunResult().Diagnostics);
        Assert.Contains("<AdditionalFiles Include=\"api/schemas/pet.yaml\" />", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_broken_ref_inside_a_referenced_file_is_reported_in_that_file()
    {
        const string pet = """
            type: object
            properties:
              name:
                type: string
              tag:
                $ref: ./tags.yaml#/Tag
            """;
        var generated = GeneratorHarness.Run(
            Marked(RootReferring("./schemas/pet.yaml")),
            Item("/repo/api/schemas/pet.yaml", pet),
            Item("/repo/api/schemas/tags.yaml", "Label:\n  type: object\n"));

        var diagnostic = Assert.Single(generated.GeneratorDiagnostics);
        Assert.Equal("UGEN002", diagnostic.Id);
        Assert.Contains("'tags.yaml' has no 'Tag'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertAt(diagnostic, "/repo/api/schemas/pet.yaml", 5, 10);
        Assert.Contains("public string? Name { get; set; }", generated.Source("Mf.Models.Pet.g.cs"));
    }

    [Fact]
    public void Invalid_yaml_in_a_referenced_file_is_reported_in_that_file()
    {
        var generated = GeneratorHarness.Run(
            Marked(RootReferring("./schemas/pet.yaml")),
            Item("/repo/api/schemas/pet.yaml", "type: object\nproperties: [unclosed\n"));

        var diagnostic = Assert.Single(generated.GeneratorDiagnostics);
        Assert.Equal("/repo/api/schemas/pet.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.True(generated.CompilationDiagnostics.IsEmpty, string.Join("\n", generated.CompilationDiagnostics));
    }

    [Fact]
    public void A_ref_to_a_url_is_reported_and_nothing_is_downloaded()
    {
        var generated = GeneratorHarness.Run(Marked(RootReferring("https://example.com/schemas/pet.yaml")));

        var diagnostic = Assert.Single(generated.GeneratorDiagnostics);
        Assert.Equal("UGEN010", diagnostic.Id);
        AssertAt(diagnostic, Root, 12, 22);
    }

    [Fact]
    public void Refs_that_lead_from_file_to_file_and_back_are_a_reported_cycle()
    {
        var generated = GeneratorHarness.Run(
            Marked(RootReferring("./a.yaml")),
            Item("/repo/api/a.yaml", "$ref: ./b.yaml\n"),
            Item("/repo/api/b.yaml", "$ref: ./a.yaml\n"));

        var diagnostic = Assert.Single(generated.GeneratorDiagnostics);
        Assert.Equal("UGEN037", diagnostic.Id);
        Assert.True(generated.CompilationDiagnostics.IsEmpty, string.Join("\n", generated.CompilationDiagnostics));
    }

    [Fact]
    public void An_operation_ref_that_leads_nowhere_is_reported_not_dropped()
    {
        const string yaml = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /pets:
                get:
                  $ref: ./operations/list.yaml
            """;
        var generated = GeneratorHarness.Run(Marked(yaml));

        var diagnostic = Assert.Single(generated.GeneratorDiagnostics, d => d.Id != "UGEN007");
        Assert.Equal("UGEN047", diagnostic.Id);
        AssertAt(diagnostic, Root, 5, 12);
    }

    [Fact]
    public void A_swagger2_description_reads_definitions_and_schemas_from_other_files()
    {
        const string yaml = """
            swagger: "2.0"
            info: {title: t, version: "1"}
            host: example.com
            paths:
              /pets:
                get:
                  produces: [application/json]
                  responses:
                    "200":
                      description: ok
                      schema:
                        $ref: ./definitions.yaml#/Pet
            definitions:
              Owner:
                $ref: ./owner.json
            """;
        var generated = GeneratorHarness.Run(
            Marked(yaml),
            Item("/repo/api/definitions.yaml", "Pet:\n  type: object\n  properties:\n    owner:\n      $ref: ./owner.json\n"),
            Item("/repo/api/owner.json", "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}}}"));

        Assert.Empty(generated.GeneratorDiagnostics);
        Assert.True(generated.CompilationDiagnostics.IsEmpty, string.Join("\n", generated.CompilationDiagnostics));
        Assert.Contains("public global::Mf.Models.Owner? Owner { get; set; }", generated.Source("Mf.Models.Pet.g.cs"));
        Assert.Contains("public string? Name { get; set; }", generated.Source("Mf.Models.Owner.g.cs"));
    }

    private static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((path, line, column), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }
}
