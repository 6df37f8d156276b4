using System.Linq;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>--csv writes a time,series,value header and one row per value the emulator returns.</summary>
    public sealed class CsvOutputTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture emulator;

        public CsvOutputTests(EmulatorFixture emulator) => this.emulator = emulator;

        [Fact]
        public async Task Csv_has_a_header_and_a_row_per_value()
        {
            var result = await LdUsage.RunAsync(emulator.Args("contexts", "total", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "sdkType", "--csv"));

            var response = await emulator.CreateClient().Api.V2.Usage.TotalContexts.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
                request.QueryParameters.GroupBy = new[] { MauGroupBy.SdkType };
            });
            var expected = ExpectedSeries.From(response!.Metadata, response.Series);
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.True(expected.Labels.Count > 1, "The comparison needs several series.");

            var lines = result.Stdout.Split('\n');
            Assert.Equal("time,series,value", lines[0]);
            Assert.Equal(string.Empty, lines[^1]);
            var expectedRows = expected.Points
                .SelectMany(point => point.Values
                    .Select((value, index) => (value, index))
                    .Where(pair => pair.value.HasValue)
                    .Select(pair => Timestamps.Iso(point.Time) + "," + expected.Labels[pair.index] + "," + ExpectedSeries.Plain(pair.value!.Value)));
            Assert.Equal(expectedRows, lines[1..^1]);
        }
    }
}
