using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Constructs.Models;
using Constructs.Pets;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// GET /pets through the generated client over real HTTP: every query parameter style of the description on the
    /// wire, the required constant header, and the discriminated, every-format response parsed back.
    /// </summary>
    public sealed class PetListTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public PetListTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Every_query_parameter_is_sent_in_its_described_style()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            using var adapter = _server.CreateAdapter();

            var pets = await new ConstructsClient(adapter).Pets.GetAsync(request =>
            {
                request.QueryParameters.Tags = new[] { "indoor", "old cat" };
                request.QueryParameters.Kind = new[] { PetKind.Oneh, PetKind.Month_to_date, PetKind.Minus, PetKind.InProgress };
                request.QueryParameters.Limit = 1000;
                request.QueryParameters.Since = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2));
                request.QueryParameters.Born = new Date(2020, 2, 29);
                request.QueryParameters.Owner = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
                request.QueryParameters.IncludeArchived = true;
                request.QueryParameters.SortOrder = GetSortOrderQueryParameterType.Desc;
            });

            Assert.NotNull(pets);
            Assert.Empty(pets);
            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/pets", sent.RawPath);
            // tags: form style without explode is one comma-joined value; kind: exploded, one pair per value.
            Assert.Equal(
                "born=2020-02-29"
                + "&include_archived=true"
                + "&kind=1h&kind=month_to_date&kind=-&kind=in-progress"
                + "&limit=1000"
                + "&owner=3f2504e0-4f89-11d3-9a0c-0305e82c3301"
                + "&since=2024-05-01T10%3A00%3A00.0000000%2B02%3A00"
                + "&sort-order=desc"
                + "&tags=indoor,old%20cat",
                sent.RawQuery);

            // What a server framework makes of it, decoded.
            var query = QueryHelpers.ParseQuery(sent.RawQuery);
            Assert.Equal(new[] { "indoor,old cat" }, query["tags"].ToArray());
            Assert.Equal(new[] { "1h", "month_to_date", "-", "in-progress" }, query["kind"].ToArray());
            Assert.Equal(new[] { "2024-05-01T10:00:00.0000000+02:00" }, query["since"].ToArray());
            Assert.Equal(new[] { "desc" }, query["sort-order"].ToArray());
        }

        [Fact]
        public async Task Without_query_parameters_the_url_has_no_query_and_the_constant_header_is_still_sent()
        {
            _server.Enqueue(ScriptedResponse.Json(200, "[]"));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Pets.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/pets", sent.RawPath);
            Assert.Equal(string.Empty, sent.RawQuery);
            // X-Tenant is required with the single value "acme": the client sends it without being asked.
            Assert.Equal(new[] { "acme" }, sent.HeaderValues("X-Tenant"));
            Assert.Equal(new[] { "application/json, application/problem+json" }, sent.HeaderValues("Accept"));
            // The cookie parameter is not supported (UGEN013): nothing may be sent for it.
            Assert.Empty(sent.HeaderValues("Cookie"));
        }

        [Fact]
        public async Task The_discriminator_picks_Cat_Dog_or_Pet_for_each_item()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.ThreePets));
            using var adapter = _server.CreateAdapter();

            var pets = await new ConstructsClient(adapter).Pets.GetAsync();

            Assert.NotNull(pets);
            Assert.Equal(3, pets.Count);
            var cat = Assert.IsType<Cat>(pets[0]);
            Assert.Equal(9, cat.LivesLeft);
            Assert.Equal("Cat", cat.PetType);
            var dog = Assert.IsType<Dog>(pets[1]);
            Assert.Equal(40, dog.BarksPerDay);
            Assert.Equal("Dog", dog.PetType);
            var plain = Assert.IsType<Pet>(pets[2]);
            Assert.Null(plain.PetType);
            Assert.Equal(3L, plain.Id);
            Assert.Equal("Nemo", plain.Name);
            Assert.Equal(PetKind.Minus, plain.Kind);
            Assert.Equal(Pet_status.Available, plain.Status);
        }

        [Fact]
        public async Task Every_format_of_Pet_is_parsed_to_its_typed_value()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.ThreePets));
            using var adapter = _server.CreateAdapter();

            var pets = await new ConstructsClient(adapter).Pets.GetAsync();

            Assert.NotNull(pets);
            var cat = Assert.IsType<Cat>(pets[0]);
            Assert.Equal(1L, cat.Id);
            Assert.Equal("Tom", cat.Name);
            Assert.Equal(PetKind.Oneh, cat.Kind);
            Assert.Equal(4.25f, cat.Weight);
            Assert.Equal(0.1d, cat.Height);
            Assert.Equal(1234.56m, cat.Price);
            Assert.Equal(new Date(2020, 2, 29), cat.Born);
            Assert.Equal(new Time(7, 30, 15), cat.Feeding);
            Assert.Equal(new TimeSpan(1, 30, 0), cat.Interval);
            Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), cat.Chip);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, cat.Avatar);
            Assert.Equal("https://pets.example.test/tom", cat.Homepage);
            Assert.True(cat.Adopted);
            Assert.Equal("Tommy", cat.Nickname);
