using System;
using System.Threading.Tasks;
using BackedConstructs;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Microsoft.Kiota.Abstractions.Store;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// The constructs client generated with <c>UsageGenBackingStore="true"</c> (Kiota's <c>--backing-store</c>), over real
    /// HTTP: a model read from a response and sent back carries only what was changed since, as Kiota's runtime does it.
    /// </summary>
    public sealed class BackingStoreTests : IClassFixture<ConstructsServer>
    {
        private const long PetId = 42;

        private readonly ConstructsServer _server;

        public BackingStoreTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task A_model_read_from_a_response_sends_back_only_what_was_changed()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.Dog));
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();
            var client = new BackedConstructsClient(adapter);

            var pet = await client.Pets[PetId].GetAsync();
            Assert.IsAssignableFrom<IBackedModel>(pet);
            pet!.Name = "Rexy";
            await client.Pets.PostAsync(pet);

            Assert.Equal(2, _server.Requests.Count);
            Assert.Equal("""{"name":"Rexy"}""", _server.Requests[1].BodyText);
        }

        [Fact]
        public async Task A_new_model_sends_what_was_set_and_its_defaults()
        {
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();

            var created = await new BackedConstructsClient(adapter).Pets.PostAsync(new BackedConstructs.Models.Pet { Adopted = true });

            Assert.Equal("""{"adopted":true,"name":"Rex"}""", Assert.Single(_server.Requests).BodyText);
            Assert.Equal("Rex", created!.Name);
        }

        // The contrast: without the backing store the whole model goes back.
        [Fact]
        public async Task Without_the_backing_store_the_whole_model_is_sent()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.Dog));
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();
            var client = new ConstructsClient(adapter);

            var pet = await client.Pets[PetId].GetAsync();
            pet!.Name = "Rexy";
            await client.Pets.PostAsync(pet);

            Assert.Contains("\"barksPerDay\":12", _server.Requests[1].BodyText, StringComparison.Ordinal);
            Assert.Contains("\"name\":\"Rexy\"", _server.Requests[1].BodyText, StringComparison.Ordinal);
        }
    }
}
