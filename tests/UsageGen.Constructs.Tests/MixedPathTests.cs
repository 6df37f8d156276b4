using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Constructs.Files.FileIdShared_link;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// Path keys that are more than segments and parameters, over real HTTP: item segments with an extension
    /// (<c>{sid}.json</c>), segments mixing text and parameters (<c>thumbnail.{extension}</c>, <c>{left}...{right}</c>,
    /// <c>{year}-{month}</c>), a fragment that only tells two operations apart and a fixed query. Kiota 1.38 gives the
    /// same surface; where it sends a wrong URL (the extension dropped from a merged item, the query after the
    /// fragment, a second <c>?</c> after the fixed query), these tests hold ours to the URL the description names.
    /// </summary>
    public sealed class MixedPathTests : IClassFixture<ConstructsServer>
    {
        private static readonly string LinkJson = """{"href":"https://example.test/x"}""";
        private readonly ConstructsServer _server;

        public MixedPathTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task An_item_segment_keeps_its_extension_on_the_wire()
        {
            _server.Enqueue(ScriptedResponse.Json(200, LinkJson));
            using var adapter = _server.CreateAdapter();

            var call = await new ConstructsClient(adapter).Accounts["AC1"].Calls["CA 2"].GetAsync(request => request.QueryParameters.Page = 2);

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/accounts/AC1/calls/CA%202.json", sent.RawPath);
            Assert.Equal("page=2", sent.RawQuery);
            Assert.Equal("https://example.test/x", call!.Href);
        }

        [Fact]
        public async Task An_item_merged_with_its_extension_sibling_sends_each_operation_to_its_own_url()
        {
            _server.Enqueue(ScriptedResponse.Json(200, LinkJson), ScriptedResponse.Json(200, LinkJson));
            using var adapter = _server.CreateAdapter();
            var account = new ConstructsClient(adapter).Accounts["AC1"];

            await account.GetAsync();
            await account.Calls["CA2"].GetAsync();

            Assert.Equal(new[] { "/accounts/AC1.json", "/accounts/AC1/calls/CA2.json" }, _server.Requests.Select(request => request.RawPath));
        }

        [Fact]
        public async Task A_fragment_is_not_sent_and_the_query_still_is()
        {
            _server.Enqueue(ScriptedResponse.Json(200, LinkJson), ScriptedResponse.Json(200, LinkJson));
            using var adapter = _server.CreateAdapter();
            var files = new ConstructsClient(adapter).Files;

            await files["F1"].GetAsync(request => request.QueryParameters.Fields = "name");
            await files.FileIdShared_link("F1").GetAsync(request => request.QueryParameters.Fields = GetFieldsQueryParameterType.Shared_link);

            Assert.Equal(new[] { ("/files/F1", "fields=name"), ("/files/F1", "fields=shared_link") }, _server.Requests.Select(request => (request.RawPath, request.RawQuery)));
        }

        [Fact]
        public async Task A_segment_mixing_text_and_a_parameter_is_filled_in_place()
        {
            _server.Enqueue(ScriptedResponse.Binary(200, "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
            using var adapter = _server.CreateAdapter();

            await using var thumbnail = await new ConstructsClient(adapter).Files["F1"].ThumbnailWithExtension("png").GetAsync(request => request.QueryParameters.MinHeight = 64);

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("/files/F1/thumbnail.png", sent.RawPath);
            Assert.Equal("min_height=64", sent.RawQuery);
            using var copy = new MemoryStream();
            await thumbnail!.CopyToAsync(copy);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, copy.ToArray());
        }

        [Fact]
        public async Task Several_parameters_in_one_segment_are_each_encoded()
        {
            _server.Enqueue(ScriptedResponse.Json(200, LinkJson), ScriptedResponse.Json(200, LinkJson));
            using var adapter = _server.CreateAdapter();
            var client = new ConstructsClient(adapter);

            await client.Compare.WithLeftWithRight("main", "feature/x").GetAsync();
            await client.Reports.WithYearWithMonth(month: 3, year: 2026).GetAsync();

            Assert.Equal(new[] { "/compare/main...feature%2Fx", "/reports/2026-3" }, _server.Requests.Select(request => request.RawPath));
        }

        [Fact]
        public void A_missing_segment_argument_is_refused_before_any_request()
        {
            using var adapter = _server.CreateAdapter();
            var client = new ConstructsClient(adapter);

            Assert.Throws<ArgumentNullException>("month", () => client.Reports.WithYearWithMonth(null, 2026));
            Assert.Throws<ArgumentNullException>("left", () => client.Compare.WithLeftWithRight(string.Empty, "x"));
            Assert.Empty(_server.Requests);
        }

        [Fact]
        public async Task A_fixed_query_is_sent_with_the_operations_own_query()
        {
            _server.Enqueue(ScriptedResponse.Json(200, LinkJson), ScriptedResponse.Json(200, LinkJson));
            using var adapter = _server.CreateAdapter();
            var beta = new ConstructsClient(adapter).Items.ItemIdBetaTrue("I1");

            await beta.GetAsync(request => request.QueryParameters.Limit = 5);
            await beta.GetAsync();

            Assert.Equal(new[] { ("/items/I1", "beta=true&limit=5"), ("/items/I1", "beta=true") }, _server.Requests.Select(request => (request.RawPath, request.RawQuery)));
        }
    }
}
