using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// allOf shapes Kiota 1.38 reads in ways the constructs description cannot pin through the parity tests (Kiota's
/// output for them varies from run to run under load), checked here against the shape its single runs give.
/// </summary>
public sealed class AllOfTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Pets
          version: '1'
        servers:
          - url: https://api.example.test
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          full:
                            $ref: '#/components/schemas/Pet'
                          summary:
                            $ref: '#/components/schemas/PetSummary'
                          featured:
                            allOf:
                              - $ref: '#/components/schemas/Pet'
                              - description: Only a description beside the reference.
        components:
          schemas:
            Pet:
              type: object
              properties:
                status:
                  type: string
                  enum: [available, sold]
            PetSummary:
              allOf:
                - $ref: '#/components/schemas/Pet'
        """;

    [Fact]
    public void A_component_that_is_allOf_one_other_is_a_copy_with_its_own_inline_types()
    {
        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/pets.yaml", Yaml, "PetsClient", "Pets"));

        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        var summary = outcome.Source("Pets.Models.PetSummary.g.cs");
        Assert.Contains("public partial class PetSummary : IAdditionalDataHolder, IParsable", summary);
        Assert.Contains("public global::Pets.Models.PetSummary_status? Status { get; set; }", summary);
        Assert.Contains("public global::Pets.Models.Pet_status? Status { get; set; }", outcome.Source("Pets.Models.Pet.g.cs"));
        Assert.DoesNotContain("PetSummary", outcome.Source("Pets.Models.Pet.g.cs"));
    }

    [Fact]
    public void A_reference_with_only_a_description_beside_it_is_the_referenced_type()
    {
        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/pets.yaml", Yaml, "PetsClient", "Pets"));

        Assert.Contains("public global::Pets.Models.Pet? Featured { get; set; }", outcome.Source("Pets.Pets.PetsGetResponse.g.cs"));
        Assert.DoesNotContain(outcome.Sources, source => source.HintName.Contains("featured", System.StringComparison.OrdinalIgnoreCase));
    }
}
