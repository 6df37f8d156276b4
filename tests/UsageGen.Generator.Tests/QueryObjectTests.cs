using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// Object-typed query parameters: what cannot be sent gets a warning of its own at the parameter, the rest is typed
/// beside Kiota's string property, and the client compiles without warnings. The wire is tested over HTTP in
/// tests/UsageGen.Constructs.Tests (QueryObjectTests).
/// </summary>
public sealed class QueryObjectTests
{
    private const string Path = "/specs/query-objects.yaml";

    private const string Yaml = """
        openapi: 3.0.3
        info:
          title: Query objects
          version: '1'
        servers:
          - url: https://api.example.test
        paths:
          /charges:
            parameters:
              - name: range
                in: query
                style: deepObject
                explode: true
                schema:
                  $ref: '#/components/schemas/Range'
            get:
              parameters:
                - name: meta
                  in: query
                  style: deepObject
                  explode: true
                  schema:
                    type: object
                    additionalProperties:
                      type: string
                - name: expand
                  in: query
                  style: deepObject
                  explode: true
                  schema:
                    type: array
                    items:
                      type: string
                - name: filter
                  in: query
                  style: form
                  explode: true
                  schema:
                    type: object
                    properties:
                      limit:
                        type: integer
                      inner:
                        type: object
                        properties:
                          a:
                            type: string
                      color:
                        type: string
                - name: box
                  in: query
                  style: form
                  explode: false
                  schema:
                    type: object
                    properties:
                      sizes:
                        type: array
                        items:
                          type: integer
                      paid:
                        type: boolean
                - name: limit
                  in: query
                  schema:
                    type: integer
                - name: piped
                  in: query
                  style: pipeDelimited
                  schema:
                    type: object
                    properties:
                      a:
                        type: string
              responses:
                '204':
                  description: ok
            delete:
              responses:
                '204':
                  description: ok
        components:
          schemas:
            Range:
              type: object
              properties:
                gte:
                  type: integer
                next:
                  $ref: '#/components/schemas/Range'
                any: {}
        """;

    private static readonly GeneratorOutcome Outcome = GeneratorHarness.Run(new OpenApiInput(Path, Yaml, "Client", "Example"));

    private static int LineOf(string text) =>
        Array.FindIndex(Yaml.Split('\n'), line => line.TrimEnd('\r').EndsWith(text, StringComparison.Ordinal));

    private static Diagnostic[] Reported(string id) => Outcome.GeneratorDiagnostics.Where(d => d.Id == id).ToArray();

    [Fact]
    public void An_additionalProperties_only_object_is_UGEN014_at_the_parameter_and_sent_as_a_string()
    {
        var diagnostics = Reported("UGEN014");

        var meta = Assert.Single(diagnostics, d => d.GetMessage().Contains("'meta'", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, meta.Severity);
        Assert.Equal(Path, meta.Location.GetLineSpan().Path);
        Assert.Equal(LineOf("- name: meta"), meta.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("it declares no properties (only additionalProperties, or none); it is sent as a string", meta.GetMessage(), StringComparison.Ordinal);
        var piped = Assert.Single(diagnostics, d => d.GetMessage().Contains("'piped'", StringComparison.Ordinal));
        Assert.Contains("pipeDelimited", piped.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, diagnostics.Length);
        var source = Outcome.Source("ChargesRequestBuilder.g.cs");
        Assert.Contains("public string? Meta { get; set; }", source, StringComparison.Ordinal);
        Assert.DoesNotContain("MetaAs", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deepObject_that_is_not_an_object_is_UGEN044_at_the_parameter()
    {
        var diagnostic = Assert.Single(Reported("UGEN044"));

        Assert.Equal(LineOf("- name: expand"), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'expand'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_the_style_cannot_send_are_each_a_UGEN045_at_the_parameter_and_left_out()
    {
        var messages = Reported("UGEN045").Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line, Message: d.GetMessage())).ToArray();

        // The path item's range is shared by GET and DELETE but reported once; 'any' is untyped, 'next' contains itself.
        Assert.Collection(
            messages.OrderBy(m => m.Message, StringComparer.Ordinal),
            m => Assert.Equal((LineOf("- name: filter"), "The property 'inner' of the form query parameter 'filter' cannot be sent: form style has no defined form for an object inside an object (deepObject has); it is left out of the query"), m),
            m => Assert.Equal((LineOf("- name: filter"), "The property 'limit' of the form query parameter 'filter' cannot be sent: another query parameter is named 'limit'; it is left out of the query"), m),
            m => Assert.Equal((LineOf("- name: range"), "The property 'range[any]' of the deepObject query parameter 'range' cannot be sent: its type has no query form; it is left out of the query"), m),
            m => Assert.Equal((LineOf("- name: range"), "The property 'range[next]' of the deepObject query parameter 'range' cannot be sent: the object contains itself; it is left out of the query"), m),
            m => Assert.Equal((LineOf("- name: box"), "The property 'sizes' of the form query parameter 'box' cannot be sent: an array inside an object has no defined form style without explode; it is left out of the query"), m));
        var source = Outcome.Source("ChargesRequestBuilder.g.cs");
        Assert.Contains("requestInfo.QueryParameters[\"color\"]", source, StringComparison.Ordinal);
        // The plain 'limit' parameter is sent; the object's 'limit' is not.
        var limit = Assert.Single(source.Split('\n'), line => line.Contains("requestInfo.QueryParameters[\"limit\"] =", StringComparison.Ordinal));
        Assert.EndsWith("= query.Limit;", limit.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("values.Add(\"sizes\")", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Kiotas_string_property_keeps_its_name_beside_the_typed_one_and_the_client_compiles_cleanly()
    {
        var source = Outcome.Source("ChargesRequestBuilder.g.cs");

        // Range is a .NET type, so the component's class is RangeObject.
        Assert.Contains("[QueryParameter(\"range\")]\n            public string? Range { get; set; }", source.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("public global::Example.Models.RangeObject? RangeAsRangeObject { get; set; }", source, StringComparison.Ordinal);
        Assert.Contains("requestInfo.QueryParameters[\"range%5Bgte%5D\"]", source, StringComparison.Ordinal);
        Assert.Contains("range%5Bgte%5D", source.Split('\n').Single(line => line.Contains(": base(requestAdapter, \"{+baseurl}/charges{?", StringComparison.Ordinal) && line.Contains("pathParameters)", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Null(Outcome.Result.Exception);
        Assert.True(Outcome.CompilationDiagnostics.IsEmpty, string.Join("\n", Outcome.CompilationDiagnostics));
    }
}
