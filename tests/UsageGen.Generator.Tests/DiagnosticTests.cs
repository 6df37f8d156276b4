using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>A broken description yields a UGEN diagnostic pointing into the YAML; the compiler never sees an exception.</summary>
public sealed class DiagnosticTests
{
    private const string Path = "/specs/broken.yaml";

    private const string Minimal = """
        openapi: 3.1.0
        info:
          title: Minimal
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
            Thing:
              type: object
              properties:
                name:
                  type: string
        """;

    private static GeneratorOutcome Run(string yaml) => GeneratorHarness.Run(new OpenApiInput(Path, yaml, "Client", "Example"));

    private static Diagnostic Single(GeneratorOutcome outcome, string id)
    {
        Assert.Null(outcome.Result.Exception);
        return Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == id);
    }

    [Fact]
    public void Malformed_yaml_is_UGEN001_at_the_line_and_column()
    {
        var outcome = Run("openapi: 3.1.0\ninfo:\n  title: [unclosed\npaths: {}\n");

        var diagnostic = Single(outcome, "UGEN001");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(span.StartLinePosition.Line >= 2, $"expected the error on or after line 3, got {span.StartLinePosition}");
        Assert.Contains("broken.yaml", diagnostic.GetMessage());
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void Dangling_ref_is_UGEN002_at_the_ref_and_the_rest_still_generates()
    {
        var yaml = Minimal.Replace("$ref: '#/components/schemas/Thing'", "$ref: '#/components/schemas/Missing'");

        var diagnostic = Single(Run(yaml), "UGEN002");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(15, span.StartLinePosition.Line);
        Assert.Equal(22, span.StartLinePosition.Character);
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage());
        Assert.Contains("'components.schemas' has no 'Missing'", diagnostic.GetMessage());
        var outcome = Run(yaml);
        Assert.Contains(outcome.Sources, s => s.HintName == "Example.Models.Thing.g.cs");
        Assert.Contains(outcome.Sources, s => s.HintName == "Example.Things.ThingsRequestBuilder.g.cs");
    }

    [Theory]
    [InlineData("#/components/schemas/Thing/properties/nmae", "'components.schemas.Thing.properties' has no 'nmae'")]
    [InlineData("#/components/schemas/Thing/properties/name/type/x", "'components.schemas.Thing.properties.name.type' is a single value, with no 'x' in it")]
    [InlineData("#/servers/1/url", "'servers' is a list of 1 item(s), with no item '1'")]
    [InlineData("#/servers/first", "'servers' is a list of 1 item(s), with no item 'first'")]
    [InlineData("#/comp%6Fnents/schemas/Th~1ng", "'components.schemas' has no 'Th/ng'")]
    public void A_pointer_that_leads_nowhere_is_UGEN002_at_the_ref_naming_the_missing_part(string pointer, string problem)
    {
        var yaml = Minimal.Replace("'#/components/schemas/Thing'", $"'{pointer}'");

        var outcome = Run(yaml);
        var diagnostic = Single(outcome, "UGEN002");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new LinePosition(15, 22), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains($"$ref '{pointer}' does not resolve: {problem}", diagnostic.GetMessage());
        Assert.Contains(outcome.Sources, s => s.HintName == "Example.Models.Thing.g.cs");
    }

    [Theory]
    [InlineData("#/components/schemas/Th%69ng")]
    [InlineData("#/components/schemas/Thing/properties/self/items")]
    public void A_pointer_that_lands_on_a_whole_component_however_spelled_is_that_component(string pointer)
    {
        var yaml = Minimal.Replace("'#/components/schemas/Thing'", $"'{pointer}'")
            + "\n        self:\n          type: array\n          items:\n            $ref: '#/components/schemas/Thing'\n";

        var outcome = Run(yaml);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("Task<global::Example.Models.Thing?> GetAsync(", outcome.Source("Example.Things.ThingsRequestBuilder.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_plain_name_reference_is_a_UGEN026_warning_at_the_ref()
    {
        var outcome = Run(Minimal.Replace("'#/components/schemas/Thing'", "'#thing'"));

        var diagnostic = Single(outcome, "UGEN026");
        Assert.Equal(new LinePosition(15, 22), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("plain-name reference '#thing'", diagnostic.GetMessage());
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("#/components/schemas/Thing/type", "points at a single value ('object'), not a schema object")]
    [InlineData("#/servers", "points at a list, not a schema object")]
    [InlineData("#/components/parameters/Limit", "points at a parameter object, not a schema object")]
    [InlineData("#/paths/~1things/get", "points at an operation, not a schema object")]
    [InlineData("#", "points at the whole description, not a schema object")]
    public void A_pointer_to_something_that_is_not_a_schema_is_UGEN034_at_the_ref(string pointer, string problem)
    {
        var yaml = Minimal.Replace("'#/components/schemas/Thing'", $"'{pointer}'") + "\n  parameters:\n    Limit:\n      name: limit\n      in: query\n";

        var outcome = Run(yaml);
        var diagnostic = Single(outcome, "UGEN034");
        Assert.Equal(new LinePosition(15, 22), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(problem, diagnostic.GetMessage());
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_parameter_pointer_to_a_schema_is_UGEN034_at_the_ref()
    {
        var yaml = Minimal.Replace("    get:\n", "    get:\n      parameters:\n        - $ref: '#/components/schemas/Thing'\n");

        var diagnostic = Single(Run(yaml), "UGEN034");
        Assert.Equal(new LinePosition(10, 16), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("points at a schema object, not a parameter object", diagnostic.GetMessage());
    }

    [Fact]
    public void A_parameter_pointer_that_leads_nowhere_is_UGEN002_at_the_ref()
    {
        var yaml = Minimal.Replace("    get:\n", "    get:\n      parameters:\n        - $ref: '#/paths/~1things/get/parameters/3'\n");

        var diagnostic = Single(Run(yaml), "UGEN002");
        Assert.Equal(new LinePosition(10, 16), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("'paths./things.get.parameters' is a list of 1 item(s), with no item '3'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_cycle_of_pointers_is_UGEN037_and_the_rest_still_generates()
    {
        var yaml = Minimal + "\n        a:\n          $ref: '#/components/schemas/Thing/properties/b'\n        b:\n          $ref: '#/components/schemas/Thing/properties/a'\n";

        var outcome = Run(yaml);
        Assert.Null(outcome.Result.Exception);
        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN037" && d.GetMessage().Contains("refers back to itself"));
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id != "UGEN037");
        Assert.Contains("public string? Name { get; set; }", outcome.Source("Example.Models.Thing.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_long_chain_of_pointers_is_followed_without_recursion()
    {
        var builder = new System.Text.StringBuilder(Minimal.Replace("'#/components/schemas/Thing'", "'#/components/schemas/Thing/properties/p0'"));
        for (var i = 0; i < 40; i++)
        {
            builder.Append($"\n        p{i}:\n          $ref: '#/components/schemas/Thing/properties/p{i + 1}'");
        }

        builder.Append("\n        p40:\n          type: object\n          properties:\n            leaf:\n              type: string\n");

        var outcome = Run(builder.ToString());
        Assert.Empty(outcome.GeneratorDiagnostics);
        // The schema at the end of the chain is named where it is written, though a $ref to it is bound first.
        Assert.Contains("Task<global::Example.Models.Thing_p40?> GetAsync(", outcome.Source("Example.Things.ThingsRequestBuilder.g.cs"));
        Assert.Contains("public global::Example.Models.Thing_p40? P0 { get; set; }", outcome.Source("Example.Models.Thing.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void A_discriminator_mapping_pointer_is_followed_to_its_component_and_one_to_an_inline_schema_is_a_UGEN026_warning()
    {
        var yaml = Minimal.Replace("      type: object\n      properties:\n", """
                  type: object
                  discriminator:
                    propertyName: kind
                    mapping:
                      special: '#/components/schemas/Thing/properties/special/items'
                      inner: '#/components/schemas/Thing/properties/inner'
                  properties:
                    kind:
                      type: string
                    special:
                      type: array
                      items:
                        $ref: '#/components/schemas/Special'
                    inner:
                      type: object

            """) + """

                Special:
                  allOf:
                    - $ref: '#/components/schemas/Thing'
                    - type: object
                      properties:
                        extra:
                          type: string
            """;

        var outcome = Run(yaml);
        var diagnostic = Single(outcome, "UGEN026");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'#/components/schemas/Thing/properties/inner', which is not a component schema", diagnostic.GetMessage());
        Assert.Contains("the value 'inner' is not mapped", diagnostic.GetMessage());
        var thing = outcome.Source("Example.Models.Thing.g.cs");
        Assert.Contains("if(string.Equals(mappingValue, \"special\", StringComparison.Ordinal)) return new global::Example.Models.Special();", thing);
        Assert.DoesNotContain("\"inner\", StringComparison", thing);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void An_unsupported_union_member_is_a_UGEN016_warning_naming_what_was_skipped()
    {
        var yaml = Minimal + "\n        shape:\n          oneOf:\n            - type: array\n              items:\n                type: array\n            - type: integer\n";

        var outcome = Run(yaml);
        var diagnostic = Single(outcome, "UGEN016");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("oneOf member that is untyped", diagnostic.GetMessage());
        Assert.Contains("Thing_shape", diagnostic.GetMessage());
        Assert.Equal(25, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("public int? Integer { get; set; }", outcome.Source("Example.Models.Thing.Thing_shape.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("info:\n  title: x\npaths: {}\n", "UGEN031", "'openapi' field is missing")]
    [InlineData("swagger: '1.2'\ninfo:\n  title: x\npaths: {}\n", "UGEN032", "Swagger 1.2")]
    [InlineData("openapi: 2.5.0\npaths: {}\n", "UGEN032", "use 3.0.x or 3.1.x")]
    [InlineData("- just\n- a list\n", "UGEN031", "must be a mapping")]
    [InlineData("", "UGEN030", "is empty")]
    [InlineData("openapi: 3.1.0\ninfo:\n  title: x\n", "UGEN033", "'paths' field is missing")]
    [InlineData("openapi: 3.1.0\ninfo:\n  title: x\npaths: [a]\n", "UGEN034", "'paths' must be a mapping")]
    [InlineData("openapi: 3.1.0\ninfo:\n  title: x\nservers:\n  - description: none\npaths: {}\n", "UGEN036", "needs a 'url'")]
    [InlineData("openapi: 3.1.0\ninfo:\n  title: x\npaths:\n  /a:\n    get:\n      parameters:\n        - name: q\n", "UGEN035", "needs both 'name' and 'in'")]
    public void A_description_that_is_not_usable_OpenAPI_3_gets_the_ID_of_what_is_wrong(string yaml, string id, string expected)
    {
        var diagnostic = Single(Run(yaml), id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(expected, diagnostic.GetMessage());
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
    }

    // YamlDotNet 16.3 throws on a block scalar whose first line holds only spaces; libyaml, PyYAML and Kiota read it.
    [Theory]
    [InlineData("|+")]
    [InlineData("|")]
    [InlineData("|-")]
    public void A_block_scalar_whose_first_line_holds_only_spaces_is_read_as_other_tools_read_it(string indicator)
    {
        var yaml = Minimal.Replace("name:\n          type: string", "name:\n          type: string\n          description: " + indicator + "\n            \n            The name.\n          example: x");
        Assert.NotEqual(Minimal, yaml);

        var outcome = Run(yaml);

        Assert.Empty(outcome.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Contains("The name.", outcome.Source("Example.Models.Thing.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    // Positions after the repaired block still point where they did.
    [Fact]
    public void Diagnostics_after_a_repaired_block_scalar_keep_their_line()
    {
        var yaml = Minimal.Replace("name:\n          type: string", "name:\n          type: string\n          description: |+\n            \n            The name.\n        size:\n          type: strng");

        var diagnostic = Single(Run(yaml), "UGEN041");

        var line = System.Array.FindIndex(yaml.Split('\n'), text => text.Contains("type: strng", System.StringComparison.Ordinal));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    // OpenAPI 3.1 allows webhooks without paths: the payload models are generated, with no diagnostic.
    [Fact]
    public void A_3_1_description_with_only_webhooks_generates_their_payload_models()
    {
        const string yaml = """
            openapi: 3.1.0
            info:
              title: Events
              version: '1'
            servers:
              - url: https://api.example.test
            webhooks:
              order.created:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            orderId:
                              type: string
                  responses:
                    '204':
                      description: received
            """;

        var outcome = Run(yaml);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("public string? OrderId { get; set; }", outcome.Source("Example.Models.CreatedPostRequestBody.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    // Mistakes that used to reach the user only as C# errors in their own code: each is reported at the offending value.
    [Theory]
    [InlineData("type: strng", "strng", "UGEN041", "use 'string'")]
    [InlineData("type: banana", "banana", "UGEN041", "one of string, number, integer, boolean, array, object or null")]
    [InlineData("type: string\n          enum: cat", "cat", "UGEN042", "enum: [cat]")]
    [InlineData("type: string\n          required: true", "true", "UGEN042", "list its name in the parent schema's 'required'")]
    [InlineData("type: integer\n          default: many", "many", "UGEN043", "is not an integer")]
    [InlineData("type: boolean\n          default: yes please", "yes please", "UGEN043", "true or false")]
    public void A_mistake_in_a_schema_is_a_warning_at_the_value_saying_what_to_write(string replacement, string offending, string id, string expected)
    {
        var yaml = Minimal.Replace("name:\n          type: string", "name:\n          " + replacement);
        Assert.NotEqual(Minimal, yaml);

        var outcome = Run(yaml);

        var diagnostic = Single(outcome, id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(expected, diagnostic.GetMessage());
        var lines = yaml.Split('\n');
        var line = System.Array.FindIndex(lines, text => text.Contains(": " + offending, System.StringComparison.Ordinal));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(lines[line].IndexOf(offending, System.StringComparison.Ordinal), diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    // A path key that is no URL template is reported at the key; its siblings still generate.
    [Theory]
    [InlineData("/things/{id", "unbalanced or empty braces")]
    [InlineData("/things/{}", "unbalanced or empty braces")]
    [InlineData("/things?beta=true/more", "'/' after its query or fragment")]
    [InlineData("/things#part/more", "'/' after its query or fragment")]
    public void A_malformed_path_key_is_UGEN011_at_the_key(string key, string expected)
    {
        var yaml = Minimal.Replace("paths:\n  /things:\n", "paths:\n  " + key + ":\n    get:\n      responses:\n        '204':\n          description: ok\n  /things:\n");
        Assert.NotEqual(Minimal, yaml);

        var outcome = Run(yaml);

        var diagnostic = Single(outcome, "UGEN011");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(expected, diagnostic.GetMessage());
        Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains(outcome.Sources, s => s.HintName == "Example.Things.ThingsRequestBuilder.g.cs");
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    // A name is repeated in every URL template and query class that uses it; a huge one made 100 MB of C#.
    [Fact]
    public void A_parameter_name_over_the_limit_is_UGEN026_at_the_name_and_the_rest_generates()
    {
        var name = new string('n', 1025);
        var yaml = Minimal.Replace("    get:\n      responses:", "    get:\n      parameters:\n        - name: " + name + "\n          in: query\n          schema:\n            type: string\n        - name: limit\n          in: query\n          schema:\n            type: integer\n      responses:");
        Assert.NotEqual(Minimal, yaml);

        var outcome = Run(yaml);

        var diagnostic = Single(outcome, "UGEN026");
        Assert.Contains("parameter name longer than 1,024 characters", diagnostic.GetMessage());
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(16, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        var builder = outcome.Source("Example.Things.ThingsRequestBuilder.g.cs");
        Assert.Contains("public int? Limit { get; set; }", builder);
        Assert.DoesNotContain(name, builder);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void Invalid_class_name_metadata_is_UGEN006_and_falls_back_to_the_default()
    {
        var outcome = GeneratorHarness.Run(new OpenApiInput(Path, Minimal, "Not A Name", "Example"));

        var diagnostic = Single(outcome, "UGEN006");
        Assert.Contains("UsageGenClientClassName", diagnostic.GetMessage());
        Assert.Contains(outcome.Sources, s => s.HintName == "Example.ApiClient.g.cs");
    }

    [Fact]
    public void Missing_servers_is_UGEN007_and_the_client_still_compiles()
    {
        var outcome = Run(Minimal.Replace("servers:\n  - url: https://api.example.test\n", string.Empty));

        Single(outcome, "UGEN007");
        Assert.DoesNotContain("RequestAdapter.BaseUrl = ", outcome.Source("Example.Client.g.cs"));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    // The file is not read at all (its YAML is broken): only the set-up warning says how to mark a description.
    [Fact]
    public void Files_without_the_opt_in_metadata_are_ignored_and_UGEN040_says_how_to_mark_one()
    {
        var outcome = GeneratorHarness.Run(new OpenApiInput(Path, "not: [valid", OptIn: false));

        Assert.Empty(outcome.Sources);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("UGEN040", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("UsageGenOpenApi=\"true\"", diagnostic.GetMessage());
    }

    [Fact]
    public void Without_the_Kiota_runtime_UGEN039_names_the_packages_and_nothing_is_generated()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var bare = GeneratorHarness.CreateCompilation(parseOptions).RemoveAllReferences()
            .AddReferences(GeneratorHarness.CreateCompilation(parseOptions).References.Where(reference => !(reference.Display ?? string.Empty).Contains("Kiota", System.StringComparison.OrdinalIgnoreCase)));
        GeneratorHarness.CreateDriver(parseOptions, new OpenApiInput(Path, Minimal, "Client", "Example"))
            .RunGeneratorsAndUpdateCompilation(bare, out var output, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("UGEN039", diagnostic.Id);
        Assert.Contains("Microsoft.Kiota.Abstractions", diagnostic.GetMessage());
        Assert.Contains("Version=\"" + KiotaRuntimeVersion() + "\"", diagnostic.GetMessage());
        Assert.Equal(bare.SyntaxTrees.Count(), output.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    // The version UGEN039 names is the one the repository builds and tests the generated code against.
    private static string KiotaRuntimeVersion()
    {
        for (var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var props = System.IO.Path.Combine(directory.FullName, "Directory.Packages.props");
            if (System.IO.File.Exists(props))
            {
                return System.Text.RegularExpressions.Regex.Match(System.IO.File.ReadAllText(props), "Include=\"Microsoft.Kiota.Abstractions\" Version=\"([^\"]+)\"").Groups[1].Value;
            }
        }

        throw new System.InvalidOperationException("Directory.Packages.props not found");
    }

    [Fact]
    public void A_reference_cycle_between_components_is_reported_not_followed_forever()
    {
        var yaml = Minimal.Replace("    get:\n", "    get:\n      parameters:\n        - $ref: '#/components/parameters/A'\n")
            + "\n  parameters:\n    A:\n      $ref: '#/components/parameters/B'\n    B:\n      $ref: '#/components/parameters/A'\n";
        Assert.Contains("parameters/A'", yaml);

        var outcome = Run(yaml);
        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN037" && d.GetMessage().Contains("cycle"));
        Assert.Contains(outcome.Sources, s => s.HintName == "Example.Things.ThingsRequestBuilder.g.cs");
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_are_refused_without_overflowing_the_stack()
    {
        var yaml = Minimal + "\nx-deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var diagnostic = Single(Run(yaml), "UGEN038");
        Assert.Contains("nested deeper than", diagnostic.GetMessage());
        Assert.Equal(23, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_duplicate_key_is_UGEN001_at_the_second_key_and_the_first_value_is_kept()
    {
        var yaml = Minimal.Replace("    get:\n", "    get:\n      summary: first\n      summary: second\n");
        Assert.Contains("summary: second", yaml);

        var outcome = Run(yaml);
        var diagnostic = Single(outcome, "UGEN001");
        Assert.Contains("'summary' appears twice", diagnostic.GetMessage());
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("first", outcome.Source("Example.Things.ThingsRequestBuilder.g.cs"));
    }

    [Fact]
    public void An_alias_bomb_in_schemas_stays_linear()
    {
        // Nine levels of nine aliases each would be 9^9 schemas if aliases were copied.
        var builder = new System.Text.StringBuilder(Minimal);
        builder.Append("\n    L0: &L0\n      type: object\n      properties:\n        leaf: {type: string}\n");
        for (var level = 1; level <= 9; level++)
        {
            builder.Append($"    L{level}: &L{level}\n      type: object\n      properties:\n");
            for (var i = 0; i < 9; i++)
            {
                builder.Append($"        p{i}: *L{level - 1}\n");
            }
        }

        var outcome = Run(builder.ToString());

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.True(outcome.Sources.Length < 40, $"{outcome.Sources.Length} files generated");
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void An_alias_to_its_own_ancestor_is_UGEN001()
    {
        var yaml = Minimal + "\n    Loop: &loop\n      type: object\n      properties:\n        self: *loop\n";

        var diagnostic = Single(Run(yaml), "UGEN001");
        Assert.Contains("*loop", diagnostic.GetMessage());
    }
}
