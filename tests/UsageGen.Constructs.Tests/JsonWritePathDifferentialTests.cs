using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BackedConstructs;
using Constructs.ConstructsClient;
using Constructs.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Text;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using UsageGen.Testing.Kiota;
using Xunit;
using BackedPet = BackedConstructs.Models.Pet;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// The generated JSON writer against Kiota's over the constructs description's models: every body the read
    /// differential tests read, written back; inheritance, unions, maps, untyped values, every primitive format,
    /// numbers at their limits and beyond what JSON can hold, escaped strings, property bags of every kind, merged
    /// values and a backing store's changed-values-only writes give the same bytes, or the same exception.
    /// </summary>
    public sealed class JsonWritePathDifferentialTests : IClassFixture<ConstructsServer>
    {
        private static readonly ConstructsClientJsonSerializationWriterFactory Ours = new();
        private static readonly BackedConstructsClientJsonSerializationWriterFactory BackedOurs = new();

        private readonly ConstructsServer _server;

        public JsonWritePathDifferentialTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        /// <summary>The read differential tests' pet bodies that Kiota reads into a model.</summary>
        public static TheoryData<string> PetBodiesToWrite
        {
            get
            {
                var bodies = new TheoryData<string>();
                foreach (string json in JsonReadPathDifferentialTests.PetBodiesToRead)
                {
                    if (TryRead(json, Pet.CreateFromDiscriminatorValue, backingStore: false) is not null)
                    {
                        bodies.Add(json);
                    }
                }

                return bodies;
            }
        }

        [Fact]
        public void Most_of_the_read_bodies_are_written_back()
        {
            var count = PetBodiesToWrite.Count<string>();
            Assert.True(count >= 12, $"only {count} pet bodies could be read to write back");
        }

        [Theory]
        [MemberData(nameof(PetBodiesToWrite))]
        public void A_pet_read_from_a_body_writes_as_Kiota_writes_it(string json)
        {
            // Some bodies read values JSON cannot hold (1e39 as a float is infinity): both writers must then throw alike.
            DifferentialWrite.AssertSameJson(Ours, () => TryRead(json, Pet.CreateFromDiscriminatorValue, backingStore: false)!);
            DifferentialWrite.AssertSameJson(Ours, () => TryRead(json, Person.CreateFromDiscriminatorValue, backingStore: false)!);
        }

        [Theory]
        [MemberData(nameof(PetBodiesToWrite))]
        public void A_backed_pet_writes_only_its_changes_as_Kiota_writes_them(string json)
        {
            BackedPet Changed()
            {
                var pet = TryRead(json, BackedPet.CreateFromDiscriminatorValue, backingStore: true)!;
                pet.Name = "Changed";
                pet.Nickname = null;
                pet.AdditionalData["added"] = 5m;
                return pet;
            }

            var written = DifferentialWrite.AssertSameJson(BackedOurs, Changed, backingStore: true);

            Assert.Contains("\"name\":\"Changed\"", written, StringComparison.Ordinal);
        }

        [Fact]
        public void A_list_of_pets_of_every_kind_writes_as_Kiota_writes_it()
        {
            var written = DifferentialWrite.AssertSameCollectionJson(Ours, () => ReadList(PetBodies.ThreePets));

            Assert.StartsWith("[{", written, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(JsonReadPathDifferentialTests.ReadingBodies), MemberType = typeof(JsonReadPathDifferentialTests))]
        public void A_reading_with_unions_writes_as_Kiota_writes_it(string json) =>
            DifferentialWrite.AssertSameJson(Ours, () => TryRead(json, Reading.CreateFromDiscriminatorValue, backingStore: false)!);

        [Theory]
        [InlineData(ShapeBodies.Circle)]
        [InlineData(ShapeBodies.Square)]
        [InlineData(ShapeBodies.CircleAndPetForm)]
        [InlineData("\"a label\"")]
        public void Composed_types_write_as_Kiota_writes_them(string json)
        {
            Assert.NotNull(DifferentialWrite.AssertSameJson(Ours, () => TryRead(json, Shape.CreateFromDiscriminatorValue, backingStore: false)!));
            Assert.NotNull(DifferentialWrite.AssertSameJson(Ours, () => TryRead(json, ShapeOrLabel.CreateFromDiscriminatorValue, backingStore: false)!));
            Assert.NotNull(DifferentialWrite.AssertSameJson(Ours, () => TryRead(json, Tagged.CreateFromDiscriminatorValue, backingStore: false)!));
        }

        public static TheoryData<string, object?> BagValues => new()
        {
            { "string", "a \"quoted\" \\ \u0000 </script> é 🐶" },
            { "empty string", string.Empty },
            { "true", true },
            { "int", int.MinValue },
            { "long", long.MaxValue },
            { "double", 1.7976931348623157E+308 },
            { "double NaN", double.NaN },
            { "double infinity", double.PositiveInfinity },
            { "float", 3.4028235E+38f },
            { "float NaN", float.NaN },
            { "decimal", decimal.MinValue },
            { "decimal scale", 1.2300m },
            { "byte", (byte)255 },
            { "sbyte", (sbyte)-128 },
            { "Guid", new Guid("3f2504e0-4f89-11d3-9a0c-0305e82c3301") },
            { "DateTimeOffset", new DateTimeOffset(2024, 3, 15, 10, 30, 0, 123, TimeSpan.FromHours(-5)) },
            { "DateTime", new DateTime(2024, 3, 15, 10, 30, 0, DateTimeKind.Utc) },
            { "TimeSpan", TimeSpan.FromMinutes(90) },
            { "Date", new Date(2020, 2, 29) },
            { "Time", new Time(7, 30, 15) },
            { "null", null },
            { "untyped", new UntypedObject(new Dictionary<string, UntypedNode> { ["a"] = new UntypedArray(new UntypedNode[] { new UntypedInteger(1), new UntypedNull() }) }) },
            { "model", new Dog { Name = "Rex", PetType = "Dog", BarksPerDay = 3 } },
            { "list", new List<object> { 1, "two", 3.5m } },
            { "map", new Dictionary<string, object> { ["k"] = "v", ["n"] = 1 } },
            { "char", 'x' },
        };

        [Theory]
        [MemberData(nameof(BagValues))]
        public void A_property_bag_value_writes_as_Kiota_writes_it(string kind, object? value)
        {
            Pet Make()
            {
                var pet = new Pet { Name = kind };
                pet.AdditionalData["value"] = value!;
                pet.AdditionalData["after"] = 1;
                return pet;
            }

            DifferentialWrite.AssertSameJson(Ours, Make);
        }

        [Theory]
        [InlineData(float.NaN, 0d)]
        [InlineData(float.PositiveInfinity, 0d)]
        [InlineData(0f, double.NegativeInfinity)]
        [InlineData(float.Epsilon, double.Epsilon)]
        [InlineData(-0f, -0d)]
        public void Numbers_JSON_cannot_hold_fail_as_on_Kiota_s_path(float weight, double height) =>
            DifferentialWrite.AssertSameJson(Ours, () => new Pet { Weight = weight, Height = height, Price = decimal.MaxValue, Id = long.MinValue });

        [Fact]
        public void Values_merged_into_one_object_and_nulls_write_as_Kiota_writes_them()
        {
            var written = DifferentialWrite.AssertSame(Ours, writer =>
            {
                writer.WriteObjectValue(null, new Pet { Name = "a" }, new Person { Name = "b" }, null);
            });
            Assert.Equal("{\"adopted\":false,\"name\":\"a\",\"name\":\"b\"}", written);

            DifferentialWrite.AssertSame(Ours, writer =>
            {
                writer.WriteObjectValue<Pet>(null, null, new Person { Name = "only merged" });
            });
            DifferentialWrite.AssertSame(Ours, writer =>
            {
                writer.WriteCollectionOfObjectValues<Pet>(null, new Pet[] { new() { Name = "x" }, null!, new Cat { LivesLeft = 2 } });
            });
        }

        [Fact]
        public void The_factory_passes_other_content_types_on_and_rejects_none()
        {
            Assert.IsNotType<JsonSerializationWriter>(Ours.GetSerializationWriter("application/vnd.pets+json; charset=utf-8"));
            Assert.IsType<TextSerializationWriter>(new ConstructsClientJsonSerializationWriterFactory(new TextSerializationWriterFactory()).GetSerializationWriter("text/plain"));
            Assert.Throws<ArgumentNullException>(() => Ours.GetSerializationWriter(string.Empty));
        }

        [Fact]
        public async Task A_plain_Kiota_adapter_given_the_factory_sends_the_body_Kiota_sends_over_HTTP()
        {
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            _server.Enqueue(ScriptedResponse.Json(201, PetBodies.Dog));
            using var kiotaAdapter = _server.CreateAdapter();
            using var ourAdapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), new ConstructsClientJsonParseNodeFactory(), Ours) { BaseUrl = _server.BaseAddress };

            await new ConstructsClient(kiotaAdapter).Pets.PostAsync(FullPet());
            await new ConstructsClient(ourAdapter).Pets.PostAsync(FullPet());

            Assert.Equal(2, _server.Requests.Count);
            Assert.Equal(_server.Requests[0].ContentType, _server.Requests[1].ContentType);
            Assert.Equal(_server.Requests[0].BodyText, _server.Requests[1].BodyText);
            Assert.Contains("\"labels\":{\"colour\":\"grey\",\"since\":\"2024-03-15T10:30:00+01:00\"}", _server.Requests[1].BodyText, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_JSON_part_of_a_multipart_body_sent_through_the_generated_factory_is_what_Kiota_writes()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """{ "stored": true }"""));
            using var ourAdapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), new ConstructsClientJsonParseNodeFactory(), Ours) { BaseUrl = _server.BaseAddress };
            var body = new MultipartBody();
            body.AddOrReplacePart("pet", "application/json", FullPet());

            await new ConstructsClient(ourAdapter).Pets[7].Photo.PostAsync(body);

            var part = Assert.Single(await MultipartForm.ReadAsync(Assert.Single(_server.Requests)));
            Assert.Equal("application/json", part.ContentType);
            Assert.Equal(DifferentialWrite.AssertSameJson(Ours, FullPet), Encoding.UTF8.GetString(part.Body));
        }

        private static Cat FullPet()
        {
            var labels = new Pet_labels();
            labels.AdditionalData["colour"] = "grey";
            labels.AdditionalData["since"] = new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.FromHours(1));
            return new Cat
            {
                Name = "Tom \"the\" cat",
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
                Avatar = new byte[] { 0x89, 0x50, 0x4E, 0x47 },
                Adopted = true,
                Labels = labels,
                Tags = new List<string> { "indoor", "é" },
                Friend = new Dog { Name = "Rex", PetType = "Dog", BarksPerDay = 3 },
                Owner = new Person { Name = "Ann" },
                Status = Pet_status.Sold,
            };
        }

        private static T? TryRead<T>(string json, ParsableFactory<T> factory, bool backingStore) where T : IParsable
        {
            IParseNodeFactory nodes = backingStore ? new BackingStoreParseNodeFactory(new JsonParseNodeFactory()) : new JsonParseNodeFactory();
            try
            {
                var root = nodes.GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(json))).GetAwaiter().GetResult();
                return root.GetObjectValue(factory);
            }
            catch (Exception)
            {
                return default;
            }
        }

        private static IEnumerable<Pet> ReadList(string json)
        {
            var root = new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(json))).GetAwaiter().GetResult();
            return root.GetCollectionOfObjectValues(Pet.CreateFromDiscriminatorValue).ToList();
        }
    }
}
