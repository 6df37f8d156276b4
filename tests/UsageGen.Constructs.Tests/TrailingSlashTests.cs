using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// <c>/tags/</c> keeps its trailing slash on the wire, through Kiota's <c>EmptyPathSegment</c> builder: a server that
    /// tells <c>/tags</c> from <c>/tags/</c> gets the URL the description names.
    /// </summary>
    public sealed class TrailingSlashTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public TrailingSlashTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task A_path_with_a_trailing_slash_is_requested_with_it()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """["dog","cat"]"""));
            using var adapter = _server.CreateAdapter();

            var tags = await new ConstructsClient(adapter).Tags.EmptyPathSegment.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/tags/", sent.RawPath);
            Assert.Equal(new[] { "dog", "cat" }, tags);
        }
    }
}