#pragma warning disable CS0618 // legacyCode is deprecated in the description; it must still be read.
            Assert.Equal("T-1", cat.LegacyCode);
#pragma warning restore CS0618
            Assert.Equal("purr", cat.Secret);
            Assert.Equal(new List<string> { "indoor", "old" }, cat.Tags);
            Assert.Equal(Pet_status.Sold, cat.Status);
        }

        [Fact]
        public async Task Map_values_land_in_AdditionalData_and_free_form_values_are_untyped_nodes()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.ThreePets));
            using var adapter = _server.CreateAdapter();

            var pets = await new ConstructsClient(adapter).Pets.GetAsync();

            Assert.NotNull(pets);
            var labels = pets[0].Labels;
            Assert.NotNull(labels);
            Assert.Equal(2, labels.AdditionalData.Count);
            Assert.Equal("grey", labels.AdditionalData["colour"]);
            Assert.Equal("grumpy", labels.AdditionalData["mood"]);

            // extra: {} is anything; here an object with a number, a mixed array, a null and a nested object.
            var extra = Assert.IsType<UntypedObject>(pets[0].Extra);
            var members = extra.GetValue();
            Assert.Equal(new[] { "score", "flags", "none", "nested" }, members.Keys.ToArray());
            Assert.Equal(7, Assert.IsType<UntypedInteger>(members["score"]).GetValue());
            var flags = Assert.IsType<UntypedArray>(members["flags"]).GetValue().ToArray();
            Assert.Equal(2, flags.Length);
            Assert.True(Assert.IsType<UntypedBoolean>(flags[0]).GetValue());
            Assert.Equal("x", Assert.IsType<UntypedString>(flags[1]).GetValue());
            Assert.IsType<UntypedNull>(members["none"]);
            var nested = Assert.IsType<UntypedObject>(members["nested"]).GetValue();
            Assert.Equal("v", Assert.IsType<UntypedString>(Assert.Single(nested).Value).GetValue());

            // matrix: an array of integer arrays, kept untyped.
            var rows = Assert.IsType<UntypedArray>(pets[0].Matrix).GetValue()
                .Select(row => Assert.IsType<UntypedArray>(row).GetValue().Select(cell => Assert.IsType<UntypedInteger>(cell).GetValue()).ToArray())
                .ToArray();
            Assert.Equal(new[] { new[] { 1, 2 }, Array.Empty<int>(), new[] { 3 } }, rows);
        }

        [Fact]
        public async Task Recursive_friend_and_nullable_owner_are_parsed_null_or_set()
        {
            _server.Enqueue(ScriptedResponse.Json(200, PetBodies.ThreePets));
            using var adapter = _server.CreateAdapter();

            var pets = await new ConstructsClient(adapter).Pets.GetAsync();

            Assert.NotNull(pets);
            var cat = pets[0];
            var friend = Assert.IsType<Dog>(cat.Friend);
            Assert.Equal(2L, friend.Id);
            Assert.Null(friend.BarksPerDay);
            var friendOfFriend = Assert.IsType<Pet>(friend.Friend);
            Assert.Equal("Nemo", friendOfFriend.Name);
            Assert.Null(friendOfFriend.Friend);

            var owner = cat.Owner;
            Assert.NotNull(owner);
            Assert.Equal("Ann", owner.Name);
            Assert.Equal("Bob", owner.Partner?.Name);
            Assert.NotNull(owner.Pets);
            Assert.IsType<Cat>(Assert.Single(owner.Pets));

            // owner: oneOf [Person, null] and nickname: nullable, both sent as JSON null.
            Assert.Null(pets[1].Owner);
            Assert.Null(pets[1].Nickname);
            Assert.Null(pets[2].Owner);
        }

        [Fact]
        public async Task An_undescribed_status_surfaces_as_the_default_Problem()
        {
            _server.Enqueue(ScriptedResponse.Json(
                418,
                """{ "type": "https://errors.example.test/teapot", "title": "Teapot", "message": "I am a teapot", "source": "kettle" }""",
                "application/problem+json"));
            using var adapter = _server.CreateAdapter();

            var problem = await Assert.ThrowsAsync<Problem>(() => new ConstructsClient(adapter).Pets.GetAsync());

            Assert.Equal(418, problem.ResponseStatusCode);
            Assert.Equal("I am a teapot", problem.Message);
            Assert.Equal("I am a teapot", problem.MessageEscaped);
            Assert.Equal("kettle", problem.SourceEscaped);
            Assert.Equal("Teapot", problem.Title);
            Assert.Equal("https://errors.example.test/teapot", problem.Type);
        }
    }
}
