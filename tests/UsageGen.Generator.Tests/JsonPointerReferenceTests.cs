using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// A <c>$ref</c> may point anywhere in the description (RFC 6901), not only at a whole component: it stands for the
/// object found there. Kiota 1.38 reads a schema pointer that is not a whole component as UntypedNode (with a warning);
/// ours is the schema's own type: a property's schema named as where it is written (<c>Pet_owner</c>), any other where it
/// is first bound, as an inline schema there.
/// </summary>
public sealed class JsonPointerReferenceTests
{
    private static readonly GeneratorOutcome Generated = GeneratorHarness.Run(new OpenApiInput(JsonPointerDescription.Path, JsonPointerDescription.Yaml, "PointersClient", "Pointers"));

    [Fact]
    public void Every_kind_of_pointer_generates_without_diagnostics_and_compiles_cleanly()
    {
        Assert.Null(Generated.Result.Exception);
        Assert.Empty(Generated.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(Generated.CompilationDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_property_pointing_at_another_property_has_that_property_s_type()
    {
        var pet = Generated.Source("Pointers.Models.Pet.g.cs");

        Assert.Contains("public global::Pointers.Models.Pet_owner? Owner { get; set; }", pet);
        Assert.Contains("public global::Pointers.Models.Pet_owner? SameOwner { get; set; }", pet);
        Assert.Contains("public List<global::Pointers.Models.Pet_owner>? Owners { get; set; }", pet);
        Assert.Contains("public string? Label { get; set; }", pet);
        // A pointer into a property that is itself a $ref to a component is that component.
        Assert.Contains("public global::Pointers.Models.Tag? Favourite { get; set; }", Generated.Source("Pointers.Models.Pet_owner.g.cs"));
        // One type for the owner however it is reached (Pet_ownersByName is the map's own model).
        Assert.Equal(
            new[] { "Pointers.Models.Pet_owner.g.cs", "Pointers.Models.Pet_ownersByName.g.cs" },
            Generated.Sources.Select(source => source.HintName).Where(name => name.StartsWith("Pointers.Models.", System.StringComparison.Ordinal) && name.Contains("owner", System.StringComparison.OrdinalIgnoreCase)).OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_pointer_to_an_enclosing_schema_is_a_recursive_type()
    {
        Assert.Contains("public global::Pointers.Models.Pet_owner? Mentor { get; set; }", Generated.Source("Pointers.Models.Pet_owner.g.cs"));
    }

    [Fact]
    public void A_pointer_to_an_allOf_member_or_a_union_member_is_a_type_named_at_its_use()
    {
        var tagBase = Generated.Source("Pointers.Models.Pet_tagBase.g.cs");
        Assert.Contains("public string? Label { get; set; }", tagBase);
        Assert.DoesNotContain("Color", tagBase);
        var either = Generated.Source("Pointers.Models.Pet.Pet_either.g.cs");
        Assert.Contains("public global::Pointers.Models.Pet_owner? PetOwner { get; set; }", either);
        Assert.Contains("public global::Pointers.Models.Pet_eitherMember2? PetEitherMember2 { get; set; }", either);
    }

    [Fact]
    public void Pointers_into_parameters_responses_and_request_bodies_are_followed()
    {
        var pets = Generated.Source("Pointers.Pets.PetsRequestBuilder.g.cs");
        Assert.Contains("public int? Offset { get; set; }", pets);
        Assert.Contains("public int? Limit { get; set; }", pets);

        var item = Generated.Source("Pointers.Pets.Item.PetsItemRequestBuilder.g.cs");
        Assert.Contains("public int? Limit { get; set; }", item);
        Assert.Contains("Task<global::Pointers.Models.Pet_owner?> GetAsync(", item);
        Assert.Contains("{ \"409\", global::Pointers.Pets.Item.Pets409Error.CreateFromDiscriminatorValue }", item);
        Assert.Contains("{ \"409\", global::Pointers.Pets.Item.Pets409Error.CreateFromDiscriminatorValue }", pets);

        var owners = Generated.Source("Pointers.Owners.OwnersRequestBuilder.g.cs");
        Assert.Contains("Task<global::Pointers.Pets.PetsGetResponse_cursor?> GetAsync(", owners);
        Assert.Contains("PostAsync(global::Pointers.Pets.Item.Pets409Error body", owners);
        Assert.Contains("Task<global::Pointers.Models.Pet_owner?> PutAsync(global::Pointers.Pets.Item.Pets409Error body", owners);
    }

    [Fact]
    public void A_schema_used_as_an_error_is_an_exception_wherever_else_it_is_pointed_at()
    {
        Assert.Contains("public partial class Pets409Error : ApiException, IAdditionalDataHolder, IParsable", Generated.Source("Pointers.Pets.Item.Pets409Error.g.cs"));
        Assert.Single(Generated.Sources, source => source.HintName.Contains("Error", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_pointed_at_property_schema_is_named_where_it_is_written_whichever_use_comes_first()
    {
        const string yaml = """
            openapi: 3.1.0
            info:
              title: Order
              version: '1'
            servers:
              - url: https://api.example.test
            paths:
              /alphas:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Alpha'
            components:
              schemas:
                Alpha:
                  type: object
                  properties:
                    address:
                      $ref: '#/components/schemas/Pet/properties/owner/properties/address'
                    friend:
                      $ref: '#/components/schemas/Pet/properties/owner'
                Pet:
                  type: object
                  properties:
                    sameOwner:
                      $ref: '#/components/schemas/Pet/properties/owner'
                    owner:
                      type: object
                      properties:
                        address:
                          type: object
                          properties:
                            street:
                              type: string
            """;

        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/order.yaml", yaml, "OrderClient", "Order"));

        Assert.Empty(outcome.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        var alpha = outcome.Source("Order.Models.Alpha.g.cs");
        Assert.Contains("public global::Order.Models.Pet_owner? Friend { get; set; }", alpha);
        Assert.Contains("public global::Order.Models.Pet_owner_address? Address { get; set; }", alpha);
        Assert.Contains("public global::Order.Models.Pet_owner? SameOwner { get; set; }", outcome.Source("Order.Models.Pet.g.cs"));
        Assert.Contains("public global::Order.Models.Pet_owner_address? Address { get; set; }", outcome.Source("Order.Models.Pet_owner.g.cs"));
        Assert.Equal(
            new[] { "Order.Models.Alpha.g.cs", "Order.Models.Pet.g.cs", "Order.Models.Pet_owner.g.cs", "Order.Models.Pet_owner_address.g.cs" },
            outcome.Sources.Select(source => source.HintName).Where(name => name.StartsWith("Order.Models.", System.StringComparison.Ordinal)).OrderBy(name => name, System.StringComparer.Ordinal));
    }
}
