using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// Swagger 2.0 descriptions: what has no OpenAPI 3 equivalent is UGEN046 at its place in the 2.0 file, references
/// into definitions, parameters and responses resolve (or are reported) as in 3.x, and the delimited query styles of
/// both versions join their values in the request.
/// </summary>
public sealed class Swagger2Tests
{
    private const string Path = "/specs/pets2.yaml";

    private const string Description = """
        swagger: '2.0'
        info:
          title: Pets
          version: '1'
        host: pets.example.test
        produces: [application/json]
        paths:
          /pets/{petId}:
            post:
              parameters:
                - {name: petId, in: path, required: true, type: integer}
                - {name: codes, in: query, type: array, items: {type: string}, collectionFormat: tsv}
                - {name: pet, in: body, schema: {$ref: '#/definitions/Pet'}}
              responses:
                '200':
                  description: ok
                  schema: {$ref: '#/definitions/Pet'}
        parameters:
          Limit: {name: limit, in: query, type: integer}
        definitions:
          Pet:
            type: object
            properties:
              name: {type: string}
        """;

    private static GeneratorOutcome Run(string yaml) => GeneratorHarness.Run(new OpenApiInput(Path, yaml, "Client", "Example"));

    /// <summary>The zero-based line and column of the first <paramref name="marker"/> in <paramref name="yaml"/>.</summary>
    private static (int Line, int Column) PositionOf(string yaml, string marker)
    {
        var index = yaml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var before = yaml.Substring(0, index);
        return (before.Count(c => c == '\n'), index - (before.LastIndexOf('\n') + 1));
    }

    private static void AssertAt(Diagnostic diagnostic, string yaml, string marker)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal(PositionOf(yaml, marker), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    private static Diagnostic Single(GeneratorOutcome outcome, string id)
    {
        Assert.Null(outcome.Result.Exception);
        return Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == id);
    }

