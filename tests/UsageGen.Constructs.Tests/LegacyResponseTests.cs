using System.Linq;
using System.Threading.Tasks;
using BackedConstructs;
using BackedConstructs.Releases;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// Kiota's backward-compatible shape for an inline response type, over real HTTP: <c>GetAsync</c> still returns the
    /// obsolete <c>ReleasesResponse</c> that code written for older Kiota output uses, <c>GetAsReleasesGetResponseAsync</c>
    /// the current type, and both read the same body (here through dotted component models, <c>Models.Github.Release</c>).
    /// </summary>
    public sealed class LegacyResponseTests : IClassFixture<ConstructsServer>
    {
        private const string Releases = """{"github":{"tag":"v1.2","author":{"login":"octocat"}},"gitlab":{"tag":"v9"},"shapes":[{"kind":"circle","radius":2.5},{"kind":"square","side":3}]}""";

        private readonly ConstructsServer _server;

        public LegacyResponseTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task The_obsolete_executor_and_the_current_one_read_the_same_response()
        {
            _server.Enqueue(ScriptedResponse.Json(200, Releases));
            _server.Enqueue(ScriptedResponse.Json(200, Releases));
            using var adapter = _server.CreateAdapter();
            var releases = new BackedConstructsClient(adapter).Releases;

            var current = await releases.GetAsReleasesGetResponseAsync();
#pragma warning disable CS0618 // The obsolete shape is what is under test.
            ReleasesResponse? legacy = await releases.GetAsync();
#pragma warning restore CS0618

            Assert.IsType<ReleasesGetResponse>(current);
            Assert.Equal("v1.2", current!.Github!.Tag);
            Assert.Equal("octocat", current.Github.Author!.Login);
            // The wrapper of the array's inline oneOf, nested in the response model as Kiota nests it.
            Assert.Equal(2.5, current.Shapes![0].Circle!.Radius);
            Assert.NotNull(current.Shapes[1].Square);
            Assert.NotNull(legacy);
            Assert.Equal("v1.2", legacy!.Github!.Tag);
            Assert.Equal("v9", legacy.Gitlab!.Tag);
            Assert.All(_server.Requests, request => Assert.Equal("/releases", request.RawPath));
            Assert.Equal(2, _server.Requests.Count(request => request.Method == "GET"));
        }
    }
}
