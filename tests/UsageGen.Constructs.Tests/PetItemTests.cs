using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using Constructs.Pets.Item;
using Microsoft.AspNetCore.WebUtilities;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// /pets/{petId} through the generated client over real HTTP: the typed int64 indexer, and every method the
    /// path describes with its own body and response media type.
    /// </summary>
    public sealed class PetItemTests : IClassFixture<ConstructsServer>
    {
        // Above int.MaxValue, so a narrowing anywhere between indexer and wire would show.
        private const long PetId = 5_000_000_000;

        private readonly ConstructsServer _server;

        public PetItemTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Get_puts_the_int64_id_in_the_path_and_parses_the_pet()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();

            var pet = await new ConstructsClient(adapter).Pets[PetId].GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/pets/5000000000", sent.RawPath);
            Assert.Equal(new[] { "application/json" }, sent.HeaderValues("Accept"));
            var dog = Assert.IsType<Dog>(pet);
            Assert.Equal(42L, dog.Id);
            Assert.Equal(12, dog.BarksPerDay);
        }

        [Fact]
        public async Task Get_of_a_missing_pet_surfaces_the_404_as_Problem()
        {
            _server.Enqueue(ScriptedResponse.Json(404, """{ "title": "Not Found", "message": "No pet 5000000000", "source": "petId" }"""));
            using var adapter = _server.CreateAdapter();

            var problem = await Assert.ThrowsAsync<Problem>(() => new ConstructsClient(adapter).Pets[PetId].GetAsync());

            Assert.Equal(404, problem.ResponseStatusCode);
            Assert.Equal("No pet 5000000000", problem.Message);
            Assert.Equal("petId", problem.SourceEscaped);
            Assert.Equal("Not Found", problem.Title);
        }

        [Fact]
        public async Task Put_sends_the_form_body_and_completes_on_204()
        {
            _server.Enqueue(ScriptedResponse.Empty(204));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Pets[PetId].PutAsync(new PetForm { Name = "Rex & Co", Age = 4 });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("PUT", sent.Method);
            Assert.Equal("/pets/5000000000", sent.RawPath);
            Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
            // The '&' in the name must be escaped, or the server would see a third field.
            Assert.Equal("age=4&name=Rex%20%26%20Co", sent.BodyText);
            var form = QueryHelpers.ParseQuery(sent.BodyText);
            Assert.Equal(2, form.Count);
            Assert.Equal("Rex & Co", form["name"].Single());
            Assert.Equal("4", form["age"].Single());
        }

        [Theory]
        [InlineData(200)]
        [InlineData(203)]
        public async Task Deprecated_patch_sends_json_and_parses_the_2XX_pet(int status)
        {
            // The description answers 2XX, not 200: any success code with a body carries the pet.
            _server.Enqueue(ScriptedResponse.Json(status, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();

#pragma warning disable CS0618 // PATCH is deprecated in the description; it must still work.
            var pet = await new ConstructsClient(adapter).Pets[PetId].PatchAsync(new WithPetPatchRequestBody { Name = "Rexy" });
#pragma warning restore CS0618

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("PATCH", sent.Method);
            Assert.Equal("/pets/5000000000", sent.RawPath);
            Assert.Equal("application/json", sent.ContentType);
            Assert.Equal("""{"name":"Rexy"}""", sent.BodyText);
            var dog = Assert.IsType<Dog>(pet);
            Assert.Equal(42L, dog.Id);
        }

        [Fact]
        public async Task Delete_completes_on_204()
        {
            _server.Enqueue(ScriptedResponse.Empty(204));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Pets[PetId].DeleteAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("DELETE", sent.Method);
            Assert.Equal("/pets/5000000000", sent.RawPath);
            Assert.Empty(sent.Body);
            Assert.Equal(0, _server.PendingResponses);
        }

        [Fact]
        public async Task Head_sends_HEAD_and_completes_on_200_without_a_body()
        {
            _server.Enqueue(ScriptedResponse.Empty(200));
            using var adapter = _server.CreateAdapter();

            var body = await new ConstructsClient(adapter).Pets[PetId].HeadAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("HEAD", sent.Method);
            Assert.Equal("/pets/5000000000", sent.RawPath);
            // 200 without a schema is typed as a Stream (as Kiota does); a HEAD answer has no content to read.
            Assert.NotNull(body);
            using var content = new MemoryStream();
            await body.CopyToAsync(content);
            await body.DisposeAsync();
            Assert.Empty(content.ToArray());
        }

        [Fact]
        public async Task Options_returns_the_text_plain_answer_as_a_string()
        {
            _server.Enqueue(ScriptedResponse.Text(200, "GET, PUT, PATCH, DELETE, HEAD, OPTIONS"));
            using var adapter = _server.CreateAdapter();

            var allowed = await new ConstructsClient(adapter).Pets[PetId].OptionsAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("OPTIONS", sent.Method);
            Assert.Equal("/pets/5000000000", sent.RawPath);
            Assert.Equal(new[] { "text/plain" }, sent.HeaderValues("Accept"));
            Assert.Equal("GET, PUT, PATCH, DELETE, HEAD, OPTIONS", allowed);
        }
    }
}
