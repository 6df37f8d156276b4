using System.Collections.Generic;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// The descriptions both generators are run on: the repository's own. Public real-world ones are not committed here
/// (fetched files stay out of this repository's commits); tests/parity/README.md lists the pinned set requested for
/// the shared folder and its figures.
/// </summary>
public static class ParitySet
{
    public static IReadOnlyList<ParityDescription> Descriptions { get; } = new[]
    {
        new ParityDescription("launchdarkly", "spec/launchdarkly-usage.yaml", "LaunchDarklyUsageClient", "UsageGen.LaunchDarkly"),
        new ParityDescription("constructs", "tests/specs/constructs.yaml", "ConstructsClient", "Constructs"),
        new ParityDescription("apikey-usage", "tests/specs/apikey-usage.yaml", "ApiKeyUsageClient", "UsageGen.SeedApis.ApiKeyUsage"),
        new ParityDescription("workspace-metrics", "tests/specs/workspace-metrics.yaml", "WorkspaceMetricsClient", "UsageGen.SeedApis.WorkspaceMetrics"),
        new ParityDescription("swagger2", "tests/specs/swagger2.yaml", "Swagger2Client", "Swagger2"),
        new ParityDescription("multifile", "tests/specs/multifile-parity/api.yaml", "ShelterClient", "Shelter", MultiFile: true),
    };
}
