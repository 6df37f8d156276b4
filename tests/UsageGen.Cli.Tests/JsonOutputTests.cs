using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>--json writes exactly the series the emulator returns, with from/to sent in each operation's unit.</summary>
    public sealed class JsonOutputTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture emulator;

        public JsonOutputTests(EmulatorFixture emulator) => this.emulator = emulator;

        [Fact]
        public async Task Json_matches_the_emulator_for_an_operation_in_milliseconds()
        {
            var result = await LdUsage.RunAsync(emulator.Args("mau", "total", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "sdkName", "--json"));

            var expected = await emulator.CreateClient().Api.V2.Usage.TotalMau.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
                request.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
            });
            AssertJsonMatches(result, "/api/v2/usage/total-mau", ExpectedSeries.From(expected!.Metadata, expected.Series));
        }

        // serverside-contexts documents Unix seconds; sent in milliseconds, the range would be refused (400).
        [Fact]
        public async Task Json_matches_the_emulator_for_an_operation_in_seconds()
        {
            var result = await LdUsage.RunAsync(emulator.Args("contexts", "serverside", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "projectId", "--json"));

            var expected = await emulator.CreateClient().Api.V2.Usage.ServersideContexts.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromSeconds;
                request.QueryParameters.To = Timestamps.ToSeconds;
                request.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.ProjectId };
            });
            AssertJsonMatches(result, "/api/v2/usage/serverside-contexts", ExpectedSeries.From(expected!.Metadata, expected.Series));
        }

        // AssertJsonMatches compares each value's raw text: counts are plain integers, minutes keep their fractions.
        [Fact]
        public async Task Json_keeps_the_fractions_of_service_connection_minutes()
        {
            var result = await LdUsage.RunAsync(emulator.Args("service-connections", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "connectionType", "--aggregation-type", "incremental", "--json"));

            var response = await emulator.CreateClient().Api.V2.Usage.ServiceConnections.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
                request.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.ConnectionType };
                request.QueryParameters.AggregationType = EventAggregationType.Incremental;
            });
            var expected = ExpectedSeries.From(response!.Metadata, response.Series);
            Assert.Contains(expected.Points, point => point.Values.Any(value => value != decimal.Truncate(value ?? 0)));
            AssertJsonMatches(result, "/api/v2/usage/service-connections", expected);

            using var json = JsonDocument.Parse(result.Stdout);
            var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();
            for (var index = 0; index < series.Count; index++)
            {
                var values = expected.Points.Where(point => point.Values[index].HasValue).Select(point => point.Values[index]!.Value);
                Assert.Equal(ExpectedSeries.Plain(values.Sum()), series[index].GetProperty("total").GetRawText());
            }
        }

        [Fact]
        public async Task Times_with_an_offset_are_converted_to_utc()
        {
            var dates = await LdUsage.RunAsync(emulator.Args("experimentation", "keys", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "projectId", "--json"));
            var offsets = await LdUsage.RunAsync(emulator.Args("experimentation", "keys", "--from", "2024-03-01T02:00:00+02:00", "--to", "2024-03-09T19:00:00-05:00", "--group-by", "projectId", "--json"));

            Assert.True(dates.ExitCode == ExitCodes.Success, dates.Stderr);
            Assert.Contains("\"points\": [\n", dates.Stdout, System.StringComparison.Ordinal);
            Assert.Equal(dates, offsets);
        }

        [Fact]
        public async Task Json_lists_the_sdk_versions()
        {
            var result = await LdUsage.RunAsync(emulator.Args("streams", "server", "--sdk-versions", "--json"));

            var expected = await emulator.CreateClient().Api.V2.Usage.Streams[StreamSource.Server].Sdkversions.GetAsync();
            Assert.Equal(ExitCodes.Success, result.ExitCode);
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(
                expected!.SdkVersions!.Select(version => (version.Sdk, version.Version)),
                json.RootElement.GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("sdk").GetString(), item.GetProperty("version").GetString())));
        }

        [Fact]
        public async Task Json_lists_the_sdk_version_details_with_wire_values_and_nulls()
        {
            var result = await LdUsage.RunAsync(emulator.Args("sdk-versions", "all", "--sdk-type", "server", "--json"));

            var expected = await emulator.CreateClient().Api.V2.Usage.SdkVersions.All.GetAsync(request => request.QueryParameters.SdkType = "server");
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            using var json = JsonDocument.Parse(result.Stdout);
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(expected!.Count, items.Count);
            for (var index = 0; index < items.Count; index++)
            {
                Assert.Equal(expected[index].Name, items[index].GetProperty("name").GetString());
                Assert.Equal(expected[index].Version, items[index].GetProperty("version").GetString());
                Assert.Equal(expected[index].RelayVersion, items[index].GetProperty("relayVersion").GetString());
                Assert.Equal(expected[index].EolStatus?.ToString(), items[index].GetProperty("eolStatus").GetString());
            }

            Assert.Contains(items, item => item.GetProperty("eolStatus").GetString() == "EolPast");
            Assert.Contains(items, item => item.GetProperty("relayEolStatus").ValueKind == JsonValueKind.Null);
        }

        private static void AssertJsonMatches(CliResult result, string path, ExpectedSeries expected)
        {
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.True(expected.Labels.Count > 1, "The comparison needs several series.");
            Assert.NotEmpty(expected.Points);

            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(path, json.RootElement.GetProperty("path").GetString());
            Assert.False(json.RootElement.GetProperty("demo").GetBoolean());
            var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();
            Assert.Equal(expected.Labels.Count, series.Count);
            for (var index = 0; index < series.Count; index++)
            {
                Assert.Equal(expected.Labels[index], series[index].GetProperty("label").GetString());
                Assert.Equal(
                    expected.Metadata[index].OrderBy(pair => pair.Key),
                    series[index].GetProperty("metadata").EnumerateObject().Select(property => new System.Collections.Generic.KeyValuePair<string, string>(property.Name, property.Value.GetString()!)).OrderBy(pair => pair.Key));
                Assert.Equal(
                    expected.Points.Where(point => point.Values[index].HasValue).Select(point => (point.Time, ExpectedSeries.Plain(point.Values[index]!.Value), Timestamps.Iso(point.Time))),
                    series[index].GetProperty("points").EnumerateArray().Select(point => (point.GetProperty("timestamp").GetInt64(), point.GetProperty("value").GetRawText(), point.GetProperty("time").GetString()!)));
            }
        }
    }
}
