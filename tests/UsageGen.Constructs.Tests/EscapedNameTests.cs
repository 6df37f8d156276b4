using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// GET /class/event/2fa/{region} through the generated client over real HTTP: path segments and wire names that
    /// are C# keywords, start with digits, collide after casing or are not ASCII, each mapped to its escaped member.
    /// </summary>
    public sealed class EscapedNameTests : IClassFixture<ConstructsServer>
    {
        private const string EveryName = """
            {
              "class": "mammal",
              "event": "birthday",
              "2fa": true,
              "first-name": "Tom",
              "first_name": "Thomas",
              "name.with.dots": "t.o.m",
              "with space": "a b",
              "größe": 42,
              "Serialize": "yes",
              "undescribed": "dropped"
            }
            """;

        private readonly ConstructsServer _server;

        public EscapedNameTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task The_typed_enum_indexer_sends_the_wire_value_of_the_region()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "{}"));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Class.Event.Twofa[Region.Us].GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/class/event/2fa/us", sent.RawPath);
        }

        [Fact]
        public async Task The_string_indexer_sends_the_segment_as_given()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "{}"));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Class.Event.Twofa["eu"].GetAsync();

            Assert.Equal("/class/event/2fa/eu", Assert.Single(_server.Requests).RawPath);
        }

        [Fact]
        public async Task Every_hostile_wire_name_lands_in_its_escaped_property()
        {
            _server.Enqueue(ScriptedResponse.Json(200, EveryName));
            using var adapter = _server.CreateAdapter();

            var value = await new ConstructsClient(adapter).Class.Event.Twofa[Region.Eu].GetAsync();

            Assert.NotNull(value);
            Assert.Equal("mammal", value.ClassProp);
            Assert.Equal("birthday", value.Event);
            Assert.True(value.Twofa);
            Assert.Equal("Tom", value.FirstName);
            Assert.Equal("Thomas", value.First_name);
            Assert.Equal("t.o.m", value.NameWithDots);
            Assert.Equal("a b", value.WithSpace);
            Assert.Equal(42, value.Größe);
            Assert.Equal("yes", value.SerializeProperty);
        }

        [Fact]
        public void The_closed_schema_keeps_no_additional_data()
        {
            // additionalProperties: false, so an undescribed member has nowhere to go.
            Assert.False(typeof(IAdditionalDataHolder).IsAssignableFrom(typeof(Class)));
            // Its case-twin schema "Class" stays open.
            Assert.True(typeof(IAdditionalDataHolder).IsAssignableFrom(typeof(Class1)));
        }
    }
}
