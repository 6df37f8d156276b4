using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// Union members of every kind Kiota models (arrays of primitives and of objects, inline enums, formats, constants,
    /// members that only name a required property), over real HTTP: each value is read from a response and, sent back
    /// as a request body, arrives as the same JSON.
    /// </summary>
    public sealed class UnionMemberTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public UnionMemberTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        public static IEnumerable<object[]> Readings() => new[]
        {
            new object[] { """{"labels":"solo","mode":"auto","stamp":"2026-12-01T10:00:00+00:00","level":"low","contact":{"email":"a@example.test"},"samples":[1.5,2],"links":{"href":"https://example.test/1"}}""" },
            new object[] { """{"labels":["a","b"],"mode":3,"stamp":9007199254740993,"level":"other","contact":{"phone":"+1 555"},"samples":3.25,"links":[{"href":"https://example.test/1"},{"href":"https://example.test/2"}]}""" },
            new object[] { """{"labels":[],"samples":[],"links":[]}""" },
            new object[] { """{"links":{}}""" },
        };

        [Theory]
        [MemberData(nameof(Readings))]
        public async Task A_union_value_is_written_back_as_it_was_read(string json)
        {
            _server.Enqueue(ScriptedResponse.Json(200, json), ScriptedResponse.Empty(204));
            using var adapter = _server.CreateAdapter();
            var readings = new ConstructsClient(adapter).Readings;

            var reading = await readings.GetAsync();
            await readings.PostAsync(reading!);

            var sent = _server.Requests.Last();
            Assert.Equal("POST", sent.Method);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(sent.BodyText)), "sent " + sent.BodyText + " for " + json);
        }

        // Why an array member checks that the JSON is an array: Kiota's runtime reads an object as an empty collection.
        [Fact]
        public void Kiota_s_parse_node_reads_an_object_as_an_empty_collection()
        {
            using var document = System.Text.Json.JsonDocument.Parse("""{"href":"x"}""");
            var node = new Microsoft.Kiota.Serialization.Json.JsonParseNode(document.RootElement);

            Assert.Empty(Assert.IsAssignableFrom<IEnumerable<string>>(node.GetCollectionOfPrimitiveValues<string>()));
        }

        [Fact]
        public async Task Each_member_is_read_into_its_own_typed_property()
        {
            _server.Enqueue(
                ScriptedResponse.Json(200, """{"labels":["a","b"],"mode":3,"stamp":9007199254740993,"samples":[1.5,2],"links":[{"href":"https://example.test/1"}]}"""),
                ScriptedResponse.Json(200, """{"labels":"solo","mode":"manual","stamp":"2026-12-01T10:00:00Z","samples":3.25,"links":{"href":"https://example.test/2"}}"""));
            using var adapter = _server.CreateAdapter();
            var readings = new ConstructsClient(adapter).Readings;

            var arrays = await readings.GetAsync();
            var scalars = await readings.GetAsync();

            Assert.Equal(new[] { "a", "b" }, arrays!.Labels!.String);
            Assert.Null(arrays.Labels.LabelsString);
            Assert.Equal(3, arrays.Mode!.Integer);
            Assert.Equal(9007199254740993L, arrays.Stamp!.Int64);
            Assert.Equal(new double?[] { 1.5, 2 }, arrays.Samples!.Double);
            Assert.Equal("https://example.test/1", Assert.Single(arrays.Links!.Link!).Href);
            Assert.Equal("solo", scalars!.Labels!.LabelsString);
            Assert.Null(scalars.Labels.String);
            Assert.Equal("manual", scalars.Mode!.String);
            Assert.Equal(new System.DateTimeOffset(2026, 12, 1, 10, 0, 0, System.TimeSpan.Zero), scalars.Stamp!.DateTimeOffset);
            Assert.Equal(3.25, scalars.Samples!.ReadingSamplesDouble);
            Assert.Equal("https://example.test/2", scalars.Links!.ReadingLinksLink!.Href);
        }
    }
}
