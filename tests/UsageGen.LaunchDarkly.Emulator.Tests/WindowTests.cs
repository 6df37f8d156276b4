using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>
    /// from/to defaults and units per operation, and the points each granularity gives: one per period, stamped
    /// with the period's start in Unix milliseconds. The clock is 2024-03-15T10:30:00Z.
    /// </summary>
    public sealed class WindowTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture _fixture;

        public WindowTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        [Fact]
        public async Task Millisecond_operation_defaults_to_the_start_of_the_month_until_now_with_daily_points()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync());

            Assert.Equal(TestTime.DailyMs(TestTime.Date(2024, 3, 1), TestTime.Date(2024, 3, 15)), data.Times);
        }

        [Fact]
        public async Task Second_operation_defaults_to_the_start_of_the_month_too()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Observability.Logs.GetAsync());

            Assert.Equal(TestTime.DailyMs(TestTime.Date(2024, 3, 1), TestTime.Date(2024, 3, 15)), data.Times);
        }

        [Fact]
        public async Task Second_operations_read_from_and_to_as_unix_seconds_and_answer_in_milliseconds()
        {
            var client = _fixture.CreateClient();

            var contexts = SeriesData.From(await client.Api.V2.Usage.ServersideContexts.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Seconds(2024, 2, 1);
                c.QueryParameters.To = TestTime.Seconds(2024, 2, 10);
            }));
            var vega = SeriesData.From(await client.Api.V2.Usage.VegaAi.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Seconds(2024, 2, 1);
                c.QueryParameters.To = TestTime.Seconds(2024, 2, 10);
            }));

            var expected = TestTime.DailyMs(TestTime.Date(2024, 2, 1), TestTime.Date(2024, 2, 10));
            Assert.Equal(expected, contexts.Times);
            Assert.Equal(expected, vega.Times);
        }

#pragma warning disable CS0618 // getMauUsage is deprecated in the spec; the emulator still serves it.
        [Fact]
        public async Task Legacy_mau_defaults_to_30_days_ago_with_daily_points()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Mau.GetAsync());

            // 30 days before 2024-03-15T10:30Z is 2024-02-14T10:30Z, inside the day that starts the series.
            Assert.Equal(TestTime.DailyMs(TestTime.Date(2024, 2, 14), TestTime.Date(2024, 3, 15)), data.Times);
        }
#pragma warning restore CS0618

        [Fact]
        public async Task Evaluations_default_to_30_days_of_daily_points()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Evaluations["default"]["production"]["dark-mode"].GetAsync());

            Assert.Equal(TestTime.DailyMs(TestTime.Date(2024, 2, 14), TestTime.Date(2024, 3, 15)), data.Times);
        }

        [Fact]
        public async Task Events_default_to_the_last_24_hours_with_hourly_points()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Events[EventType.Received].GetAsync());

            var expected = Enumerable.Range(0, 25).Select(hour => TestTime.Ms(2024, 3, 14, 10) + (hour * 3_600_000L)).ToArray();
            Assert.Equal(expected, data.Times);
        }

        [Fact]
        public async Task Stream_window_within_the_last_two_hours_gives_minutely_points()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Streams[StreamSource.Server].GetAsync(c =>
                c.QueryParameters.From = TestTime.Ms(2024, 3, 15, 9, 30)));

            var expected = Enumerable.Range(0, 61).Select(minute => TestTime.Ms(2024, 3, 15, 9, 30) + (minute * 60_000L)).ToArray();
            Assert.Equal(expected, data.Times);
        }

        [Fact]
        public async Task Daily_points_break_at_midnight_in_the_requested_time_zone()
        {
            // New York moves from UTC-5 to UTC-4 on 2024-03-10.
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Streams[StreamSource.Client].GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 8, 5);
                c.QueryParameters.To = TestTime.Ms(2024, 3, 12, 4);
                c.QueryParameters.Tz = "America/New_York";
            }));

            Assert.Equal(
                new[] { TestTime.Ms(2024, 3, 8, 5), TestTime.Ms(2024, 3, 9, 5), TestTime.Ms(2024, 3, 10, 5), TestTime.Ms(2024, 3, 11, 4), TestTime.Ms(2024, 3, 12, 4) },
                data.Times);
        }

        [Fact]
        public async Task A_past_window_ends_at_to()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalContexts.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 2, 1);
                c.QueryParameters.To = TestTime.Ms(2024, 2, 29, 23);
            }));

            Assert.Equal(TestTime.DailyMs(TestTime.Date(2024, 2, 1), TestTime.Date(2024, 2, 29)), data.Times);
        }

        [Fact]
        public async Task Monthly_granularity_gives_one_point_per_calendar_month()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2023, 12, 20);
                c.QueryParameters.Granularity = Granularity.Monthly;
            }));

            Assert.Equal(new[] { TestTime.Ms(2023, 12, 1), TestTime.Ms(2024, 1, 1), TestTime.Ms(2024, 2, 1), TestTime.Ms(2024, 3, 1) }, data.Times);
        }

        [Fact]
        public async Task Hourly_granularity_gives_one_point_per_hour_up_to_now()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.DataExportEvents.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 14);
                c.QueryParameters.Granularity = EventGranularity.Hourly;
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
            }));

            // All of March 14, then March 15 up to 10:00, the hour holding now.
            var expected = Enumerable.Range(0, 24 + 11).Select(hour => TestTime.Ms(2024, 3, 14) + (hour * 3_600_000L)).ToArray();
            Assert.Equal(expected, data.Times);
        }

        [Fact]
        public async Task A_window_entirely_in_the_future_has_no_points()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 4, 1);
                c.QueryParameters.To = TestTime.Ms(2024, 4, 10);
            }));

            Assert.Empty(data.Times);
            Assert.Equal(1, data.SeriesCount);
        }
    }
}
