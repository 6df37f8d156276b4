using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>The default output: one row per timestamp, one column per series label, and a bar chart of the totals.</summary>
    public sealed class TableOutputTests : IClassFixture<EmulatorFixture>
    {
        private static readonly char[] CellBorders = { '│', '|' };

        private readonly EmulatorFixture emulator;

        public TableOutputTests(EmulatorFixture emulator) => this.emulator = emulator;

        [Fact]
        public async Task Table_has_a_column_per_series_and_a_row_per_timestamp()
        {
            var result = await LdUsage.RunAsync(emulator.Args("mau", "total", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "sdkName"));

            var response = await TotalMauBySdkNameAsync();
            var expected = ExpectedSeries.From(response!.Metadata, response.Series);
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.Equal(string.Empty, result.Stderr);
            Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);

            var lines = result.Stdout.Split('\n');
            var header = Cells(lines.Single(line => line.Contains("date (UTC)", StringComparison.Ordinal)));
            Assert.Equal(new[] { "date (UTC)" }.Concat(expected.Labels), header);
            foreach (var (time, values) in expected.Points)
            {
                var date = DateTimeOffset.FromUnixTimeMilliseconds(time).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var row = Cells(lines.Single(line => Cells(line).FirstOrDefault() == date));
                Assert.Equal(new[] { date }.Concat(values.Select(value => value is { } number ? ExpectedSeries.Plain(number) : string.Empty)), row);
            }

            // month_to_date (the default) values are cumulative: a series' total is its latest value.
            AssertChart(lines, "Total per series (latest value)", expected, values => values.Last());
        }

        [Fact]
        public async Task Incremental_totals_are_sums()
        {
            var result = await LdUsage.RunAsync(emulator.Args("contexts", "total", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "sdkType", "--aggregation-type", "incremental"));

            var response = await emulator.CreateClient().Api.V2.Usage.TotalContexts.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
                request.QueryParameters.GroupBy = new[] { MauGroupBy.SdkType };
                request.QueryParameters.AggregationType = AggregationType.Incremental;
            });
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            AssertChart(result.Stdout.Split('\n'), "Total per series (sum over the range)", ExpectedSeries.From(response!.Metadata, response.Series), values => values.Sum());
        }

        // Service connection minutes are fractional; their sums must not show binary rounding noise (…0000000002).
        [Fact]
        public async Task Fractional_totals_are_exact_sums()
        {
            var result = await LdUsage.RunAsync(emulator.Args("service-connections", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "connectionType", "--aggregation-type", "incremental"));

            var response = await emulator.CreateClient().Api.V2.Usage.ServiceConnections.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
                request.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.ConnectionType };
                request.QueryParameters.AggregationType = EventAggregationType.Incremental;
            });
            var expected = ExpectedSeries.From(response!.Metadata, response.Series);
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.Contains(expected.Points, point => point.Values.Any(value => value != decimal.Truncate(value ?? 0)));
            AssertChart(result.Stdout.Split('\n'), "Total per series (sum over the range)", expected, values => values.Sum());
        }

        [Fact]
        public async Task Lists_are_tables_too()
        {
            var result = await LdUsage.RunAsync(emulator.Args("mau", "sdks", "--from", Timestamps.From, "--to", Timestamps.To));

            var response = await emulator.CreateClient().Api.V2.Usage.Mau.Sdks.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
            });
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            Assert.NotEmpty(response!.Sdks!);
            var cells = result.Stdout.Split('\n').Select(Cells).Where(row => row.Length == 1).Select(row => row[0]).ToList();
            Assert.Equal(new[] { "sdks" }.Concat(response.Sdks!), cells);
        }

        [Fact]
        public async Task At_80_columns_too_many_series_become_one_row_per_date_and_series()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string?> { ["COLUMNS"] = "80" };
            var result = await LdUsage.RunAsync(environment, emulator.Args("mau", "total", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "sdkName"));

            var response = await TotalMauBySdkNameAsync();
            var expected = ExpectedSeries.From(response!.Metadata, response.Series);
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            var lines = result.Stdout.Split('\n');
            Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
            Assert.Equal(new[] { "date (UTC)", "series", "value" }, Cells(lines.First(line => line.Contains("date (UTC)", StringComparison.Ordinal))));

            // Every value stands whole in the row of its date and series: no number is split across lines.
            var rows = lines.Select(Cells).Where(cells => cells.Length == 3).ToList();
            var expectedRows = expected.Points.SelectMany(point => point.Values
                .Select((value, index) => (point.Time, Index: index, Value: value))
                .Where(cell => cell.Value.HasValue)
                .Select(cell => new[]
                {
                    DateTimeOffset.FromUnixTimeMilliseconds(cell.Time).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    expected.Labels[cell.Index],
                    ExpectedSeries.Plain(cell.Value!.Value),
                }));
            Assert.Equal(expectedRows.Select(row => string.Join("|", row)), rows.Skip(1).Select(row => string.Join("|", row)));
        }

        [Fact]
        public async Task At_80_columns_series_that_fit_keep_a_column_each()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string?> { ["COLUMNS"] = "80" };
            var result = await LdUsage.RunAsync(environment, emulator.Args("mau", "total", "--from", Timestamps.From, "--to", Timestamps.To, "--group-by", "sdkType"));

            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            var lines = result.Stdout.Split('\n');
            Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
            Assert.Equal(new[] { "date (UTC)", "client", "server" }, Cells(lines.First(line => line.Contains("date (UTC)", StringComparison.Ordinal))));
        }

        [Fact]
        public async Task Averages_are_charted_as_their_latest_value()
        {
            var result = await LdUsage.RunAsync(emulator.Args("observability", "metrics", "--from", Timestamps.From, "--to", Timestamps.To, "--aggregation-type", "average"));

            var response = await emulator.CreateClient().Api.V2.Usage.Observability.Metrics.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromSeconds;
                request.QueryParameters.To = Timestamps.ToSeconds;
                request.QueryParameters.AggregationType = ObservabilityMetricsAggregationType.Average;
            });
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            var expected = ExpectedSeries.From(response!.Metadata, response.Series);
            var chart = result.Stdout.Split('\n').SkipWhile(line => !line.Contains("Average per series (latest value)", StringComparison.Ordinal)).Skip(1).First().Trim();
            Assert.EndsWith(" " + ExpectedSeries.Plain(expected.Points.Last(point => point.Values[0].HasValue).Values[0]!.Value), chart, StringComparison.Ordinal);
        }

        // SDK version details have 18 fields: at 80 columns each item becomes one row per field that has a value.
        [Fact]
        public async Task At_80_columns_wide_lists_become_one_row_per_field()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string?> { ["COLUMNS"] = "80" };
            var result = await LdUsage.RunAsync(environment, emulator.Args("sdk-versions", "details"));

            var response = await emulator.CreateClient().Api.V2.Usage.SdkVersions.Details.GetAsync();
            Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
            var lines = result.Stdout.Split('\n');
            Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
            Assert.Equal(new[] { "#", "field", "value" }, Cells(lines.First(line => line.Contains("field", StringComparison.Ordinal))));
            var rows = lines.Select(Cells).Where(cells => cells.Length == 3).Skip(1).ToList();
            var numbers = rows.Select(row => row[0]).Where(number => number.Length > 0).ToList();
            Assert.Equal(Enumerable.Range(1, response!.Count).Select(number => number.ToString(CultureInfo.InvariantCulture)), numbers);
            Assert.Contains(rows, row => row[1] == "eolStatus" && row[2] == "MajorVersionAvailable");
            Assert.Contains(rows, row => row[1] == "relayVersion" && row[2] == response.First(item => item.RelayVersion is not null).RelayVersion);
        }

        private Task<SeriesListRep?> TotalMauBySdkNameAsync() =>
            emulator.CreateClient().Api.V2.Usage.TotalMau.GetAsync(request =>
            {
                request.QueryParameters.From = Timestamps.FromMilliseconds;
                request.QueryParameters.To = Timestamps.ToMilliseconds;
                request.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
            });

        private static void AssertChart(string[] lines, string title, ExpectedSeries expected, Func<decimal[], decimal> total)
        {
            var chart = lines.SkipWhile(line => !line.Contains(title, StringComparison.Ordinal)).Skip(1).ToList();
            Assert.True(expected.Labels.Count > 1, "The comparison needs several series.");
            Assert.True(chart.Count >= expected.Labels.Count, "No bar chart titled " + title);
            for (var index = 0; index < expected.Labels.Count; index++)
            {
                var values = expected.Points.Where(point => point.Values[index].HasValue).Select(point => point.Values[index]!.Value).ToArray();
                var bar = chart[index].Trim();
                Assert.StartsWith(expected.Labels[index] + " ", bar, StringComparison.Ordinal);
                Assert.EndsWith(" " + ExpectedSeries.Plain(total(values)), bar, StringComparison.Ordinal);
            }
        }

        private static string[] Cells(string line)
        {
            var parts = line.Split(CellBorders);
            return parts.Length < 3 ? Array.Empty<string>() : parts[1..^1].Select(cell => cell.Trim()).ToArray();
        }
    }
}
