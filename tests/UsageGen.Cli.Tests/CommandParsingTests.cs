using System;
using System.Text.Json;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Every command group parses and calls the operation it stands for, against the emulator.</summary>
    public sealed class CommandParsingTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture emulator;

        public CommandParsingTests(EmulatorFixture emulator) => this.emulator = emulator;

        [Theory]
        [InlineData("/api/v2/usage/total-mau", "mau total --project-key default --environment-key production --sdk-type server --anonymous false --group-by sdkName --group-by sdkType --aggregation-type month_to_date --granularity monthly --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/clientside-mau", "mau clientside --sdk-name js-client-sdk --group-by sdkAppId --aggregation-type rolling_30d --granularity daily --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/mau/sdks", "mau sdks --sdktype client --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/mau/bycategory", "mau bycategory --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/mau", "mau legacy --project default --environment production --sdktype server --groupby sdk --aggregation-type daily_incremental --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/total-contexts", "contexts total --context-kind user --context-kind device --group-by projectId --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/clientside-contexts", "contexts clientside --anonymous true --anonymous false --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/serverside-contexts", "contexts serverside --group-by environmentId --aggregation-type incremental --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}", "evaluations default production new-checkout --tz Europe/Berlin --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/events/{type}", "events received --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/events/{type}", "events published --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/streams/{source}", "streams client --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/streams/{source}/bysdkversion", "streams server --by-sdk-version --sdk Go --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/streams/{source}/sdkversions", "streams client --sdk-versions")]
        [InlineData("/api/v2/usage/data-export-events", "data-export-events --group-by eventKind --granularity hourly --aggregation-type incremental --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/experimentation-events", "experimentation events --group-by eventKey --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/experimentation-keys", "experimentation keys --group-by experimentId --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/service-connections", "service-connections --group-by connectionType --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/observability/errors", "observability errors --project-key default --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/observability/logs", "observability logs --granularity monthly --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/observability/metrics", "observability metrics --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/observability/sessions", "observability sessions --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/observability/traces", "observability traces --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/observability/metrics", "observability metrics --aggregation-type average --granularity hourly --from 2024-03-01 --to 2024-03-03")]
        [InlineData("/api/v2/usage/service-connections", "service-connections --sdk-app-id checkout-service --group-by sdkAppId --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/ai-runs", "ai-runs --sdk-name go-server-sdk --group-by sdkVersion --aggregation-type incremental --granularity hourly --from 2024-03-01 --to 2024-03-03")]
        [InlineData("/api/v2/usage/warehouse-export", "warehouse-export --destination snowflake-v2 --destination bigquery --group-by destination --from 2024-03-01 --to 2024-03-10")]
        [InlineData("/api/v2/usage/sdk-versions/details", "sdk-versions details")]
        [InlineData("/api/v2/usage/sdk-versions/all", "sdk-versions all --sdk-type server --connection-type proxy")]
        [InlineData("/api/v2/usage/vega-ai", "vega-ai --aggregation-type incremental --from 2024-03-01 --to 2024-03-10")]
        public async Task Each_command_calls_its_operation(string path, string commandLine)
        {
            var result = await LdUsage.RunAsync(emulator.Args((commandLine + " --json").Split(' ')));

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.Equal(string.Empty, result.Stderr);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(path, json.RootElement.GetProperty("path").GetString());
            Assert.False(json.RootElement.GetProperty("demo").GetBoolean());
            var items = json.RootElement.TryGetProperty("series", out var series) ? series : json.RootElement.GetProperty("items");
            Assert.NotEqual(0, items.GetArrayLength());
            LdUsage.AssertNoToken(result, EmulatorFixture.Token);
        }
    }
}
