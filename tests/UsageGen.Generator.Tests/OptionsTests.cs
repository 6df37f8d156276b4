using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// AdditionalFiles item metadata shapes the client: path filters, XML documentation, type access and additional data.
/// </summary>
public sealed class OptionsTests
{
    private static GeneratorOutcome Run(string? include = null, string? exclude = null, string? xmlDocs = null)
    {
        var input = GeneratorHarness.LaunchDarkly() with { Include = include, Exclude = exclude, XmlDocs = xmlDocs };
        return GeneratorHarness.Run(input);
    }

    [Fact]
    public void Include_paths_keep_only_matching_operations()
    {
        var outcome = Run(include: "/api/v2/usage/streams/**;/api/v2/usage/total-mau");

        var builders = outcome.Sources.Select(s => s.HintName).Where(h => h.EndsWith("RequestBuilder.g.cs")).ToList();
        Assert.Contains("UsageGen.LaunchDarkly.Api.V2.Usage.TotalMau.TotalMauRequestBuilder.g.cs", builders);
        Assert.Contains("UsageGen.LaunchDarkly.Api.V2.Usage.Streams.Item.Bysdkversion.BysdkversionRequestBuilder.g.cs", builders);
        Assert.DoesNotContain(builders, h => h.Contains(".Mau.") || h.Contains("Observability") || h.Contains("Evaluations"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void Exclude_paths_with_a_method_drop_just_those_operations()
    {
        var outcome = Run(exclude: "/api/v2/usage/observability/*#GET,/api/v2/usage/mau/**");

        var hints = outcome.Sources.Select(s => s.HintName).ToList();
        Assert.DoesNotContain(hints, h => h.Contains(".Api.V2.Usage.Observability."));
        Assert.DoesNotContain(hints, h => h.Contains(".Mau.Sdks") || h.Contains(".Mau.Bycategory"));
        Assert.Contains("UsageGen.LaunchDarkly.Api.V2.Usage.Mau.MauRequestBuilder.g.cs", hints);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void Xml_docs_can_be_switched_off_without_documentation_warnings()
    {
        var outcome = Run(xmlDocs: "false");

        Assert.All(outcome.Sources, source =>
        {
            var text = source.SourceText.ToString();
            Assert.DoesNotContain("///", text);
            Assert.Contains("#pragma warning disable CS1591", text);
        });
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_malformed_xml_docs_value_is_UGEN006()
    {
        var outcome = Run(xmlDocs: "sometimes");

        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN006" && d.GetMessage().Contains("UsageGenXmlDocs"));
    }

    // A library author keeps the client out of the library's public API, as with Kiota's --type-access-modifier Internal.
    [Fact]
    public void Internal_type_access_makes_every_generated_type_internal_and_keeps_members_public()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Constructs() with { TypeAccessModifier = "Internal" });

        Assert.Empty(outcome.CompilationDiagnostics);
        var declared = outcome.OutputCompilation.GetSymbolsWithName(_ => true, Microsoft.CodeAnalysis.SymbolFilter.Type)
            .OfType<Microsoft.CodeAnalysis.INamedTypeSymbol>()
            .Where(type => type.ContainingNamespace.ToDisplayString().StartsWith("Constructs", System.StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(declared);
        Assert.All(declared.Where(type => type.ContainingType is null), type => Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Internal, type.DeclaredAccessibility));
        Assert.Contains(declared, type => type.ContainingType is not null && type.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Internal);
        var client = declared.Single(type => type.Name == "ConstructsClient");
        Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Public, client.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>().First(method => method.MethodKind == Microsoft.CodeAnalysis.MethodKind.Constructor).DeclaredAccessibility);
    }

    [Fact]
    public void Without_additional_data_models_keep_only_their_described_properties()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.LaunchDarkly() with { AdditionalData = "false" });

        Assert.Empty(outcome.CompilationDiagnostics);
        var model = outcome.Source("UsageGen.LaunchDarkly.Models.SdkVersionDetailsRep.g.cs");
        Assert.Contains("public partial class SdkVersionDetailsRep : IParsable", model);
        Assert.DoesNotContain("AdditionalData", model);
        Assert.All(outcome.Sources.Where(source => source.HintName.Contains(".Models.")), source => Assert.DoesNotContain("IAdditionalDataHolder", source.SourceText.ToString()));
    }

    // Code written against Kiota's default (backward-compatible) output keeps compiling, with the obsolete warnings Kiota gives it.
    [Fact]
    public void Backward_compatible_mode_adds_what_Kiotas_default_mode_keeps_for_older_callers()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Constructs() with { BackwardCompatible = "true" });

