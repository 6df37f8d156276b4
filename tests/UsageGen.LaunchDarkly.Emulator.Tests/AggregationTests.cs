using System;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>
    /// How aggregation types relate: incremental values are per period, month_to_date adds them up within a calendar
    /// month (restarting on the 1st), rolling_30d adds up the 30 days ending with the point, and monthly points
    /// are the month-to-date total at the month's last day.
    /// </summary>
    public sealed class AggregationTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture _fixture;

        public AggregationTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        [Fact]
        public async Task Month_to_date_accumulates_the_daily_increments_and_restarts_on_the_first()
        {
            var from = TestTime.Ms(2024, 2, 20);
            var to = TestTime.Ms(2024, 3, 10);
            var increments = await TotalMauAsync(AggregationType.Incremental, from, to);
            var monthToDate = await TotalMauAsync(AggregationType.Month_to_date, from, to);

            Assert.Equal(increments.Times, monthToDate.Times);
            var daily = increments.Values(0);
            var running = monthToDate.Values(0);
            var march1 = Array.IndexOf(monthToDate.Times, TestTime.Ms(2024, 3, 1));
            Assert.Equal(daily[march1], running[march1]);
            Assert.True(running[march1] < running[march1 - 1], "The total must drop back at the start of March.");
            for (var index = 1; index < running.Length; index++)
            {
                var carried = index == march1 ? 0 : running[index - 1];
                Assert.Equal(carried + daily[index], running[index]);
            }
        }

        [Fact]
        public async Task Rolling_30d_is_the_sum_of_the_30_daily_increments_ending_with_the_day()
        {
            var rolling = await TotalMauAsync(AggregationType.Rolling_30d, TestTime.Ms(2024, 3, 1), TestTime.Ms(2024, 3, 10));
            var increments = await TotalMauAsync(AggregationType.Incremental, TestTime.Ms(2024, 1, 31), TestTime.Ms(2024, 3, 10));

            var daily = increments.Values(0);
            var sums = rolling.Times.Select(time =>
            {
                var last = Array.IndexOf(increments.Times, time);
                return daily.Skip(last - 29).Take(30).Sum();
            });
            Assert.Equal(sums, rolling.Values(0));
            Assert.All(rolling.Times.Zip(rolling.Values(0)), point => Assert.True(point.Second > increments.ValueAt(0, point.First)));
        }

        [Fact]
        public async Task Monthly_points_are_the_month_to_date_total_at_each_months_last_day()
        {
            var client = _fixture.CreateClient();
            var monthly = SeriesData.From(await client.Api.V2.Usage.ClientsideMau.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 1, 1);
                c.QueryParameters.Granularity = Granularity.Monthly;
            }));
            var daily = SeriesData.From(await client.Api.V2.Usage.ClientsideMau.GetAsync(c => c.QueryParameters.From = TestTime.Ms(2024, 1, 1)));

            Assert.Equal(
                new[]
                {
                    daily.ValueAt(0, TestTime.Ms(2024, 1, 31)),
                    daily.ValueAt(0, TestTime.Ms(2024, 2, 29)),
                    daily.ValueAt(0, TestTime.Ms(2024, 3, 15)),
                },
                monthly.Values(0));
        }

        [Fact]
        public async Task Hourly_increments_add_up_to_the_days_increment_and_today_counts_only_until_now()
        {
            var client = _fixture.CreateClient();
            var hourly = SeriesData.From(await client.Api.V2.Usage.ExperimentationEvents.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 14);
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
                c.QueryParameters.Granularity = EventGranularity.Hourly;
            }));
            var daily = SeriesData.From(await client.Api.V2.Usage.ExperimentationEvents.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 14);
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
            }));

            var hours = hourly.Times.Zip(hourly.Values(0)).ToArray();
            var march14 = hours.Where(hour => hour.First < TestTime.Ms(2024, 3, 15)).Sum(hour => hour.Second);
            var march15 = hours.Where(hour => hour.First >= TestTime.Ms(2024, 3, 15)).Sum(hour => hour.Second);
            Assert.Equal(new[] { march14, march15 }, daily.Values(0));

            // Ten and a half hours into the day, less than half of a whole day's events have arrived.
            Assert.True(march15 < march14 / 2, $"{march15} is not a partial day next to {march14}.");
        }

        [Fact]
        public async Task Hourly_month_to_date_reaches_the_daily_month_to_date_at_the_days_last_hour()
        {
            var client = _fixture.CreateClient();
            var hourly = SeriesData.From(await client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 13);
                c.QueryParameters.To = TestTime.Ms(2024, 3, 13, 23);
                c.QueryParameters.Granularity = EventGranularity.Hourly;
            }));
            var daily = SeriesData.From(await client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 12);
                c.QueryParameters.To = TestTime.Ms(2024, 3, 13);
            }));

            var values = hourly.Values(0);
            Assert.Equal(24, values.Length);
            Assert.Equal(daily.ValueAt(0, TestTime.Ms(2024, 3, 13)), values[^1]);
            Assert.True(values[0] > daily.ValueAt(0, TestTime.Ms(2024, 3, 12)), "Month to date carries the earlier days.");
            Assert.True(values.Zip(values.Skip(1)).All(pair => pair.First <= pair.Second), "Month to date never decreases within a month.");
        }

#pragma warning disable CS0618 // getMauUsage is deprecated in the spec; the emulator still serves it.
        [Fact]
        public async Task Legacy_mau_counts_rolling_30_days_unless_daily_incremental_is_asked_for()
        {
            var client = _fixture.CreateClient();
            var byDefault = SeriesData.From(await client.Api.V2.Usage.Mau.GetAsync(c => c.QueryParameters.From = TestTime.Ms(2024, 3, 10)));
            var rolling = SeriesData.From(await client.Api.V2.Usage.Mau.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 3, 10);
                c.QueryParameters.AggregationType = MauAggregationType.Rolling_30d;
            }));
            var increments = SeriesData.From(await client.Api.V2.Usage.Mau.GetAsync(c =>
            {
                c.QueryParameters.From = TestTime.Ms(2024, 2, 10);
                c.QueryParameters.AggregationType = MauAggregationType.Daily_incremental;
            }));

            Assert.Equal(rolling.Values(0), byDefault.Values(0));
            var last30 = increments.Values(0).TakeLast(30).Sum();
            Assert.Equal(last30, rolling.ValueAt(0, TestTime.Ms(2024, 3, 15)));
        }
#pragma warning restore CS0618

        private async Task<SeriesData> TotalMauAsync(AggregationType aggregation, long from, long to) =>
            SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.From = from;
                c.QueryParameters.To = to;
                c.QueryParameters.AggregationType = aggregation;
            }));
    }
}
