using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>Path parameters: enum and string indexers, and escaping of keys.</summary>
    public sealed class PathParameterTests : IClassFixture<UsageApiServer>
    {
        private readonly UsageApiServer _server;

        public PathParameterTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Theory]
        [InlineData(EventType.Received, "received")]
        [InlineData(EventType.Published, "published")]
        public async Task Events_enum_indexer_sends_the_wire_value(EventType type, string wire)
        {
            await _server.CreateClient().Api.V2.Usage.Events[type].GetAsync();

            Assert.Equal("/api/v2/usage/events/" + wire, Assert.Single(_server.Requests).RawPath);
        }

        [Theory]
        [InlineData(StreamSource.Client, "client")]
        [InlineData(StreamSource.Server, "server")]
        public async Task Streams_enum_indexer_sends_the_wire_value_for_every_stream_operation(StreamSource source, string wire)
        {
            var client = _server.CreateClient();

            await client.Api.V2.Usage.Streams[source].GetAsync();
            await client.Api.V2.Usage.Streams[source].Bysdkversion.GetAsync();
            await client.Api.V2.Usage.Streams[source].Sdkversions.GetAsync();

            Assert.Collection(
                _server.Requests,
                request => Assert.Equal($"/api/v2/usage/streams/{wire}", request.RawPath),
                request => Assert.Equal($"/api/v2/usage/streams/{wire}/bysdkversion", request.RawPath),
                request => Assert.Equal($"/api/v2/usage/streams/{wire}/sdkversions", request.RawPath));
        }

        [Fact]
        public async Task String_indexers_send_the_value_given()
        {
            var client = _server.CreateClient();

            await client.Api.V2.Usage.Events["received"].GetAsync();
            await client.Api.V2.Usage.Streams["server"].Sdkversions.GetAsync();

            Assert.Collection(
                _server.Requests,
                request => Assert.Equal("/api/v2/usage/events/received", request.RawPath),
                request => Assert.Equal("/api/v2/usage/streams/server/sdkversions", request.RawPath));
        }

        // Keys are percent-encoded as single path segments: a '/' cannot split a key into two segments.
        [Fact]
        public async Task Evaluation_keys_are_percent_encoded_as_single_segments()
        {
            var result = await _server.CreateClient().Api.V2.Usage.Evaluations["my project"]["env/1"]["flag%x"].GetAsync();

            Assert.NotNull(result);
            Assert.Equal("/api/v2/usage/evaluations/my%20project/env%2F1/flag%25x", Assert.Single(_server.Requests).RawPath);
        }

        // The string indexer passes any value; the service rejects an unknown event type with its documented 404.
        [Fact]
        public async Task Unknown_event_type_is_answered_with_the_documented_NotFound_model()
        {
            var exception = await Assert.ThrowsAsync<NotFoundErrorRep>(() => _server.CreateClient().Api.V2.Usage.Events["dropped"].GetAsync());

            Assert.Equal(404, exception.ResponseStatusCode);
            Assert.Equal("not_found", exception.Code);
            Assert.Equal("Invalid resource identifier", exception.Message);
            Assert.Equal("/api/v2/usage/events/dropped", Assert.Single(_server.Requests).RawPath);
        }
    }
}
