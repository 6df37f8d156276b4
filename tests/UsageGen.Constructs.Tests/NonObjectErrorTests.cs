using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Failures;
using Constructs.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// GET /failures over real HTTP: error bodies that are a string, a number, an enum, an array of strings, an array of
    /// objects or a union of primitives each throw their own exception holding the value, with the status and headers
    /// Kiota's adapter sets; an object error still throws its model.
    /// </summary>
    public sealed class NonObjectErrorTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public NonObjectErrorTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task A_string_body_is_the_value_and_the_message()
        {
            _server.Enqueue(ScriptedResponse.Json(400, "\"Sold out\"", new Dictionary<string, string> { ["X-Request-Id"] = "r-1" }));

            var error = await FailAsync<Failures400Error>();

            Assert.Equal(400, error.ResponseStatusCode);
            Assert.Equal("Sold out", error.Value);
            Assert.Equal("Sold out", error.Message);
            Assert.Equal(new[] { "r-1" }, error.ResponseHeaders["X-Request-Id"]);
            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/failures", sent.RawPath);
            Assert.Equal(new[] { "application/json, application/problem+json" }, sent.HeaderValues("Accept"));
        }

        [Fact]
        public async Task A_number_body_is_an_int_value()
        {
            _server.Enqueue(ScriptedResponse.Json(402, "3"));

            var error = await FailAsync<Failures402Error>();

            Assert.Equal(402, error.ResponseStatusCode);
            Assert.Equal(3, error.Value);
            Assert.Equal("The API answered with status 402: 3", error.Message);
        }

        [Fact]
        public async Task An_enum_body_is_the_enum_member()
        {
            _server.Enqueue(ScriptedResponse.Json(409, "\"stale\""));

            var error = await FailAsync<Failures409Error>();

            Assert.Equal(409, error.ResponseStatusCode);
            Assert.Equal(ConflictCode.Stale, error.Value);
        }

        [Fact]
        public async Task An_array_of_strings_is_a_list_and_the_message_joins_it()
        {
            _server.Enqueue(ScriptedResponse.Json(422, """["name is required", "age must be positive"]"""));

            var error = await FailAsync<Failures422Error>();

            Assert.Equal(422, error.ResponseStatusCode);
            Assert.Equal(new[] { "name is required", "age must be positive" }, error.Value);
            Assert.Equal("The API answered with status 422: name is required, age must be positive", error.Message);
        }

        [Fact]
        public async Task An_array_of_objects_is_a_list_of_models()
        {
            _server.Enqueue(ScriptedResponse.Json(424, """[{ "service": "billing", "status": 503 }, { "service": "mail", "status": 504 }]"""));

            var error = await FailAsync<Failures424Error>();

            Assert.Equal(424, error.ResponseStatusCode);
            Assert.NotNull(error.Value);
            Assert.Equal(new[] { "billing", "mail" }, error.Value.Select(dependency => dependency.Service));
            Assert.Equal(new int?[] { 503, 504 }, error.Value.Select(dependency => dependency.Status));
            Assert.Equal("The API answered with status 424: 2 FailedDependency objects.", error.Message);
        }

        [Theory]
        [InlineData("120", 120, null)]
        [InlineData("\"Wed, 21 Oct 2026 07:28:00 GMT\"", null, "Wed, 21 Oct 2026 07:28:00 GMT")]
        public async Task A_union_of_primitives_sets_the_member_the_body_is(string body, int? seconds, string? date)
        {
            _server.Enqueue(ScriptedResponse.Json(425, body));

            var error = await FailAsync<Failures425Error>();

            Assert.Equal(425, error.ResponseStatusCode);
            Assert.NotNull(error.Value);
            Assert.Equal(seconds, error.Value.Integer);
            Assert.Equal(date, error.Value.String);
        }

        [Fact]
        public async Task An_object_error_still_throws_its_model()
        {
            _server.Enqueue(ScriptedResponse.Json(500, """{ "title": "Boom", "message": "Disk full" }""", "application/problem+json"));

            var problem = await FailAsync<Problem>();

            Assert.Equal(500, problem.ResponseStatusCode);
            Assert.Equal("Disk full", problem.Message);
        }

        [Fact]
        public async Task A_body_of_another_shape_still_throws_the_typed_exception_without_a_value()
        {
            // The adapter assigns fields only to an object; the exception has none, so an unexpected object is ignored.
            _server.Enqueue(ScriptedResponse.Json(400, """{ "reason": "not a string" }"""));

            var error = await FailAsync<Failures400Error>();

            Assert.Equal(400, error.ResponseStatusCode);
            Assert.Null(error.Value);
            Assert.Equal("The API answered with status 400.", error.Message);
        }

        // What the adapter does with an error factory, checked on Kiota's JSON parse node itself: GetObjectValue calls
        // the factory with the root node whatever its kind, and consults the field deserializers only for an object.
        [Theory]
        [InlineData("\"text\"")]
        [InlineData("7")]
        [InlineData("1.5")]
        [InlineData("true")]
        [InlineData("""["a", "b"]""")]
        [InlineData("""[{ "service": "x" }]""")]
        [InlineData("null")]
        [InlineData("""{ "service": "x" }""")]
        public async Task Kiotas_json_parse_node_builds_every_value_error_from_any_root(string json)
        {
            var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(json)));

            Assert.IsType<Failures400Error>(node.GetObjectValue<IParsable>(Failures400Error.CreateFromDiscriminatorValue));
            Assert.IsType<Failures402Error>(node.GetObjectValue<IParsable>(Failures402Error.CreateFromDiscriminatorValue));
            Assert.IsType<Failures409Error>(node.GetObjectValue<IParsable>(Failures409Error.CreateFromDiscriminatorValue));
            Assert.IsType<Failures422Error>(node.GetObjectValue<IParsable>(Failures422Error.CreateFromDiscriminatorValue));
            Assert.IsType<Failures424Error>(node.GetObjectValue<IParsable>(Failures424Error.CreateFromDiscriminatorValue));
            Assert.IsType<Failures425Error>(node.GetObjectValue<IParsable>(Failures425Error.CreateFromDiscriminatorValue));
        }

        [Fact]
        public async Task The_value_is_written_back_as_the_body_it_was_read_from()
        {
            var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes("""["a","b"]""")));
            var error = node.GetObjectValue(Failures422Error.CreateFromDiscriminatorValue);

            using var writer = new JsonSerializationWriter();
            error.Serialize(writer);
            using var content = new StreamReader(writer.GetSerializedContent());

            Assert.Equal("""["a","b"]""", await content.ReadToEndAsync());
        }

        private async Task<T> FailAsync<T>()
            where T : ApiException
        {
            using var adapter = _server.CreateAdapter();
            return await Assert.ThrowsAsync<T>(() => new ConstructsClient(adapter).Failures.GetAsync());
        }
    }
}
