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
        [InlineData("getMAUTotalUsage", "mau total --project-key default --environment-key production --sdk-type server --anonymous false --group-by sdkName --group-by sdkType --aggregation-type month_to_date --granularity monthly --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getMAUClientsideUsage", "mau clientside --sdk-name js-client-sdk --group-by sdkAppId --aggregation-type rolling_30d --granularity daily --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getMauSdksByType", "mau sdks --sdktype client --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getMauUsageByCategory", "mau bycategory --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getMauUsage", "mau legacy --project default --environment production --sdktype server --groupby sdk --aggregation-type daily_incremental --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getContextsTotalUsage", "contexts total --context-kind user --context-kind device --group-by projectId --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getContextsClientsideUsage", "contexts clientside --anonymous true --anonymous false --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getContextsServersideUsage", "contexts serverside --group-by environmentId --aggregation-type incremental --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getEvaluationsUsage", "evaluations default production new-checkout --tz Europe/Berlin --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getEventsUsage", "events received --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getEventsUsage", "events published --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getStreamUsage", "streams client --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getStreamUsageBySdkVersion", "streams server --by-sdk-version --sdk Go --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getStreamUsageSdkversion", "streams client --sdk-versions")]
        [InlineData("getDataExportEventsUsage", "data-export-events --group-by eventKind --granularity hourly --aggregation-type incremental --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getExperimentationEventsUsage", "experimentation events --group-by eventKey --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getExperimentationKeysUsage", "experimentation keys --group-by experimentId --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getServiceConnectionsUsage", "service-connections --group-by connectionType --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getObservabilityErrorsUsage", "observability errors --project-key default --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getObservabilityLogsUsage", "observability logs --granularity monthly --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getObservabilityMetricsUsage", "observability metrics --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getObservabilitySessionsUsage", "observability sessions --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getObservabilityTracesUsage", "observability traces --from 2024-03-01 --to 2024-03-10")]
        [InlineData("getVegaAIUsage", "vega-ai --aggregation-type incremental --from 2024-03-01 --to 2024-03-10")]
        public async Task Each_command_calls_its_operation(string operationId, string commandLine)
        {
            var result = await LdUsage.RunAsync(emulator.Args((commandLine + " --json").Split(' ')));

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.Equal(string.Empty, result.Stderr);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(operationId, json.RootElement.GetProperty("operation").GetString());
            var items = json.RootElement.TryGetProperty("series", out var series) ? series : json.RootElement.GetProperty("items");
            Assert.NotEqual(0, items.GetArrayLength());
            LdUsage.AssertNoToken(result, EmulatorFixture.Token);
        }
    }
}
