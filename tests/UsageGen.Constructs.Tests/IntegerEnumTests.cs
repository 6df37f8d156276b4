using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// An integer enum (Priority: 1, 2, 3) travels as a JSON number both ways. Kiota reads and writes every enum
    /// as a string, which throws on a conforming response.
    /// </summary>
    public sealed class IntegerEnumTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public IntegerEnumTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task An_integer_enum_is_written_and_read_as_a_number()
        {
            _server.Enqueue(ScriptedResponse.Json(201, """{"id":7,"name":"Rex","priority":3}"""));
            using var adapter = _server.CreateAdapter();

            var created = await new ConstructsClient(adapter).Pets.PostAsync(new Pet { Name = "Rex", Priority = Priority.Two });

            Assert.Contains("\"priority\":2", Assert.Single(_server.Requests).BodyText);
            Assert.Equal(Priority.Three, created!.Priority);
        }

        [Fact]
        public async Task An_integer_enum_outside_the_described_values_keeps_its_number()
        {
            _server.Enqueue(ScriptedResponse.Json(201, """{"id":7,"priority":9}"""));
            using var adapter = _server.CreateAdapter();

            var created = await new ConstructsClient(adapter).Pets.PostAsync(new Pet());

            Assert.Equal(9, (int)created!.Priority!.Value);
        }
    }
}
