using System;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// A path parameter whose schema is a union of primitives (<c>PointId</c>: int64 or uuid), over real HTTP: an indexer
    /// for each member (Kiota has one, for the first) and the string one, each putting its value in the URL as written.
    /// </summary>
    public sealed class UnionPathParameterTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public UnionPathParameterTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Each_member_type_indexes_the_collection()
        {
            var id = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
            for (var i = 0; i < 3; i++)
            {
                _server.Enqueue(ScriptedResponse.Empty(204));
            }

            using var adapter = _server.CreateAdapter();
            var points = new ConstructsClient(adapter).Points;

            await points[9007199254740993L].GetAsync();
            await points[id].GetAsync();
            await points["7"].GetAsync();

            Assert.Equal(new[] { "/points/9007199254740993", "/points/" + id, "/points/7" }, _server.Requests.Select(request => request.RawPath));
        }
    }
}
