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
    /// month (restarting on the 1st), rolling_30d adds up the 30 days ending with the point, average (observability
    /// metrics) divides the month-to-date total by the periods of the month so far, and monthly points are the
    /// daily value at the month's last day.
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

        [Fact]
        public async Task Ai_runs_and_warehouse_export_accumulate_their_daily_increments_month_to_date()
        {
            var client = _fixture.CreateClient();
            var from = TestTime.Ms(2024, 2, 25);
            var to = TestTime.Ms(2024, 3, 5);
            var aiRuns = await client.Api.V2.Usage.AiRuns.GetAsync(c =>
            {
                c.QueryParameters.From = from;
                c.QueryParameters.To = to;
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
            });
            var aiRunsToDate = await client.Api.V2.Usage.AiRuns.GetAsync(c =>
            {
                c.QueryParameters.From = from;
                c.QueryParameters.To = to;
            });
            var exported = await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
            {
                c.QueryParameters.From = from;
                c.QueryParameters.To = to;
                c.QueryParameters.AggregationType = EventAggregationType.Incremental;
            });
            var exportedToDate = await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
            {
                c.QueryParameters.From = from;
                c.QueryParameters.To = to;
                c.QueryParameters.AggregationType = EventAggregationType.Month_to_date;
            });

            AssertRunningTotals(SeriesData.From(aiRuns), SeriesData.From(aiRunsToDate));
            AssertRunningTotals(SeriesData.From(exported), SeriesData.From(exportedToDate));
        }

        [Fact]
        public async Task Metrics_average_is_the_month_to_date_total_over_the_days_of_the_month_so_far()
        {
            var from = TestTime.Seconds(2024, 2, 27);
            var to = TestTime.Seconds(2024, 3, 10);
            var monthToDate = await MetricsAsync(ObservabilityMetricsAggregationType.Month_to_date, EventGranularity.Daily, from, to);
            var average = await MetricsAsync(ObservabilityMetricsAggregationType.Average, EventGranularity.Daily, from, to);

            Assert.Equal(monthToDate.Times, average.Times);
            var expected = monthToDate.Times.Zip(monthToDate.Values(0), (time, total) => Mean(total, DateTimeOffset.FromUnixTimeMilliseconds(time).Day));
            Assert.Equal(expected, average.Values(0));

            // The mean restarts with the month: on the 1st it is that day's own amount.
            var march1 = TestTime.Ms(2024, 3, 1);
            Assert.Equal(monthToDate.ValueAt(0, march1), average.ValueAt(0, march1));
            Assert.True(average.ValueAt(0, TestTime.Ms(2024, 2, 29)) < monthToDate.ValueAt(0, TestTime.Ms(2024, 2, 29)) / 20);
        }

        [Fact]
        public async Task Metrics_hourly_average_is_the_month_to_date_total_over_the_hours_of_the_month_so_far()
        {
            var from = TestTime.Seconds(2024, 3, 2);
            var to = TestTime.Seconds(2024, 3, 2, 23);
            var monthToDate = await MetricsAsync(ObservabilityMetricsAggregationType.Month_to_date, EventGranularity.Hourly, from, to);
            var average = await MetricsAsync(ObservabilityMetricsAggregationType.Average, EventGranularity.Hourly, from, to);
            var daily = await MetricsAsync(ObservabilityMetricsAggregationType.Month_to_date, EventGranularity.Daily, from, to);

            Assert.Equal(24, average.Times.Length);
            Assert.Equal(monthToDate.Times, average.Times);
            var expected = monthToDate.Times.Zip(monthToDate.Values(0), (time, total) => Mean(total, ((time - TestTime.Ms(2024, 3, 1)) / 3_600_000) + 1));
            Assert.Equal(expected, average.Values(0));

            // Hourly month to date reaches the day's month to date at its last hour.
            Assert.Equal(daily.ValueAt(0, TestTime.Ms(2024, 3, 2)), monthToDate.Values(0)[^1]);
        }

        [Fact]
        public async Task Metrics_monthly_points_are_the_daily_average_or_month_to_date_at_each_months_last_day()
        {
            var from = TestTime.Seconds(2024, 1, 1);
            var to = TestTime.Seconds(2024, 3, 15, 10);
            foreach (var aggregation in new[] { ObservabilityMetricsAggregationType.Average, ObservabilityMetricsAggregationType.Month_to_date })
            {
                var monthly = await MetricsAsync(aggregation, EventGranularity.Monthly, from, to);
                var daily = await MetricsAsync(aggregation, EventGranularity.Daily, from, to);

                Assert.Equal(new[] { TestTime.Ms(2024, 1, 1), TestTime.Ms(2024, 2, 1), TestTime.Ms(2024, 3, 1) }, monthly.Times);
                Assert.Equal(
                    new[] { daily.ValueAt(0, TestTime.Ms(2024, 1, 31)), daily.ValueAt(0, TestTime.Ms(2024, 2, 29)), daily.ValueAt(0, TestTime.Ms(2024, 3, 15)) },
                    monthly.Values(0));
            }
        }

        [Fact]
        public async Task Metrics_aggregate_month_to_date_by_default()
        {
            var client = _fixture.CreateClient();
            var byDefault = SeriesData.From(await client.Api.V2.Usage.Observability.Metrics.GetAsync());
            var monthToDate = SeriesData.From(await client.Api.V2.Usage.Observability.Metrics.GetAsync(c =>
                c.QueryParameters.AggregationType = ObservabilityMetricsAggregationType.Month_to_date));

            Assert.Equal(monthToDate.Times, byDefault.Times);
            Assert.Equal(monthToDate.Values(0), byDefault.Values(0));
            Assert.Equal(15, byDefault.Times.Length);
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

        // Rounded as the emulator rounds counts: half away from zero.
        private static decimal Mean(decimal total, long periods) => Math.Round(total / periods, MidpointRounding.AwayFromZero);

        // Each month-to-date value is the previous one plus the day's increment, restarting on the first.
        private static void AssertRunningTotals(SeriesData increments, SeriesData monthToDate)
        {
            Assert.Equal(increments.Times, monthToDate.Times);
            var daily = increments.Values(0);
            var running = monthToDate.Values(0);
            Assert.All(daily, value => Assert.True(value > 0, "Every day has some data."));
            for (var index = 1; index < running.Length; index++)
            {
                var carried = DateTimeOffset.FromUnixTimeMilliseconds(monthToDate.Times[index]).Day == 1 ? 0 : running[index - 1];
                Assert.Equal(carried + daily[index], running[index]);
            }
        }

        private async Task<SeriesData> MetricsAsync(ObservabilityMetricsAggregationType aggregation, EventGranularity granularity, long fromSeconds, long toSeconds) =>
            SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Observability.Metrics.GetAsync(c =>
            {
                c.QueryParameters.From = fromSeconds;
                c.QueryParameters.To = toSeconds;
                c.QueryParameters.AggregationType = aggregation;
                c.QueryParameters.Granularity = granularity;
            }));

        private async Task<SeriesData> TotalMauAsync(AggregationType aggregation, long from, long to) =>
            SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.From = from;
                c.QueryParameters.To = to;
                c.QueryParameters.AggregationType = aggregation;
            }));
    }
}
