using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using Constructs.Pets;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// POST /pets through the generated client over real HTTP: the JSON body exactly as sent (defaults present,
    /// read-only members absent), the 201 answer, and the 4XX and 5XX error mappings.
    /// </summary>
    public sealed class PetCreateTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public PetCreateTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task An_untouched_Pet_sends_only_its_defaults_and_the_201_answer_is_parsed()
        {
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();

            var created = await new ConstructsClient(adapter).Pets.PostAsync(new Pet());

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("POST", sent.Method);
            Assert.Equal("/pets", sent.RawPath);
            Assert.Equal(string.Empty, sent.RawQuery);
            Assert.Equal("application/json", sent.ContentType);
            Assert.Equal(new[] { "acme" }, sent.HeaderValues("X-Tenant"));
            Assert.Equal(new[] { "application/json, application/problem+json" }, sent.HeaderValues("Accept"));
            // name and adopted have defaults in the description; nothing else was set.
            Assert.Equal("""{"adopted":false,"name":"Rex"}""", sent.BodyText);

            var dog = Assert.IsType<Dog>(created);
            Assert.Equal(42L, dog.Id);
            Assert.Equal("Rex", dog.Name);
            Assert.Equal(12, dog.BarksPerDay);
            Assert.False(dog.Adopted);
        }

        [Fact]
        public async Task A_full_Pet_is_sent_with_every_format_and_without_its_read_only_id()
        {
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            using var adapter = _server.CreateAdapter();
            var labels = new Pet_labels();
            labels.AdditionalData["colour"] = "grey";
            var pet = new Cat
            {
                Id = 99,
                Name = "Tom",
                PetType = "Cat",
                LivesLeft = 9,
                Kind = PetKind.InProgress,
                Weight = 4.25f,
                Height = 0.5d,
                Price = 1234.56m,
                Born = new Date(2020, 2, 29),
                Feeding = new Time(7, 30, 15),
                Interval = new TimeSpan(1, 30, 0),
                Chip = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
                Avatar = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A },
                Homepage = "https://pets.example.test/tom",
                Adopted = true,
                Nickname = "Tommy",
                Secret = "purr",
                Labels = labels,
                Extra = new UntypedObject(new Dictionary<string, UntypedNode> { ["score"] = new UntypedInteger(7) }),
                Tags = new List<string> { "indoor" },
                Matrix = new UntypedArray(new UntypedNode[] { new UntypedArray(new UntypedNode[] { new UntypedInteger(1), new UntypedInteger(2) }) }),
                Friend = new Dog { Name = "Rex", PetType = "Dog", BarksPerDay = 3 },
                Owner = new Person { Name = "Ann" },
                Status = Pet_status.Sold,
            };
#pragma warning disable CS0618 // legacyCode is deprecated in the description; it must still be sent when set.
            pet.LegacyCode = "T-1";
#pragma warning restore CS0618

            await new ConstructsClient(adapter).Pets.PostAsync(pet);

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("application/json", sent.ContentType);
            // id is readOnly: never sent. secret is writeOnly: sent. The subtype's own member comes last.
            Assert.Equal(
                "{"
                + "\"adopted\":true,"
                + "\"avatar\":\"iVBORw0KGgo=\","
                + "\"born\":\"2020-02-29\","
                + "\"chip\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\","
                + "\"extra\":{\"score\":7},"
                + "\"feeding\":\"07:30:15\","
                + "\"friend\":{\"adopted\":false,\"name\":\"Rex\",\"petType\":\"Dog\",\"barksPerDay\":3},"
                + "\"height\":0.5,"
                + "\"homepage\":\"https://pets.example.test/tom\","
                + "\"interval\":\"PT1H30M\","
                + "\"kind\":\"in-progress\","
                + "\"labels\":{\"colour\":\"grey\"},"
                + "\"legacyCode\":\"T-1\","
                + "\"matrix\":[[1,2]],"
                + "\"name\":\"Tom\","
                + "\"nickname\":\"Tommy\","
                + "\"owner\":{\"name\":\"Ann\"},"
                + "\"petType\":\"Cat\","
                + "\"price\":1234.56,"
                + "\"secret\":\"purr\","
                + "\"status\":\"sold\","
                + "\"tags\":[\"indoor\"],"
                + "\"weight\":4.25,"
                + "\"livesLeft\":9"
                + "}",
                sent.BodyText);
        }

        [Fact]
        public async Task A_4XX_answer_surfaces_as_Problem_with_its_message_and_source()
        {
            _server.Enqueue(ScriptedResponse.Json(
                409,
                """{ "type": "https://errors.example.test/conflict", "title": "Conflict", "message": "A pet named Rex exists", "source": "name" }""",
                "application/problem+json"));
            using var adapter = _server.CreateAdapter();

            var problem = await Assert.ThrowsAsync<Problem>(() => new ConstructsClient(adapter).Pets.PostAsync(new Pet()));

            Assert.Equal(409, problem.ResponseStatusCode);
            Assert.Equal("A pet named Rex exists", problem.Message);
            Assert.Equal("A pet named Rex exists", problem.MessageEscaped);
            Assert.Equal("name", problem.SourceEscaped);
            Assert.Equal("Conflict", problem.Title);
            Assert.Equal("https://errors.example.test/conflict", problem.Type);
        }

        [Fact]
        public async Task A_5XX_answer_surfaces_as_the_inline_error_type_with_its_reason()
        {
            _server.Enqueue(ScriptedResponse.Json(500, """{ "reason": "database offline" }"""));
            using var adapter = _server.CreateAdapter();

            var error = await Assert.ThrowsAsync<Pet5XXError>(() => new ConstructsClient(adapter).Pets.PostAsync(new Pet()));

            Assert.Equal(500, error.ResponseStatusCode);
            Assert.Equal("database offline", error.Reason);
            // A 500 is not retried by Kiota's default handlers: exactly one request.
            Assert.Single(_server.Requests);
        }
    }
}
