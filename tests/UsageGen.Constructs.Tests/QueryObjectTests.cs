using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Constructs.Charges;
using Constructs.Models;
using Microsoft.Kiota.Abstractions;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;
using BackedConstructsClient = BackedConstructs.BackedConstructsClient;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// Object-typed query parameters on the wire (GET /charges): deepObject as created[gte]=1, form with explode as one
    /// name=value per property, form without explode as box=name,value,…; what is not set is not sent. Kiota's runtime
    /// builds the URL, so brackets arrive percent-encoded, which ASP.NET Core decodes back to created[gte].
    /// </summary>
    public sealed class QueryObjectTests : IClassFixture<ConstructsServer>
    {
        private readonly ConstructsServer _server;

        public QueryObjectTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task A_deepObject_range_sends_each_bound_in_brackets()
        {
            var request = await SendAsync(q => q.CreatedAsGetCreatedQueryParameterType = new GetCreatedQueryParameterType { Gte = 1, Lte = 5 });

            Assert.Equal("created%5Bgte%5D=1&created%5Blte%5D=5", request.RawQuery);
            Assert.Equal(new[] { "1" }, request.Query["created[gte]"]);
            Assert.Equal(new[] { "5" }, request.Query["created[lte]"]);
        }

        [Fact]
        public async Task A_deepObject_sends_nested_objects_arrays_enums_dates_booleans_and_numbers_as_Kiota_formats_them()
        {
            var request = await SendAsync(q => q.CreatedAsGetCreatedQueryParameterType = new GetCreatedQueryParameterType
            {
                Since = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
                Exact = true,
                Tags = new List<string> { "a b", "c" },
                Window = new GetCreatedQueryParameterType_window { Unit = ChargeWindowUnit.MonthEnd, Size = 1.5 },
            });

            Assert.Equal(
                "created%5Bexact%5D=true&created%5Bsince%5D=2024-01-02T03%3A04%3A05.0000000%2B00%3A00" +
                "&created%5Btags%5D%5B%5D=a%20b&created%5Btags%5D%5B%5D=c" +
                "&created%5Bwindow%5D%5Bsize%5D=1.5&created%5Bwindow%5D%5Bunit%5D=month-end",
                request.RawQuery);
            Assert.Equal(new[] { "a b", "c" }, request.Query["created[tags][]"]);
            Assert.Equal(new[] { "month-end" }, request.Query["created[window][unit]"]);
        }

        [Fact]
        public async Task A_form_object_with_explode_sends_each_property_as_its_own_parameter()
        {
            var request = await SendAsync(q => q.FilterAsChargeFilter = new ChargeFilter { Status = ChargeWindowUnit.Week, On = new Date(2024, 2, 29), Ids = new List<int?> { 1, 2 } });

            Assert.Equal("ids=1&ids=2&on=2024-02-29&status=week", request.RawQuery);
        }

        [Fact]
        public async Task A_form_object_without_explode_sends_names_and_values_in_one_parameter()
        {
            var request = await SendAsync(q =>
            {
                q.BoxAsGetBoxQueryParameterType = new GetBoxQueryParameterType { Paid = false, Currency = "e,u r", Min = 3 };
                q.Limit = 10;
            });

            Assert.Equal("box=currency,e%2Cu%20r,min,3,paid,false&limit=10", request.RawQuery);
            Assert.Equal(new[] { "currency,e,u r,min,3,paid,false" }, request.Query["box"]);
        }

        [Fact]
        public async Task Properties_that_are_not_set_are_not_sent()
        {
            var request = await SendAsync(q =>
            {
                q.CreatedAsGetCreatedQueryParameterType = new GetCreatedQueryParameterType { Window = new GetCreatedQueryParameterType_window(), Tags = new List<string>() };
                q.BoxAsGetBoxQueryParameterType = new GetBoxQueryParameterType();
                q.FilterAsChargeFilter = new ChargeFilter { On = new Date(2024, 1, 1) };
            });

            Assert.Equal("on=2024-01-01", request.RawQuery);
        }

        [Fact]
        public async Task Kiotas_string_property_still_sends_its_value_as_given()
        {
            var request = await SendAsync(q => q.Created = "raw");

            Assert.Equal("created=raw", request.RawQuery);
        }

        [Fact]
        public async Task The_backing_store_client_in_Kiotas_backward_compatible_shape_sends_the_same()
        {
            _server.Enqueue(ScriptedResponse.Empty(204));
            using var adapter = _server.CreateAdapter();

            await new BackedConstructsClient(adapter).Charges.GetAsync(c =>
                c.QueryParameters.CreatedAsGetCreatedQueryParameterType = new BackedConstructs.Charges.GetCreatedQueryParameterType { Gte = 1, Window = new BackedConstructs.Charges.GetCreatedQueryParameterType_window { Size = 2 } });

            Assert.Equal("created%5Bgte%5D=1&created%5Bwindow%5D%5Bsize%5D=2", Assert.Single(_server.Requests).RawQuery);
        }

        private async Task<RecordedRequest> SendAsync(Action<ChargesRequestBuilder.ChargesRequestBuilderGetQueryParameters> query)
        {
            _server.Enqueue(ScriptedResponse.Empty(204));
            using var adapter = _server.CreateAdapter();
            await new ConstructsClient(adapter).Charges.GetAsync(c => query(c.QueryParameters));
            return Assert.Single(_server.Requests);
        }
    }
}