        Assert.Empty(outcome.CompilationDiagnostics);
        var pets = outcome.Source("Constructs.Pets.PetsRequestBuilder.g.cs");
        Assert.Contains("public partial class PetsRequestBuilderGetRequestConfiguration : RequestConfiguration<global::Constructs.Pets.PetsRequestBuilder.PetsRequestBuilderGetQueryParameters>", pets);
        Assert.Contains("public partial class PetsRequestBuilderPostRequestConfiguration : RequestConfiguration<DefaultQueryParameters>", pets);
        Assert.Contains("[Obsolete(\"This property is deprecated, use KindAsPetKind instead\")]", pets);
        Assert.Contains("public string[]? Kind { get; set; }", pets);
        Assert.Contains("public global::Constructs.Models.PetKind[]? KindAsPetKind { get; set; }", pets);
        Assert.Contains("[Obsolete(\"This indexer is deprecated and will be removed in the next major version. Use the one with the typed parameter instead.\")]", outcome.Source("Constructs.Pets.PetsRequestBuilder.g.cs"));
        // An inline response type keeps the name older Kiota releases gave it, as an obsolete subclass the old executor returns.
        var legacy = outcome.Source("Constructs.Releases.ReleasesResponse.g.cs");
        Assert.Contains("[Obsolete(\"This class is obsolete. Use ReleasesGetResponse instead.\")]", legacy);
        Assert.Contains("public partial class ReleasesResponse : global::Constructs.Releases.ReleasesGetResponse, IParsable", legacy);
        var releases = outcome.Source("Constructs.Releases.ReleasesRequestBuilder.g.cs");
        Assert.Contains("public async Task<global::Constructs.Releases.ReleasesGetResponse?> GetAsReleasesGetResponseAsync(", releases);
        Assert.Contains("[Obsolete(\"This method is obsolete. Use GetAsReleasesGetResponseAsync instead.\")]", releases);
        Assert.Contains("public async Task<global::Constructs.Releases.ReleasesResponse?> GetAsync(", releases);

        var caller = GeneratorHarness.CreateCompilation(GeneratorHarness.ParseOptions(), """
            #pragma warning disable CS0618
            using Constructs.Pets;
            internal static class Caller
            {
                public static void Configure(PetsRequestBuilder.PetsRequestBuilderGetRequestConfiguration configuration)
                {
                    configuration.QueryParameters.Kind = new[] { "cat" };
                    configuration.QueryParameters.KindAsPetKind = new[] { Constructs.Models.PetKind.Cat };
                }
            }
            """).AddSyntaxTrees(outcome.OutputCompilation.SyntaxTrees.Where(tree => tree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)));
        Assert.Empty(caller.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Without_backward_compatible_mode_there_is_none_of_it()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Constructs());

        Assert.All(outcome.Sources, source => Assert.DoesNotContain("RequestConfiguration : RequestConfiguration<", source.SourceText.ToString()));
        Assert.DoesNotContain("KindAsPetKind", outcome.Source("Constructs.Pets.PetsRequestBuilder.g.cs"));
        Assert.DoesNotContain(outcome.Sources, source => source.HintName == "Constructs.Releases.ReleasesResponse.g.cs");
        Assert.DoesNotContain("GetAsReleasesGetResponseAsync", outcome.Source("Constructs.Releases.ReleasesRequestBuilder.g.cs"));
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)]
    public void Backing_store_models_keep_their_values_in_Kiotas_backing_store(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.ParseOptions(version), GeneratorHarness.Constructs() with { BackingStore = "true" });

        Assert.Empty(outcome.CompilationDiagnostics);
        var pet = outcome.Source("Constructs.Models.Pet.g.cs");
        Assert.Contains("public partial class Pet : IAdditionalDataHolder, IBackedModel, IParsable", pet);
        Assert.Contains("public IBackingStore BackingStore { get; private set; }", pet);
        Assert.Contains("BackingStore = BackingStoreFactorySingleton.Instance.CreateBackingStore();", pet);
        Assert.Contains("set { BackingStore?.Set(\"name\", value); }", pet);
        // Kiota's composed-type wrappers are backed models too.
        var shape = outcome.Source("Constructs.Models.Shape.g.cs");
        Assert.Contains("public partial class Shape : IBackedModel, IComposedTypeWrapper, IParsable", shape);
        Assert.Contains("set { BackingStore?.Set(\"Circle\", value); }", shape);
        var client = outcome.Source("Constructs.ConstructsClient.ConstructsClient.g.cs");
        Assert.Contains("IBackingStoreFactory", client);
        Assert.Contains("RequestAdapter.EnableBackingStore(backingStore", client);
    }

    [Theory]
    [InlineData("Protected", "UsageGenTypeAccessModifier", "(Public or Internal)")]
    [InlineData("yes", "UsageGenAdditionalData", "(true or false)")]
    public void Invalid_option_values_are_UGEN006_naming_the_allowed_ones(string value, string option, string allowed)
    {
        var input = option == "UsageGenAdditionalData"
            ? GeneratorHarness.LaunchDarkly() with { AdditionalData = value }
            : GeneratorHarness.LaunchDarkly() with { TypeAccessModifier = value };

        var outcome = GeneratorHarness.Run(input);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "UGEN006");
        Assert.Contains(option, diagnostic.GetMessage());
        Assert.Contains(allowed, diagnostic.GetMessage());
        Assert.Contains("'" + value + "'", diagnostic.GetMessage());
    }
}
