using System.Linq;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// /Total-Count and /total_count, which name the same C# identifier after PascalCasing, through the generated
    /// client over real HTTP: each builder must reach its own path and parse its own response type.
    /// </summary>
    public sealed class CountTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public CountTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Total_Count_returns_the_array_of_number_arrays_as_an_untyped_node()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[[1, 2.5], [], [-3]]"));
            using var adapter = _server.CreateAdapter();

            var counts = await new ConstructsClient(adapter).TotalCount.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/Total-Count", sent.RawPath);
            var rows = Assert.IsType<UntypedArray>(counts).GetValue().Select(row => Assert.IsType<UntypedArray>(row).GetValue().ToArray()).ToArray();
            Assert.Equal(3, rows.Length);
            Assert.Equal(2, rows[0].Length);
            Assert.Equal(1, Assert.IsType<UntypedInteger>(rows[0][0]).GetValue());
            Assert.Equal(2.5m, Assert.IsType<UntypedDecimal>(rows[0][1]).GetValue());
            Assert.Empty(rows[1]);
            Assert.Equal(-3, Assert.IsType<UntypedInteger>(Assert.Single(rows[2])).GetValue());
        }

        [Fact]
        public async Task Total_count_returns_an_int()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "2147483647"));
            using var adapter = _server.CreateAdapter();

            var count = await new ConstructsClient(adapter).Total_count.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/total_count", sent.RawPath);
            Assert.Equal(int.MaxValue, count);
        }
    }
}
