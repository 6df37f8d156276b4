using System;
using System.Linq;
using System.Text;
using System.Threading;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Inputs that once overflowed the stack, blew up the output or produced code that did not compile. Each runs
/// on a 1 MB stack (the smallest a compiler host gives), so a regression fails here instead of on a user's machine.
/// </summary>
public sealed class GeneratorLimitTests
{
    private const string Header = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://x.test'}]\n";

    private static GeneratorOutcome RunOnSmallStack(string yaml)
    {
        GeneratorOutcome? outcome = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome = GeneratorHarness.Run(new OpenApiInput("/specs/limits.yaml", yaml, "LimitsClient", "Limits"));
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "the generator did not finish");
        Assert.Null(failure);
        Assert.Null(outcome!.Result.Exception);
        return outcome;
    }

    private static string Components(Func<int, string> entry, int count, string section = "schemas")
    {
        var builder = new StringBuilder(Header).Append("paths: {}\ncomponents:\n  ").Append(section).Append(":\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("    ").Append(entry(i)).Append('\n');
        }

        return builder.ToString();
    }

    [Fact]
    public void A_chain_of_7000_models_each_holding_the_next_is_built_without_recursion()
    {
        var outcome = RunOnSmallStack(Components(i => $"S{i}: {{type: object, properties: {{next: {{$ref: '#/components/schemas/S{i + 1}'}}}}}}", 7000)
            + "    S7000: {type: object}\n");

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Equal(7001, outcome.Sources.Count(s => s.HintName.StartsWith("Limits.Models.", StringComparison.Ordinal)));
        Assert.Contains("public global::Limits.Models.S4001? Next", outcome.Source("Limits.Models.S4000.g.cs"));
    }

    [Fact]
    public void A_chain_of_20000_references_stops_at_the_limit_with_a_warning()
    {
        var outcome = RunOnSmallStack(Components(i => $"S{i}: {{$ref: '#/components/schemas/S{i + 1}'}}", 20_000) + "    S20000: {type: string}\n");

        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN026" && d.GetMessage().Contains("only refer to the next"));
    }

    [Theory]
    [InlineData("parameters", "P{0}: {{$ref: '#/components/parameters/P{1}'}}")]
    [InlineData("responses", "R{0}: {{$ref: '#/components/responses/R{1}'}}")]
    public void A_chain_of_40000_parameter_or_response_references_is_refused(string section, string format)
    {
        var prefix = section == "parameters" ? "P" : "R";
        var yaml = Components(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i, i + 1), 40_000, section)
            .Replace("paths: {}\n", $"paths:\n  /x:\n    get:\n      {(section == "parameters" ? $"parameters: [{{$ref: '#/components/parameters/{prefix}0'}}]\n      responses: {{'204': {{description: none}}}}" : $"responses: {{'200': {{$ref: '#/components/responses/{prefix}0'}}}}")}\n");

        var outcome = RunOnSmallStack(yaml);

        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN037" && d.GetMessage().Contains("More than 64 $refs in a row"));
        Assert.Contains(outcome.Sources, s => s.HintName == "Limits.X.XRequestBuilder.g.cs");
    }

    [Fact]
    public void A_path_of_14000_segments_is_skipped_with_a_warning()
    {
        var deep = string.Concat(Enumerable.Repeat("/a", 14_000));
        var outcome = RunOnSmallStack(Header + $"paths:\n  ? {deep}\n  : get: {{responses: {{'204': {{description: none}}}}}}\n  /ok:\n    get: {{responses: {{'204': {{description: none}}}}}}\n");

        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN026" && d.GetMessage().Contains("more than 64 segments"));
        Assert.Contains(outcome.Sources, s => s.HintName == "Limits.Ok.OkRequestBuilder.g.cs");
    }

    [Theory]
    [InlineData("Node: {allOf: [{$ref: '#/components/schemas/Node'}], properties: {x: {type: string}}}")]
    [InlineData("A: {allOf: [{$ref: '#/components/schemas/B'}], properties: {a: {type: string}}}\n    B: {allOf: [{$ref: '#/components/schemas/A'}], properties: {b: {type: string}}}")]
    public void An_allOf_inheritance_cycle_is_cut_and_compiles(string schemas)
    {
        var outcome = RunOnSmallStack(Header + "paths: {}\ncomponents:\n  schemas:\n    " + schemas + "\n");

        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN024" && d.GetMessage().Contains("inheritance cycle"));
        Assert.True(outcome.CompilationDiagnostics.IsEmpty, string.Join("\n", outcome.CompilationDiagnostics));
    }

    [Fact]
    public void Names_starting_with_non_ASCII_digits_compile()
    {
        var outcome = RunOnSmallStack(Header + """
            paths:
              /٣x:
                get:
                  parameters:
                    - {name: ٣q, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/٣Thing'}
            components:
              schemas:
                ٣Thing:
                  type: object
                  properties:
                    ٣d: {type: string}
                    kind: {type: string, enum: ['٣']}
            """);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.True(outcome.CompilationDiagnostics.IsEmpty, string.Join("\n", outcome.CompilationDiagnostics));
        Assert.Contains(outcome.Sources, s => s.HintName == "Limits.Models.ThreeThing.g.cs");
    }

    [Fact]
    public void Line_and_paragraph_separators_and_lone_surrogates_stay_inside_doc_comments()
    {
        var outcome = RunOnSmallStack(Header + "paths:\n  /x:\n    get:\n      description: \"first\\Lsecond = 1;\\Pthird \\uD800 alone\"\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: string, enum: [\"red\\Pblue\"]}\n");

        Assert.True(outcome.CompilationDiagnostics.IsEmpty, string.Join("\n", outcome.CompilationDiagnostics));
    }

    [Fact]
    public void A_reversed_surrogate_escape_is_UGEN001_not_an_internal_failure()
    {
        var outcome = RunOnSmallStack(Header + "paths: {}\nx-note: \"\\uDC00\\uD800\"\n");

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("UGEN001", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_long_description_repeated_through_10000_aliases_does_not_blow_up_the_output()
    {
        var builder = new StringBuilder(Header).Append("x-big: &big '").Append('x', 100_000).Append("'\npaths: {}\ncomponents:\n  schemas:\n    Wide:\n      type: object\n      properties:\n");
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("        p").Append(i).Append(": {type: string, description: *big}\n");
        }

        var outcome = RunOnSmallStack(builder.ToString());

        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "UGEN027" && d.GetMessage().Contains("characters of descriptions"));
        Assert.True(outcome.Sources.Sum(s => s.SourceText.Length) < 10_000_000, "generated output should stay bounded");
    }
}
