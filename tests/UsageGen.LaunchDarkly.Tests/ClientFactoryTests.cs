using System;
using System.Net.Http;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>How the factory turns options into requests.</summary>
    public sealed class ClientFactoryTests : IClassFixture<UsageApiServer>
    {
        private readonly UsageApiServer _server;

        public ClientFactoryTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task BaseUrl_with_trailing_slash_does_not_double_the_slash()
        {
            var client = LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
            {
                AccessToken = UsageApiServer.AccessToken,
                BaseUrl = new Uri(_server.BaseAddress + "/"),
            });

            await client.Api.V2.Usage.VegaAi.GetAsync();

            Assert.Equal("/api/v2/usage/vega-ai", Assert.Single(_server.Requests).RawPath);
        }

        // A base path (e.g. a proxy prefix) is kept in front of the API paths, and the token still goes there.
        [Fact]
        public async Task BaseUrl_with_a_path_prefixes_every_request()
        {
            const string Path = "/proxy/ld/api/v2/usage/mau/sdks";
            _server.Enqueue(Path, ScriptedResponse.Json(200, UsageResponses.SdkList(Path)));
            var client = LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
            {
                AccessToken = UsageApiServer.AccessToken,
                BaseUrl = new Uri(_server.BaseAddress + "/proxy/ld/"),
            });

            var result = await client.Api.V2.Usage.Mau.Sdks.GetAsync();

            Assert.Equal(new[] { "Android", "Java", "Node.js" }, result?.Sdks);
            var request = Assert.Single(_server.Requests);
            Assert.Equal(Path, request.RawPath);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, request.HeaderValues("Authorization"));
        }

        [Fact]
        public async Task Custom_final_handler_is_used_with_the_same_middleware()
        {
            using var handler = new SocketsHttpHandler();
            var client = LaunchDarklyUsageClientFactory.Create(
                new LaunchDarklyUsageClientOptions { AccessToken = UsageApiServer.AccessToken, BaseUrl = _server.BaseUri },
                handler);

            await client.Api.V2.Usage.ClientsideMau.GetAsync();

            var request = Assert.Single(_server.Requests);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, request.HeaderValues("Authorization"));
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));
            Assert.StartsWith("kiota-dotnet/", Assert.Single(request.HeaderValues("User-Agent")), StringComparison.Ordinal);
        }

        [Fact]
        public void Create_rejects_null_options()
        {
            Assert.Throws<ArgumentNullException>(() => LaunchDarklyUsageClientFactory.Create(null!));
        }

        [Fact]
        public void Create_validates_options_before_building_a_client()
        {
            var exception = Assert.Throws<ArgumentException>(() => LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions()));

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.AccessToken), exception.ParamName);
        }
    }
}
