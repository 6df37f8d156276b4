using System;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// ToSeries(): the raw "0"/"1" keys of a usage response, parsed by Kiota over real HTTP, become labelled series
    /// of typed points.
    /// </summary>
    public sealed class SeriesViewTests : IClassFixture<UsageApiServer>
    {
        private readonly UsageApiServer _server;

        public SeriesViewTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task A_grouped_response_gives_one_labelled_series_per_group()
        {
            _server.Enqueue("/api/v2/usage/total-mau", ScriptedResponse.Json(200, """
                {"_links":{},
                 "metadata":[{"sdkName":"go-server-sdk","sdkType":"server"},{"sdkName":"js-client-sdk","anonymous":true,"version":3}],
                 "series":[{"time":1790899200000,"0":15,"1":4},{"time":1790812800000,"0":11}]}
                """));

            var series = (await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync())!.ToSeries();

            Assert.Equal(2, series.Count);
            Assert.Equal("go-server-sdk, server", series[0].Label);
            Assert.Equal("server", series[0].Metadata["sdkType"]);
            Assert.Equal(new[] { 11L, 15L }, series[0].Points.Select(p => p.Value));
            Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), series[0].Points[0].Time);
            Assert.Equal("true", series[1].Metadata["anonymous"]);
            Assert.Equal("3", series[1].Metadata["version"]);
            var only = Assert.Single(series[1].Points);
            Assert.Equal((new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), 4L), (only.Time, only.Value));
        }

        [Fact]
        public async Task An_ungrouped_response_is_one_Total_series()
        {
            _server.Enqueue("/api/v2/usage/vega-ai", ScriptedResponse.Json(200, """{"_links":{},"metadata":[{}],"series":[{"time":1790812800,"0":7}]}"""));

            var series = Assert.Single((await _server.CreateClient().Api.V2.Usage.VegaAi.GetAsync())!.ToSeries());

            Assert.Equal("Total", series.Label);
            Assert.Empty(series.Metadata);
            // A timestamp this small is in seconds.
            Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(series.Points).Time);
        }

        [Fact]
        public async Task The_fractional_variant_keeps_doubles()
        {
            _server.Enqueue("/api/v2/usage/service-connections", ScriptedResponse.Json(200, """
                {"_links":{},"metadata":[{"connectionType":"relay"}],"series":[{"time":1790812800000,"0":12.75},{"time":1790899200000,"0":0.5}]}
                """));

            var series = Assert.Single((await _server.CreateClient().Api.V2.Usage.ServiceConnections.GetAsync())!.ToSeries());

            Assert.Equal("relay", series.Label);
            Assert.Equal(new[] { 12.75, 0.5 }, series.Points.Select(p => p.Value));
        }

        [Fact]
        public async Task Series_without_metadata_are_named_by_their_key_and_ordered_numerically()
        {
            var slices = string.Join(",", Enumerable.Range(0, 11).Select(i => $"\"{i}\":{i}"));
            _server.Enqueue("/api/v2/usage/total-contexts", ScriptedResponse.Json(200, "{\"_links\":{},\"metadata\":[],\"series\":[{\"time\":1790812800000," + slices + "}]}"));

            var series = (await _server.CreateClient().Api.V2.Usage.TotalContexts.GetAsync())!.ToSeries();

            Assert.Equal(Enumerable.Range(0, 11).Select(i => "Series " + i), series.Select(s => s.Label));
            Assert.Equal(10L, series[10].Points.Single().Value);
        }
    }
}
