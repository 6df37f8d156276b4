using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>AdditionalFiles item metadata shapes the client: path filters and XML documentation.</summary>
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
}
