using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary><c>LD-API-Version: beta</c> on every request, exactly once.</summary>
    public sealed class ApiVersionHandlerTests : IClassFixture<UsageApiServer>
    {
        private const string TotalMauPath = "/api/v2/usage/total-mau";

        private readonly UsageApiServer _server;

        public ApiVersionHandlerTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task WithUrl_request_carries_the_beta_header_exactly_once()
        {
            await _server.CreateClient().Api.V2.Usage.TotalMau.WithUrl(_server.BaseAddress + TotalMauPath + "?projectKey=a&projectKey=b").GetAsync();

            var request = Assert.Single(_server.Requests);
            Assert.Equal("projectKey=a&projectKey=b", request.RawQuery);
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));
        }

        // The generated builders add the header themselves; a hand-built request has only the handler to add it.
        [Fact]
        public async Task Hand_built_request_through_the_factory_pipeline_gets_the_beta_header()
        {
            using var adapter = LaunchDarklyUsageClientFactory.CreateRequestAdapter(
                new LaunchDarklyUsageClientOptions { AccessToken = UsageApiServer.AccessToken, BaseUrl = _server.BaseUri });
            var requestInformation = new RequestInformation
            {
                HttpMethod = Method.GET,
                URI = new Uri(_server.BaseAddress + TotalMauPath),
            };
            Assert.False(requestInformation.Headers.ContainsKey("LD-API-Version"));

            await adapter.SendNoContentAsync(requestInformation);

            var request = Assert.Single(_server.Requests);
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));
            Assert.Equal(new[] { UsageApiServer.AccessToken }, request.HeaderValues("Authorization"));
        }

        // The handler only fills a missing header: a version the caller chose is sent as is, once.
        [Fact]
        public async Task Caller_supplied_version_is_kept_and_not_duplicated()
        {
            await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c => c.Headers.Add("LD-API-Version", "20240415"));

            var request = Assert.Single(_server.Requests);
            Assert.Equal(new[] { "20240415" }, request.HeaderValues("LD-API-Version"));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Handler_on_a_plain_HttpClient_sends_the_header_once(bool alreadySet)
        {
            using var client = new HttpClient(new ApiVersionHandler { InnerHandler = new SocketsHttpHandler() });
            using var message = new HttpRequestMessage(HttpMethod.Get, _server.BaseAddress + TotalMauPath);
            if (alreadySet)
            {
                message.Headers.Add(ApiVersionHandler.HeaderName, ApiVersionHandler.BetaVersion);
            }

            using var response = await client.SendAsync(message);

            Assert.True(response.IsSuccessStatusCode);
            Assert.Equal(new[] { "beta" }, Assert.Single(_server.Requests).HeaderValues("LD-API-Version"));
        }
    }
}
