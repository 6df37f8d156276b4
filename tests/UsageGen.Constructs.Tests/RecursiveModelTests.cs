using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// Node and Tree refer to each other and no operation returns them, so they go through Kiota's JSON serializer
    /// with the client's registered factories: several levels deep, read and written back unchanged.
    /// </summary>
    public sealed class RecursiveModelTests : IClassFixture<ConstructsServer>
    {
        private const string NodeJson = """{"children":[{"children":[]},{"parent":{"root":{"children":[{}]}}}],"parent":{"root":{}}}""";

        private readonly ConstructsServer _server;

        public RecursiveModelTests(ConstructsServer server)
        {
            _server = server;
        }

        [Fact]
        public async Task Mutually_recursive_Node_and_Tree_round_trip()
        {
            // KiotaJsonSerializer uses the default registries, which the generated client's constructor fills.
            using var adapter = _server.CreateAdapter();
            _ = new ConstructsClient(adapter);

            var node = await KiotaJsonSerializer.DeserializeAsync(NodeJson, Node.CreateFromDiscriminatorValue);

            Assert.NotNull(node);
            Assert.NotNull(node.Children);
            Assert.Equal(2, node.Children.Count);
            var leafChildren = node.Children[0].Children;
            Assert.NotNull(leafChildren);
            Assert.Empty(leafChildren);
            var deepRoot = node.Children[1].Parent?.Root;
            Assert.NotNull(deepRoot);
            Assert.NotNull(deepRoot.Children);
            Assert.Single(deepRoot.Children);
            Assert.NotNull(node.Parent?.Root);
            Assert.Null(node.Parent.Root.Children);

            Assert.Equal(NodeJson, await KiotaJsonSerializer.SerializeAsStringAsync(node));
        }
    }
}
