using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Swagger2;
using Swagger2.Models;
using Swagger2.Pets.Item;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// The client generated from the Swagger 2.0 description tests/specs/swagger2.yaml, over real HTTP: the base URL
    /// from host, basePath and schemes, each collectionFormat on the wire, and JSON, form and multipart bodies.
    /// </summary>
    public sealed class Swagger2Tests : IClassFixture<Swagger2Server>
    {
        private static readonly byte[] Jpeg = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x80 };

        private readonly Swagger2Server _server;

        public Swagger2Tests(Swagger2Server server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public void The_base_url_is_the_first_scheme_with_host_and_base_path()
        {
            using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider());

            var client = new Swagger2Client(adapter);

            Assert.Equal("https://clinic.example.com/api/v2", adapter.BaseUrl);
            Assert.Equal("https://clinic.example.com/api/v2/pets/7/notes", client.Pets[7].Notes.ToGetRequestInformation().URI.ToString());
        }

        [Fact]
        public async Task Each_collection_format_is_sent_as_the_description_says()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            using var adapter = _server.CreateAdapter();

            await new Swagger2Client(adapter).Pets.GetAsync(request =>
            {
                request.QueryParameters.Tags = new[] { "indoor", "old cat" };
                request.QueryParameters.Ids = new long?[] { 1, 22 };
                request.QueryParameters.Names = new[] { "Tom", "Felix" };
                request.QueryParameters.Words = new[] { "black", "white" };
                request.QueryParameters.Colors = new[] { "red", "green" };
                request.QueryParameters.Limit = 5;
            });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/api/v2/pets", sent.RawPath);
            // csv (and no collectionFormat) a,b; multi one pair per value; pipes a|b; ssv a b.
            Assert.Equal(
                "colors=red,green"
                + "&ids=1&ids=22"
                + "&limit=5"
                + "&names=Tom%7CFelix"
                + "&tags=indoor,old%20cat"
                + "&words=black%20white",
                sent.RawQuery);
            var query = QueryHelpers.ParseQuery(sent.RawQuery);
            Assert.Equal(new[] { "1", "22" }, query["ids"].ToArray());
            Assert.Equal(new[] { "Tom|Felix" }, query["names"].ToArray());
            Assert.Equal(new[] { "black white" }, query["words"].ToArray());
        }

        [Fact]
        public async Task A_body_parameter_is_sent_as_json_and_the_allOf_answer_parsed()
        {
            _server.Enqueue(ScriptedResponse.Json(201, """{ "id": 9, "name": "Tom", "nickname": null, "status": "pending", "photoUrls": ["a.jpg"] }"""));
            using var adapter = _server.CreateAdapter();

            var pet = await new Swagger2Client(adapter).Pets.PostAsync(new NewPet { Name = "Tom", Tag = "cat" });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("POST", sent.Method);
            Assert.Equal("/api/v2/pets", sent.RawPath);
            Assert.Equal("application/json", sent.ContentType);
            Assert.Equal("""{"name":"Tom","tag":"cat"}""", sent.BodyText);
            Assert.NotNull(pet);
            Assert.Equal(9, pet.Id);
            Assert.Equal("Tom", pet.Name);
            Assert.Null(pet.Nickname);
            Assert.Equal(PetStatus.Pending, pet.Status);
            Assert.Equal(new[] { "a.jpg" }, pet.PhotoUrls);
        }

        [Fact]
        public async Task Form_data_parameters_are_sent_url_encoded()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """{ "id": 7, "name": "Tom Cat" }"""));
            using var adapter = _server.CreateAdapter();

            var pet = await new Swagger2Client(adapter).Pets[7].PostAsync(new WithPetPostRequestBody { Name = "Tom Cat", Status = WithPetPostRequestBody_status.Sold, Age = 3 });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/api/v2/pets/7", sent.RawPath);
            Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
            var form = QueryHelpers.ParseQuery(sent.BodyText);
            Assert.Equal("Tom Cat", form["name"].ToString());
            Assert.Equal("sold", form["status"].ToString());
            Assert.Equal("3", form["age"].ToString());
            Assert.Equal("Tom Cat", pet?.Name);
        }

        [Fact]
        public async Task A_file_form_field_is_sent_as_a_multipart_part()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """{ "url": "/photos/1.jpg", "bytes": 7 }"""));
            using var adapter = _server.CreateAdapter();
            var body = new MultipartBody();
            body.AddOrReplacePart("photo", "image/jpeg", new MemoryStream(Jpeg), "tom.jpg");
            body.AddOrReplacePart("caption", "text/plain", "Tom, asleep");

            var upload = await new Swagger2Client(adapter).Pets[7].Photos.PostAsync(body);

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/api/v2/pets/7/photos", sent.RawPath);
            Assert.StartsWith("multipart/form-data; boundary=", sent.ContentType);
            var parts = await MultipartForm.ReadAsync(sent);
            Assert.Equal(new[] { "photo", "caption" }, parts.Select(part => part.Name).ToArray());
            Assert.Equal("tom.jpg", parts[0].FileName);
            Assert.Equal(Jpeg, parts[0].Body);
            Assert.Equal("Tom, asleep", Encoding.UTF8.GetString(parts[1].Body));
            Assert.Equal("/photos/1.jpg", upload?.Url);
            Assert.Equal(7, upload?.Bytes);
        }

        [Fact]
        public async Task A_shared_error_response_becomes_the_problem_exception()
        {
            _server.Enqueue(ScriptedResponse.Json(404, """{ "code": 404, "message": "no such pet" }"""));
            using var adapter = _server.CreateAdapter();

            var problem = await Assert.ThrowsAsync<Problem>(() => new Swagger2Client(adapter).Pets[8].GetAsync());

            Assert.Equal(404, problem.ResponseStatusCode);
            Assert.Equal("no such pet", problem.MessageEscaped);
        }

        [Fact]
        public async Task A_text_response_from_produces_is_a_string()
        {
            _server.Enqueue(ScriptedResponse.Text(200, "Healthy."));
            using var adapter = _server.CreateAdapter();

            var notes = await new Swagger2Client(adapter).Pets[7].Notes.GetAsync();

            Assert.Equal("Healthy.", notes);
            Assert.Equal(new[] { "text/plain" }, Assert.Single(_server.Requests).HeaderValues("Accept"));
        }
    }
}
