using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>A union of one schema and "null" is that schema, nullable, in both dialects, as Kiota reads it.</summary>
public sealed class NullableUnionTests
{
    private const string Description = """
        openapi: 3.0.3
        info:
          title: Nullable unions
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
        components:
          schemas:
            Owner:
              type: object
              properties:
                name:
                  type: string
            Thing:
              type: object
              properties:
                owner30:
                  anyOf:
                    - $ref: '#/components/schemas/Owner'
                    - nullable: true
                owner31:
                  oneOf:
                    - $ref: '#/components/schemas/Owner'
                    - type: 'null'
                either:
                  anyOf:
                    - $ref: '#/components/schemas/Owner'
                    - type: string
        """;

    [Fact]
    public void A_union_of_a_schema_and_null_is_the_schema()
    {
        var outcome = GeneratorHarness.Run(new OpenApiInput("/repo/nullable.yaml", Description, "NullableClient", "Example"));

        Assert.Empty(outcome.CompilationDiagnostics);
        var thing = outcome.Source("Example.Models.Thing.g.cs");
        Assert.Contains("public global::Example.Models.Owner? Owner30 { get; set; }", thing);
        Assert.Contains("public global::Example.Models.Owner? Owner31 { get; set; }", thing);

        // A real union still gets its wrapper.
        Assert.Contains("public global::Example.Models.Thing.Thing_either? Either { get; set; }", thing);
    }
}
