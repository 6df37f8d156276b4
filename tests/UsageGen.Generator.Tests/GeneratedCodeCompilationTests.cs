using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>The generated client compiles cleanly: no errors and no warnings, with nullable on and XML docs checked.</summary>
public sealed class GeneratedCodeCompilationTests
{
    [Fact]
    public void LaunchDarkly_client_compiles_without_warnings_with_nullable_enabled()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.LaunchDarkly());

        Assert.NotEmpty(outcome.Sources);
        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.All(outcome.Sources, source => Assert.Contains("#nullable enable", source.SourceText.ToString()));
    }

    [Fact]
    public void LaunchDarkly_client_compiles_for_CSharp_7_3_without_nullable_annotations()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.ParseOptions(LanguageVersion.CSharp7_3), GeneratorHarness.LaunchDarkly());

        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.All(outcome.Sources, source => Assert.DoesNotContain("#nullable", source.SourceText.ToString()));
    }

    [Fact]
    public void Code_written_against_the_Kiota_surface_compiles()
    {
        // Calls in the shape `kiota generate -l csharp --ebc` output is used; they must keep compiling.
        const string caller = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Kiota.Abstractions;
            using Microsoft.Kiota.Abstractions.Authentication;
            using Microsoft.Kiota.Http.HttpClientLibrary;
            using UsageGen.LaunchDarkly;
            using UsageGen.LaunchDarkly.Models;

            public static class Caller
            {
                public static async Task<long> Run()
                {
                    var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider());
                    var client = new LaunchDarklyUsageClient(adapter);
                    SeriesListRep? total = await client.Api.V2.Usage.TotalMau.GetAsync(c =>
                    {
                        c.QueryParameters.From = 1L;
                        c.QueryParameters.ProjectKey = new[] { "a" };
                        c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
                        c.QueryParameters.AggregationType = AggregationType.Month_to_date;
                        c.Headers.Add("X-Extra", "1");
                    });
                    RequestInformation info = client.Api.V2.Usage.Evaluations["p"]["e"]["f"].ToGetRequestInformation();
                    var streams = await client.Api.V2.Usage.Streams["client"].Bysdkversion.GetAsync();
                    var typed = await client.Api.V2.Usage.Streams[StreamSource.Server].Sdkversions.GetAsync();
                    var events = await client.Api.V2.Usage.Events["received"].WithUrl("https://example.test").GetAsync();
                    try
                    {
                        await client.Api.V2.Usage.VegaAi.GetAsync();
                    }
                    catch (RateLimitedErrorRep error)
                    {
                        return error.ResponseStatusCode + (error.Code?.Length ?? 0) + error.MessageEscaped!.Length;
                    }

                    return (total?.Series?.Count ?? 0) + (streams?.Metadata?.Count ?? 0) + (typed?.SdkVersions?.Count ?? 0) + (events?.Links?.AdditionalData.Count ?? 0) + info.PathParameters.Count;
                }
            }
            """;
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions, caller);
        GeneratorHarness.CreateDriver(parseOptions, GeneratorHarness.LaunchDarkly())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        // The caller itself has no XML docs; everything else must be clean.
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").ToList();
        Assert.Empty(problems.Select(d => d.ToString()));
    }
    // Kiota leaves a segment named time unescaped; the Time type the builder below uses must still be found.
    [Fact]
    public void A_time_segment_beside_a_time_typed_parameter_compiles()
    {
        const string yaml = """
            openapi: 3.1.0
            info:
              title: Clock
              version: '1'
            servers:
              - url: https://api.example.test
            paths:
              /time:
                get:
                  parameters:
                    - name: at
                      in: query
                      schema:
                        type: string
                        format: time
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              now:
                                type: string
                                format: time
            """;

        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/clock.yaml", yaml, "ClockClient", "Clock"));

        Assert.Contains(outcome.Sources, source => source.HintName == "Clock.Time.TimeRequestBuilder.g.cs");
        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
    }
    [Fact]
    public void Sibling_paths_with_different_parameters_share_one_item_builder_named_as_Kiota_names_it()
    {
        const string yaml = """
            openapi: 3.1.0
            info:
              title: Contacts
              version: '1'
            servers:
              - url: https://api.example.test
            paths:
              /contacts/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: ok}
              /contacts/{contact_id}/topics:
                get:
                  parameters:
                    - {name: contact_id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: ok}
            """;

        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/contacts.yaml", yaml, "ContactsClient", "Contacts"));

        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        var item = outcome.Source("Contacts.Contacts.Item.Contact_ItemRequestBuilder.g.cs");
        Assert.Contains("public global::Contacts.Contacts.Item.Topics.TopicsRequestBuilder Topics", item);
        Assert.Contains("public global::Contacts.Contacts.Item.Contact_ItemRequestBuilder this[string position]", outcome.Source("Contacts.Contacts.ContactsRequestBuilder.g.cs"));
    }

    [Fact]
    public void Segment_parameters_named_like_CSharp_keywords_compile_where_Kiota_s_output_does_not()
    {
        // Kiota 1.38 writes `string base` here, which does not compile (CS1001); ours escapes it.
        const string yaml = """
            openapi: 3.0.3
            info: {title: Compare, version: '1'}
            servers:
              - url: https://api.example.test
            paths:
              /compare/{base}...{head}:
                get:
                  parameters:
                    - {name: base, in: path, required: true, schema: {type: string}}
                    - {name: head, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: ok}
            """;

        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/compare.yaml", yaml, "CompareClient", "Comparing"));

        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Contains("WithBaseWithHead(string @base, string head)", outcome.Source("Comparing.Compare.CompareRequestBuilder.g.cs"));
        Assert.Contains("\"{+baseurl}/compare/{base}...{head}\"", outcome.Source("Comparing.Compare.WithBaseWithHead.WithBaseWithHeadRequestBuilder.g.cs"));
    }
}
