using System;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// The composed types: GET /shapes/{shape-id} (oneOf with a discriminator) over real HTTP, and ShapeOrLabel
    /// (oneOf told apart by members, with a string) and Tagged (anyOf), which no operation returns, through Kiota's
    /// JSON serializer with the client's registered factories.
    /// </summary>
    public sealed class ShapeTests : IClassFixture<ConstructsServer>
    {
        private static readonly Guid ShapeId = Guid.Parse("9b2c5a0e-5f4d-4c3b-8a1e-2d7f6e5c4b3a");

        private readonly ConstructsServer _server;

        public ShapeTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task The_kind_circle_picks_Circle()
        {
            _server.Enqueue(ScriptedResponse.Json(200, ShapeBodies.Circle));
            using var adapter = _server.CreateAdapter();

            var shape = await new ConstructsClient(adapter).Shapes[ShapeId].GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/shapes/9b2c5a0e-5f4d-4c3b-8a1e-2d7f6e5c4b3a", sent.RawPath);
            Assert.NotNull(shape);
            Assert.Null(shape.Square);
            Assert.NotNull(shape.Circle);
            Assert.Equal("circle", shape.Circle.Kind);
            Assert.Equal(2.5d, shape.Circle.Radius);
        }

        [Fact]
        public async Task The_kind_square_picks_Square()
        {
            _server.Enqueue(ScriptedResponse.Json(200, ShapeBodies.Square));
            using var adapter = _server.CreateAdapter();

            var shape = await new ConstructsClient(adapter).Shapes[ShapeId].GetAsync();

            Assert.Equal("/shapes/9b2c5a0e-5f4d-4c3b-8a1e-2d7f6e5c4b3a", Assert.Single(_server.Requests).RawPath);
            Assert.NotNull(shape);
            Assert.Null(shape.Circle);
            Assert.NotNull(shape.Square);
            Assert.Equal("square", shape.Square.Kind);
            Assert.Equal(3d, shape.Square.Side);
        }

        [Fact]
        public async Task ShapeOrLabel_reads_a_string_as_String()
        {
            var value = await DeserializeAsync("\"a label\"", ShapeOrLabel.CreateFromDiscriminatorValue);

            Assert.Equal("a label", value.String);
            Assert.Null(value.Circle);
            Assert.Null(value.Square);
        }

        [Fact]
        public async Task ShapeOrLabel_reads_an_object_with_radius_as_Circle()
        {
            var value = await DeserializeAsync(ShapeBodies.Circle, ShapeOrLabel.CreateFromDiscriminatorValue);

            Assert.Null(value.String);
            Assert.Null(value.Square);
            Assert.NotNull(value.Circle);
            Assert.Equal(2.5d, value.Circle.Radius);
            Assert.Equal("circle", value.Circle.Kind);
        }

        [Fact]
        public async Task ShapeOrLabel_reads_an_object_with_side_as_Square()
        {
            var value = await DeserializeAsync(ShapeBodies.Square, ShapeOrLabel.CreateFromDiscriminatorValue);

            Assert.Null(value.String);
            Assert.Null(value.Circle);
            Assert.NotNull(value.Square);
            Assert.Equal(3d, value.Square.Side);
        }

        [Fact]
        public async Task ShapeOrLabel_writes_back_the_member_it_holds()
        {
            RegisterClientFactories();

            Assert.Equal("\"a label\"", await KiotaJsonSerializer.SerializeAsStringAsync(new ShapeOrLabel { String = "a label" }));
            Assert.Equal(
                """{"kind":"square","side":3}""",
                await KiotaJsonSerializer.SerializeAsStringAsync(new ShapeOrLabel { Square = new Square { Kind = "square", Side = 3 } }));
        }

        [Fact]
        public async Task Tagged_fills_both_members_from_one_object_and_writes_them_back_merged()
        {
            var value = await DeserializeAsync(ShapeBodies.CircleAndPetForm, Tagged.CreateFromDiscriminatorValue);

            Assert.NotNull(value.Circle);
            Assert.Equal("disc", value.Circle.Kind);
            Assert.Equal(1.5d, value.Circle.Radius);
            Assert.NotNull(value.PetForm);
            Assert.Equal("Rex", value.PetForm.Name);
            Assert.Equal(4, value.PetForm.Age);

            var json = await KiotaJsonSerializer.SerializeAsStringAsync(value);

            Assert.Equal("""{"kind":"disc","radius":1.5,"age":4,"name":"Rex"}""", json);
        }

        private async Task<T> DeserializeAsync<T>(string json, ParsableFactory<T> factory)
            where T : IParsable
        {
            RegisterClientFactories();
            var value = await KiotaJsonSerializer.DeserializeAsync(json, factory);
            Assert.NotNull(value);
            return value;
        }

        // KiotaJsonSerializer uses the default registries, which the generated client's constructor fills.
        private void RegisterClientFactories()
        {
            using var adapter = _server.CreateAdapter();
            _ = new ConstructsClient(adapter);
        }
    }
}