    [Fact]
    public void A_clean_description_generates_a_client_that_compiles_with_no_diagnostics()
    {
        var outcome = Run(Description);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void The_swagger2_client_with_its_join_helper_compiles_for_CSharp_7_3_without_nullable_annotations()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.ParseOptions(LanguageVersion.CSharp7_3), GeneratorHarness.Swagger2());

        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Contains("private static void JoinQueryValues", outcome.Source("Swagger2.Pets.PetsRequestBuilder.g.cs"));
        Assert.All(outcome.Sources, source => Assert.DoesNotContain("#nullable", source.SourceText.ToString()));
    }

    [Fact]
    public void A_tsv_array_is_joined_with_tabs_in_the_request()
    {
        // Microsoft.OpenApi cannot convert tsv (OpenAPI 3 has no tab style), so Kiota generates nothing for this file.
        var builder = Run(Description).Source("WithPetItemRequestBuilder.g.cs");

        Assert.Contains("{?codes}", builder);
        Assert.Contains("JoinQueryValues(requestInfo, \"codes\", \"\\t\");", builder);
    }

    [Theory]
    [InlineData("style: spaceDelimited", "JoinQueryValues(requestInfo, \"tags\", \" \");", "{?tags}")]
    [InlineData("style: pipeDelimited", "JoinQueryValues(requestInfo, \"tags\", \"|\");", "{?tags}")]
    [InlineData("style: pipeDelimited, explode: true", null, "{?tags*}")]
    [InlineData("style: form, explode: false", null, "{?tags}")]
    public void OpenAPI_3_delimited_styles_join_their_values_the_same_way(string style, string? join, string template)
    {
        var yaml = """
            openapi: 3.0.3
            info: {title: Tags, version: '1'}
            servers: [{url: 'https://tags.example.test'}]
            paths:
              /things:
                get:
                  parameters:
                    - {name: tags, in: query, schema: {type: array, items: {type: string}}, STYLE}
                  responses:
                    '204': {description: none}
            """.Replace("STYLE", style);

        var outcome = Run(yaml);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        var builder = outcome.Source("ThingsRequestBuilder.g.cs");
        Assert.Contains(template, builder);
        if (join is null)
        {
            Assert.DoesNotContain("JoinQueryValues", builder);
        }
        else
        {
            Assert.Contains(join, builder);
        }
    }

    [Fact]
    public void A_version_that_is_neither_2_nor_3_is_UGEN032_at_the_version()
    {
        var yaml = "info:\n  title: x\nswagger: '1.2'\npaths: {}\n";

        var diagnostic = Single(Run(yaml), "UGEN032");

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("Swagger 1.2 descriptions are not supported", diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, "'1.2'");
    }

    [Fact]
    public void A_dangling_definitions_ref_is_UGEN002_at_the_ref()
    {
        var yaml = Description.Replace("schema: {$ref: '#/definitions/Pet'}\n", "schema: {$ref: '#/definitions/Cat'}\n");

        var diagnostic = Single(Run(yaml), "UGEN002");

        Assert.Contains("'definitions' has no 'Cat'", diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, "'#/definitions/Cat'");
    }

    [Fact]
    public void A_ref_to_a_shared_parameter_where_a_schema_belongs_is_UGEN034()
    {
        var yaml = Description.Replace("schema: {$ref: '#/definitions/Pet'}\n", "schema: {$ref: '#/parameters/Limit'}\n");

        var diagnostic = Single(Run(yaml), "UGEN034");

        Assert.Contains("points at a parameter object, not a schema object", diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, "'#/parameters/Limit'");
    }

    [Theory]
    [InlineData("{name: petId, in: path, required: true, type: array, items: {type: integer}, collectionFormat: pipes}", "pipes}", "'collectionFormat: pipes' on the path parameter 'petId'")]
    [InlineData("{name: petId, in: path, required: true, type: array, items: {type: integer}, collectionFormat: semicolons}", "semicolons}", "use csv, ssv, tsv, pipes or multi")]
    [InlineData("{name: petId, in: path, required: true, type: file}", "file}", "'type: file' on the path parameter 'petId'")]
    public void A_parameter_construct_with_no_OpenAPI_3_equivalent_is_UGEN046_where_it_is_written(string parameter, string marker, string expected)
    {
        var yaml = Description.Replace("{name: petId, in: path, required: true, type: integer}", parameter);

        var diagnostic = Single(Run(yaml), "UGEN046");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(expected, diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, marker);
    }

    [Fact]
    public void A_second_body_parameter_is_UGEN046_at_it_and_the_first_is_sent()
    {
        var yaml = Description.Replace(
            "        - {name: pet, in: body, schema: {$ref: '#/definitions/Pet'}}\n",
            "        - {name: pet, in: body, schema: {$ref: '#/definitions/Pet'}}\n        - {name: other, in: body, schema: {type: string}}\n");

        var outcome = Run(yaml);

        var diagnostic = Single(outcome, "UGEN046");
        Assert.Contains("A second body parameter ('other')", diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, "{name: other");
        Assert.Contains("PostAsync(global::Example.Models.Pet body", outcome.Source("WithPetItemRequestBuilder.g.cs"));
    }

    [Fact]
    public void Form_fields_beside_a_body_parameter_are_UGEN046_at_the_first_field()
    {
        var yaml = Description.Replace(
            "        - {name: pet, in: body, schema: {$ref: '#/definitions/Pet'}}\n",
            "        - {name: pet, in: body, schema: {$ref: '#/definitions/Pet'}}\n        - {name: note, in: formData, type: string}\n");

        var diagnostic = Single(Run(yaml), "UGEN046");

        Assert.Contains("formData parameters beside a body parameter", diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, "{name: note");
    }

    [Fact]
    public void A_shared_response_with_no_produces_is_reported_once_however_often_it_is_used()
    {
        var yaml = Description.Replace("produces: [application/json]\n", string.Empty)
            .Replace("        '200':\n          description: ok\n          schema: {$ref: '#/definitions/Pet'}\n", "        '200': {$ref: '#/responses/Pet'}\n        '201': {$ref: '#/responses/Pet'}\n")
            .Replace("parameters:\n  Limit:", "responses:\n  Pet: {description: ok, schema: {$ref: '#/definitions/Pet'}}\nparameters:\n  Limit:");

        var diagnostic = Single(Run(yaml), "UGEN046");

        AssertAt(diagnostic, yaml, "{$ref: '#/definitions/Pet'}}\nparameters:");
    }

    [Fact]
    public void A_response_schema_with_no_produces_is_UGEN046_and_a_stream_as_in_Kiota()
    {
        var yaml = Description.Replace("produces: [application/json]\n", string.Empty);

        var outcome = Run(yaml);

        var diagnostic = Single(outcome, "UGEN046");
        Assert.Contains("no 'produces'", diagnostic.GetMessage());
        AssertAt(diagnostic, yaml, "{$ref: '#/definitions/Pet'}\nparameters:");
        Assert.Contains("Task<Stream?> PostAsync", outcome.Source("WithPetItemRequestBuilder.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }
}
