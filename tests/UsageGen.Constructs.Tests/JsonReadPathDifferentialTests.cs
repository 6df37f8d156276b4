using System.Linq;
using System.Threading.Tasks;
using BackedConstructs;
using Constructs.ConstructsClient;
using Constructs.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using UsageGen.Testing.Kiota;
using Xunit;
using BackedPet = BackedConstructs.Models.Pet;
using BackedPerson = BackedConstructs.Models.Person;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// The generated JSON read path against Kiota's over the constructs description's models: inheritance and
    /// discriminators, unions, maps, untyped values, nullable values, every primitive format, numbers at their type limits,
    /// escaped strings and unknown properties read into the same graph and written back as the same JSON; values Kiota
    /// rejects are rejected with the same exception type.
    /// </summary>
    public sealed class JsonReadPathDifferentialTests : IClassFixture<ConstructsServer>
    {
        private static readonly ConstructsClientJsonParseNodeFactory Ours = new();
        private static readonly BackedConstructsClientJsonParseNodeFactory BackedOurs = new();

        private readonly ConstructsServer _server;

        public JsonReadPathDifferentialTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        public static TheoryData<string> PetBodiesToRead => new()
        {
            PetBodies.Dog,
            """{ "id": 1, "name": "Tom", "petType": "Cat", "livesLeft": 9, "unknown": { "a": [1, "b", null] }, "when": "2024-01-01T00:00:00Z" }""",
            """{ "name": "Plain", "petType": "Parrot" }""",
            """{ "id": 9223372036854775807, "weight": 3.4028235E+38, "height": 1.7976931348623157E+308, "price": 79228162514264337593543950335, "priority": 3 }""",
            """{ "id": -9223372036854775808, "weight": -1.5e-45, "height": 5e-324, "price": -0.0000000000000000000000000001, "priority": 1 }""",
            """{ "name": "\u0052ex \"the\" \\ dog \ud83d\udc36 🐶", "nickname": null, "tags": ["a\tb", "\u00e9"], "labels": { "\u006b": "v", "k2": null } }""",
            """{ "born": "2020-02-29", "feeding": "07:30:15", "interval": "PT1H30M", "chip": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "avatar": "iVBORw0KGgo=", "homepage": "https://x.test", "status": "sold", "kind": "month_to_date" }""",
            """{ "born": "not a date", "feeding": "", "chip": "", "avatar": "***", "status": "unknown-value", "kind": "" }""",
            """{ "friend": { "petType": "Cat", "livesLeft": 3, "friend": { "name": "deep" } }, "owner": { "name": "Ann", "partner": { "name": "Bob", "partner": null }, "pets": [ { "petType": "Dog", "barksPerDay": 1 }, { "name": "x" } ], "notes": [1, "two", { "three": 3 }, [4], null, true], "code": 7 } }""",
            """{ "extra": [1, 2.5, 1e400], "matrix": [[1, 2], [], [3]], "adopted": true, "secret": "s", "legacyCode": "L" }""",
            """{ "name": 5, "id": "5", "adopted": "true", "tags": "x", "labels": [1], "friend": 5, "owner": "x", "matrix": {} }""",
            """{ "id": 1.5 }""",
            """{ "id": 9223372036854775808 }""",
            """{ "priority": 2147483648 }""",
            """{ "weight": 1e39 }""",
            """{ "status": 5 }""",
            """{ "interval": 5 }""",
            """{ "name": "Rex", "name": "Max", "x": 1, "x": 2 }""",
            // Discriminators: the last of duplicates counts, a value that is not a string or an unknown one picks the base,
            // escapes on either side, a nested object's petType is not the object's own.
            """{ "livesLeft": 3, "petType": "Cat", "petType": "Dog", "barksPerDay": 2 }""",
            """{ "petType": 5, "livesLeft": 1, "friend": { "petType": ["Cat"], "livesLeft": 2 } }""",
            """{ "pet\u0054ype": "C\u0061t", "livesLeft": 1, "friend": { "x": { "petType": "Cat" }, "petType": "Dog", "barksPerDay": 1 } }""",
            """{ "petType": "Unknown", "owner": { "pets": [ null, 5, { "petType": "Cat", "petType": null, "livesLeft": 4 }, [], { "barksPerDay": 7, "petType": "Dog", "friend": { "petType": "Cat" } } ] } }""",
            """{ "petType": { "nested": "Cat" }, "friend": null, "owner": { "pets": null } }""",
            """{ "friend": { "petType": "Cat", "livesLeft": } }""",
            // Objects and arrays where a string, number or boolean belongs read as null and are skipped whole.
            """{ "name": { "petType": "Cat" }, "nickname": [1, { "a": 2 }], "adopted": { "x": true }, "id": [5], "weight": {}, "after": "still read" }""",
            "[1, 2]",
            "\"a pet\"",
            "null",
            "{ \"name\": \"Rex\" ",
        };

        public static TheoryData<string> ReadingBodies => new()
        {
            """{ "labels": "one", "mode": "auto", "stamp": "2024-03-15T10:30:00Z", "level": "low", "contact": { "email": "a@b.test" }, "samples": [1.5, 2], "links": { "href": "https://x.test" } }""",
            """{ "labels": ["a", "b"], "mode": 3, "stamp": 1710498600000, "level": "other", "samples": 3.25, "links": [ { "href": "https://x.test/1" }, { "href": "https://x.test/2" } ] }""",
            """{ "labels": null, "mode": null, "stamp": true, "samples": "x", "links": 5, "unknown": [ { "a": 1 } ] }""",
        };

        [Theory]
        [MemberData(nameof(PetBodiesToRead))]
        public async Task A_pet_reads_as_Kiota_reads_it(string json) =>
            await DifferentialRead.AssertSameObjectAsync(Ours, json, Pet.CreateFromDiscriminatorValue);

        [Theory]
        [MemberData(nameof(PetBodiesToRead))]
        public async Task A_person_reads_as_Kiota_reads_it(string json) =>
            await DifferentialRead.AssertSameObjectAsync(Ours, json, Person.CreateFromDiscriminatorValue);

        [Theory]
        [MemberData(nameof(PetBodiesToRead))]
        public async Task A_backed_pet_reads_as_Kiota_reads_it_with_the_store_s_hooks(string json) =>
            await DifferentialRead.AssertSameObjectAsync(BackedOurs, json, BackedPet.CreateFromDiscriminatorValue, backingStore: true);

        [Theory]
        [MemberData(nameof(PetBodiesToRead))]
        public async Task A_backed_person_reads_as_Kiota_reads_it_with_the_store_s_hooks(string json) =>
            await DifferentialRead.AssertSameObjectAsync(BackedOurs, json, BackedPerson.CreateFromDiscriminatorValue, backingStore: true);

        [Fact]
        public async Task A_list_of_pets_of_every_kind_reads_as_Kiota_reads_it()
        {
            var pets = await DifferentialRead.AssertSameCollectionAsync(Ours, PetBodies.ThreePets, Pet.CreateFromDiscriminatorValue);
            Assert.Equal(new[] { typeof(Cat), typeof(Dog), typeof(Pet) }, pets!.Select(pet => pet.GetType()));
        }

        [Theory]
        [MemberData(nameof(ReadingBodies))]
        public async Task A_reading_with_unions_reads_as_Kiota_reads_it(string json) =>
            await DifferentialRead.AssertSameObjectAsync(Ours, json, Reading.CreateFromDiscriminatorValue);

        [Theory]
        [InlineData(ShapeBodies.Circle)]
        [InlineData(ShapeBodies.Square)]
        [InlineData(ShapeBodies.CircleAndPetForm)]
        [InlineData("\"a label\"")]
        [InlineData("{}")]
        public async Task Composed_types_read_as_Kiota_reads_them(string json)
        {
            await DifferentialRead.AssertSameObjectAsync(Ours, json, Shape.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, ShapeOrLabel.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, Tagged.CreateFromDiscriminatorValue);
        }

        [Fact]
        public async Task A_plain_Kiota_adapter_given_the_factory_reads_a_response_over_HTTP()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.ThreePets));
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.Dog));
            using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), new ConstructsClientJsonParseNodeFactory()) { BaseUrl = _server.BaseAddress };
            var client = new ConstructsClient(adapter);

            var pets = await client.Pets.GetAsync();
            var dog = await client.Pets[42].GetAsync();

            Assert.Equal(DifferentialRead.Write(await DifferentialRead.AssertSameCollectionAsync(Ours, PetBodies.ThreePets, Pet.CreateFromDiscriminatorValue) is { } list ? list[0] : null!), DifferentialRead.Write(pets![0]));
            Assert.Equal(12, Assert.IsType<Dog>(dog).BarksPerDay);
        }

        [Fact]
        public async Task A_backed_client_given_the_factory_still_tracks_changes_from_the_response_on()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.Dog));
            using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), new BackedConstructsClientJsonParseNodeFactory()) { BaseUrl = _server.BaseAddress };
            var pet = await new BackedConstructsClient(adapter).Pets[42].GetAsync();

            Assert.True(pet!.BackingStore.InitializationCompleted);
            pet.Name = "Rexy";
            pet.BackingStore.ReturnOnlyChangedValues = true;
            Assert.Equal(new[] { "name" }, pet.BackingStore.Enumerate().Select(pair => pair.Key));
        }
    }
}
