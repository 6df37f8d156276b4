using System;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Http;
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
            Assert.Equal("go-server-sdk / server", series[0].Label);
            Assert.Equal("server", series[0].Metadata["sdkType"]);
            Assert.Equal(new[] { 11L, 15L }, series[0].Points.Select(p => p.Value));
            Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), series[0].Points[0].Time);
            // The label keeps the order of the response, not the order of the names.
            Assert.Equal("js-client-sdk / true / 3", series[1].Label);
            Assert.Equal("true", series[1].Metadata["anonymous"]);
            Assert.Equal("3", series[1].Metadata["version"]);
            var only = Assert.Single(series[1].Points);
            Assert.Equal((new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), 4L), (only.Time, only.Value));
        }

        [Fact]
        public async Task An_ungrouped_response_is_one_series_labelled_all()
        {
            _server.Enqueue("/api/v2/usage/vega-ai", ScriptedResponse.Json(200, """{"_links":{},"metadata":[{}],"series":[{"time":1790812800,"0":7}]}"""));

            var series = Assert.Single((await _server.CreateClient().Api.V2.Usage.VegaAi.GetAsync())!.ToSeries());

            Assert.Equal("all", series.Label);
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

            Assert.Equal(Enumerable.Range(0, 11).Select(i => "series " + i), series.Select(s => s.Label));
            Assert.Equal(10L, series[10].Points.Single().Value);
        }

        [Fact]
        public async Task Labels_name_missing_values_and_never_repeat()
        {
            _server.Enqueue("/api/v2/usage/total-mau", ScriptedResponse.Json(200, """
                {"_links":{},
                 "metadata":[{"projectKey":"default","sdkName":null},{"projectKey":"default","sdkName":""},{"projectKey":"mobile","sdkName":"ios"},{"projectKey":"mobile","sdkName":"ios"}],
                 "series":[{"time":1790812800000,"0":1,"1":2,"2":3,"3":4}]}
                """));

            var series = (await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync())!.ToSeries();

            Assert.Equal(new[] { "default / (none)", "default / (none) #1", "mobile / ios", "mobile / ios #3" }, series.Select(s => s.Label));
            Assert.Null(series[0].Metadata["sdkName"]);
            Assert.Equal(string.Empty, series[1].Metadata["sdkName"]);
        }

        // Kiota keeps a JSON object or array in metadata as an untyped node; its .NET type name is no label.
        [Fact]
        public async Task Structured_metadata_values_are_labelled_as_compact_json()
        {
            _server.Enqueue("/api/v2/usage/total-mau", ScriptedResponse.Json(200, """
                {"_links":{},
                 "metadata":[
                   {"sdk":{"name":"go","version":"1.2"},"kind":"server"},
                   {"sdk":["a","b"],"kind":"client"},
                   {"sdk":{"n":1,"big":12345678901,"f":1.25,"neg":-0.5,"ok":true,"off":false,"none":null,"tags":["x",2,null],"empty":{},"list":[],"quote":"say \"hi\"\\ é\t!"},"kind":"mixed"},
                   {"sdk":42,"kind":1.5},
                   {"sdk":false,"kind":true},
                   {"sdk":null,"kind":"edge"}],
                 "series":[{"time":1790812800000,"0":1,"1":2,"2":3,"3":4,"4":5,"5":6}]}
                """));

            var series = (await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync())!.ToSeries();

            Assert.Equal(
                new[]
                {
                    """{"name":"go","version":"1.2"} / server""",
                    """["a","b"] / client""",
                    """{"n":1,"big":12345678901,"f":1.25,"neg":-0.5,"ok":true,"off":false,"none":null,"tags":["x",2,null],"empty":{},"list":[],"quote":"say \"hi\"\\ é\t!"} / mixed""",
                    "42 / 1.5",
                    "false / true",
                    "(none) / edge",
                },
                series.Select(s => s.Label));
            Assert.Equal("""{"name":"go","version":"1.2"}""", series[0].Metadata["sdk"]);
            Assert.Equal("""["a","b"]""", series[1].Metadata["sdk"]);
            Assert.Equal("42", series[3].Metadata["sdk"]);
            Assert.Equal("1.5", series[3].Metadata["kind"]);
            Assert.Equal("false", series[4].Metadata["sdk"]);
            Assert.Null(series[5].Metadata["sdk"]);
        }

        [Fact]
        public async Task A_series_the_metadata_describes_is_kept_without_values()
        {
            _server.Enqueue("/api/v2/usage/service-connections", ScriptedResponse.Json(200, """
                {"_links":{},"metadata":[{"connectionType":"relay"},{"connectionType":"polling"}],"series":[{"time":1790812800000,"0":1.5}]}
                """));

            var series = (await _server.CreateClient().Api.V2.Usage.ServiceConnections.GetAsync())!.ToSeries();

            Assert.Equal(new[] { "relay", "polling" }, series.Select(s => s.Label));
            Assert.Equal(1.5, Assert.Single(series[0].Points).Value);
            Assert.Equal("1", series[1].Key);
            Assert.Empty(series[1].Points);
        }
    }
}
