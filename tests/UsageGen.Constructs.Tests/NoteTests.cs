using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>POST /notes through the generated client over real HTTP: a text/plain body answered with a JSON int64.</summary>
    public sealed class NoteTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public NoteTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Post_sends_the_text_as_is_and_returns_the_int64_id()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "5000000001"));
            using var adapter = _server.CreateAdapter();

            // Non-ASCII and JSON-special characters: the text must arrive untouched, not JSON-encoded.
            var id = await new ConstructsClient(adapter).Notes.PostAsync("Feed \"Tom\" at 7 — größer portion");

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("POST", sent.Method);
            Assert.Equal("/notes", sent.RawPath);
            Assert.Equal("text/plain", sent.ContentType);
            Assert.Equal(new[] { "application/json" }, sent.HeaderValues("Accept"));
            Assert.Equal("Feed \"Tom\" at 7 — größer portion", sent.BodyText);
            Assert.Equal(5_000_000_001L, id);
        }
    }
}
