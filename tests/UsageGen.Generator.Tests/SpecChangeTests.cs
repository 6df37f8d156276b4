using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>Editing the description is the whole regeneration step: the client follows the YAML.</summary>
public sealed class SpecChangeTests
{
    private const string AddedOperation = """
          /api/v2/usage/guarded-rollouts:
            get:
              operationId: getGuardedRolloutsUsage
              summary: Get guarded rollouts usage
              description: Get a time series of guarded rollouts.
              parameters:
                - $ref: '#/components/parameters/LdApiVersion'
                - name: granularity
                  in: query
                  schema:
                    $ref: '#/components/schemas/Granularity'
              responses:
                '200':
                  description: Usage response
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/SeriesListRep'
                '429':
                  $ref: '#/components/responses/RateLimited'
        """;

    [Fact]
    public void An_operation_added_to_the_spec_appears_in_the_client()
    {
        var original = GeneratorHarness.LaunchDarkly();
        Assert.DoesNotContain(GeneratorHarness.Run(original).Sources, s => s.HintName.Contains("GuardedRollouts"));

        var yaml = original.Yaml.Replace("paths:\n", "paths:\n" + AddedOperation + "\n");
        var outcome = GeneratorHarness.Run(original with { Yaml = yaml });

        var builder = outcome.Source("UsageGen.LaunchDarkly.Api.V2.Usage.GuardedRollouts.GuardedRolloutsRequestBuilder.g.cs");
        Assert.Contains("\"{+baseurl}/api/v2/usage/guarded-rollouts{?granularity*}\"", builder);
        Assert.Contains("public async Task<global::UsageGen.LaunchDarkly.Models.SeriesListRep?> GetAsync(", builder);
        Assert.Contains("{ \"429\", global::UsageGen.LaunchDarkly.Models.RateLimitedErrorRep.CreateFromDiscriminatorValue },", builder);
        Assert.Contains("public global::UsageGen.LaunchDarkly.Models.Granularity? Granularity { get; set; }", builder);
        Assert.Contains("public global::UsageGen.LaunchDarkly.Api.V2.Usage.GuardedRollouts.GuardedRolloutsRequestBuilder GuardedRollouts", outcome.Source("UsageGen.LaunchDarkly.Api.V2.Usage.UsageRequestBuilder.g.cs"));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void Two_descriptions_in_one_project_generate_two_independent_clients()
    {
        var launchDarkly = GeneratorHarness.LaunchDarkly();
        var copy = launchDarkly with { Path = "/repo/spec/copy.yaml", ClientClassName = "OtherClient", ClientNamespace = "Other.Usage" };

        var outcome = GeneratorHarness.Run(launchDarkly, copy);

        Assert.Contains(outcome.RunResult.GeneratedTrees, tree => tree.FilePath.EndsWith("UsageGen.LaunchDarkly.LaunchDarklyUsageClient.g.cs"));
        Assert.Contains(outcome.RunResult.GeneratedTrees, tree => tree.FilePath.EndsWith("Other.Usage.OtherClient.g.cs"));
        Assert.Equal(
            outcome.RunResult.GeneratedTrees.Count(tree => tree.FilePath.Contains("UsageGen.LaunchDarkly.")),
            outcome.RunResult.GeneratedTrees.Count(tree => tree.FilePath.Contains("Other.Usage.")));
        Assert.Empty(outcome.CompilationDiagnostics);
    }
}
