using System.Threading.Tasks;
using Constructs.Models;
using Constructs.Pets;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;
using BackedConstructsClient = BackedConstructs.BackedConstructsClient;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// Enum query parameters on the wire: an integer enum sends its number, an inline string enum its value, and in Kiota's
    /// backward-compatible shape the old untyped property (int for an integer enum) sends the same.
    /// </summary>
    public sealed class QueryEnumTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public QueryEnumTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Integer_and_inline_enums_send_their_wire_values()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Pets.GetAsync(c =>
            {
                c.QueryParameters.MinPriority = Priority.Two;
                c.QueryParameters.Sort_order = GetSort_orderQueryParameterType.Desc;
            });

            var query = Assert.Single(_server.Requests).RawQuery;
            Assert.Contains("min_priority=2", query, System.StringComparison.Ordinal);
            Assert.Contains("sort_order=desc", query, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_backward_compatible_shape_sends_the_old_and_the_typed_property_alike()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            using var adapter = _server.CreateAdapter();
            var pets = new BackedConstructsClient(adapter).Pets;

#pragma warning disable CS0618 // The obsolete int-typed property is what is under test.
            await pets.GetAsync(c => c.QueryParameters.MinPriority = 3);
#pragma warning restore CS0618
            await pets.GetAsync(c => c.QueryParameters.MinPriorityAsPriority = BackedConstructs.Models.Priority.Three);

            Assert.Equal("min_priority=3", _server.Requests[0].RawQuery);
            Assert.Equal("min_priority=3", _server.Requests[1].RawQuery);
        }
    }
}
