using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using MultiFile.Models;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;
using MultiFileClient = MultiFile.MultiFileClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// A client generated from a description kept as several files (tests/specs/multifile: a path item, an operation,
    /// parameters, responses and schemas each in files of their own, joined by relative $refs), over real HTTP: every
    /// operation is typed, its parameters, body, response and error come from the file that declares them.
    /// </summary>
    public sealed class MultiFileTests : IClassFixture<MultiFileServer>
    {
        private readonly MultiFileServer _server;

        public MultiFileTests(MultiFileServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task A_path_item_from_another_file_sends_its_parameter_and_reads_its_schema_across_a_file_cycle()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """[{"id":7,"name":"Rex","status":"sold","owner":{"name":"Ada","pets":[{"id":8,"name":"Fido"}]},"tag":{"label":"good"}}]"""));
            using var adapter = _server.CreateAdapter();

            var pets = await new MultiFileClient(adapter).Pets.GetAsync(request => request.QueryParameters.Limit = 2);

            var sent = Assert.Single(_server.Requests);
            Assert.Equal(("/pets", "limit=2"), (sent.RawPath, sent.RawQuery));
            var pet = Assert.Single(pets!);
            Assert.Equal((7L, "Rex", Pet_status.Sold, "good"), (pet.Id, pet.Name, pet.Status, pet.Tag!.Label));
            Assert.Equal("Fido", Assert.Single(pet.Owner!.Pets!).Name);
        }

        [Fact]
        public async Task A_body_schema_from_a_fragment_of_another_file_is_sent_as_json()
        {
            _server.Enqueue(ScriptedResponse.Json(201, """{"id":9,"name":"Nova"}"""));
            using var adapter = _server.CreateAdapter();

            var created = await new MultiFileClient(adapter).Pets.PostAsync(new NewPet { Name = "Nova", Tag = new Tag { Label = "new" } });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("POST", sent.Method);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"name":"Nova","tag":{"label":"new"}}"""), JsonNode.Parse(sent.BodyText)), sent.BodyText);
            Assert.Equal(9L, created!.Id);
        }

        [Fact]
        public async Task An_operation_from_another_file_is_typed_and_throws_the_error_another_file_declares()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """{"id":5,"name":"Kit"}"""), ScriptedResponse.Json(404, """{"code":404,"message":"no pet 6"}"""));
            using var adapter = _server.CreateAdapter();
            var pets = new MultiFileClient(adapter).Pets;

            var found = await pets[5L].GetAsync();
            var error = await Assert.ThrowsAsync<Error>(() => pets[6L].GetAsync());

            Assert.Equal("Kit", found!.Name);
            Assert.Equal((404, 404, "no pet 6"), (error.ResponseStatusCode, error.Code, error.MessageEscaped));
            Assert.Equal(new[] { "/pets/5", "/pets/6" }, _server.Requests.Select(request => request.RawPath));
        }

        [Fact]
        public async Task A_component_that_is_another_file_s_schema_is_named_by_the_component()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """[{"name":"Ada","pets":[]}]"""));
            using var adapter = _server.CreateAdapter();

            var owners = await new MultiFileClient(adapter).Owners.GetAsync(request => request.QueryParameters.Limit = 1);

            Assert.Equal("Ada", Assert.Single(owners!).Name);
            Assert.Equal("limit=1", Assert.Single(_server.Requests).RawQuery);
        }
    }
}
