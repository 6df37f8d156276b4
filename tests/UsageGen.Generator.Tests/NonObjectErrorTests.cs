using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// Error responses whose JSON body is not an object become exceptions holding the value; only a body that is not JSON
/// is left to a plain ApiException, with UGEN017.
/// </summary>
public sealed class NonObjectErrorTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Errors
          version: '1'
        servers:
          - url: https://api.example.test
        paths:
          /things:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
                '400':
                  description: The reason.
                  content:
                    application/json:
                      schema:
                        type: string
                '409':
                  description: A code.
                  content:
                    application/json:
                      schema:
                        type: string
                        enum: [duplicate, stale]
                '503':
                  description: Down.
                  content:
                    text/plain:
                      schema:
                        type: string
                default:
                  description: Messages.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          type: string
            post:
              responses:
                '201':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
                '400':
                  description: The reason too.
                  content:
                    application/json:
                      schema:
                        type: string
        components:
          schemas:
            Thing:
              type: object
              properties:
                name:
                  type: string
        """;

    private static GeneratorOutcome Run() => GeneratorHarness.Run(new OpenApiInput("/specs/errors.yaml", Yaml, "Client", "Example"));

    [Fact]
    public void Json_bodies_of_every_shape_are_typed_and_only_the_text_body_is_UGEN017()
    {
        var outcome = Run();

        Assert.Null(outcome.Result.Exception);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("UGEN017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The text/plain body of the error response '503' is not supported yet and was skipped: it surfaces as a plain ApiException with its status code", diagnostic.GetMessage());
        Assert.Equal(30, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.CompilationDiagnostics);

        var builder = outcome.Source("Example.Things.ThingsRequestBuilder.g.cs");
        Assert.Contains("{ \"400\", global::Example.Things.Thing400Error.CreateFromDiscriminatorValue },", builder);
        Assert.Contains("{ \"409\", global::Example.Things.Thing409ErrorException.CreateFromDiscriminatorValue },", builder);
        // default is 4XX and 5XX, merged into XXX as for object errors.
        Assert.Contains("{ \"XXX\", global::Example.Things.ThingDefaultError.CreateFromDiscriminatorValue },", builder);
        Assert.DoesNotContain("\"503\"", builder);
    }

    [Fact]
    public void Operations_that_share_a_name_and_a_value_type_share_the_exception()
    {
        var outcome = Run();

        Assert.Contains("public string? Value { get; set; }", outcome.Source("Example.Things.Thing400Error.g.cs"));
        Assert.DoesNotContain(outcome.Sources, source => source.HintName.Contains("Thing400Error1"));
        Assert.Equal(2, outcome.Source("Example.Things.ThingsRequestBuilder.g.cs").Split("Thing400Error.CreateFromDiscriminatorValue").Length - 1);
    }

    [Fact]
    public void An_inline_enum_keeps_Kiotas_name_and_its_exception_is_named_Exception()
    {
        var outcome = Run();

        Assert.Contains("public enum Thing409Error", outcome.Source("Example.Things.Thing409Error.g.cs"));
        var exception = outcome.Source("Example.Things.Thing409ErrorException.g.cs");
        Assert.Contains("public partial class Thing409ErrorException : ApiException, IParsable", exception);
        Assert.Contains("public global::Example.Things.Thing409Error? Value { get; set; }", exception);
    }

    // The exception has no backing store, additional data or backward-compatible members of its own, so it must compile
    // whatever those options say, and for C# 7.3 without nullable annotations.
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, null, null, null, null, null)]
    [InlineData(LanguageVersion.CSharp7_3, "true", "true", "Internal", "false", "false")]
    [InlineData(LanguageVersion.Latest, "true", "true", null, null, null)]
    [InlineData(LanguageVersion.Latest, null, null, "Internal", "false", null)]
    [InlineData(LanguageVersion.Latest, null, "true", null, null, "false")]
    public void The_constructs_client_compiles_in_every_option_combination(LanguageVersion version, string? backingStore, string? backwardCompatible, string? access, string? additionalData, string? xmlDocs)
    {
        var input = GeneratorHarness.Constructs() with
        {
            BackingStore = backingStore,
            BackwardCompatible = backwardCompatible,
            TypeAccessModifier = access,
            AdditionalData = additionalData,
            XmlDocs = xmlDocs,
        };

        var outcome = GeneratorHarness.Run(GeneratorHarness.ParseOptions(version), input);

        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "UGEN017");
        var failures = outcome.Source("Constructs.Failures.Failures425Error.g.cs");
        Assert.Contains("Failures425Error : ApiException, IParsable", failures);
        Assert.Contains(version == LanguageVersion.CSharp7_3 ? "public global::Constructs.Failures.Failures425ErrorValue Value { get; set; }" : "public global::Constructs.Failures.Failures425ErrorValue? Value { get; set; }", failures);
    }
}
