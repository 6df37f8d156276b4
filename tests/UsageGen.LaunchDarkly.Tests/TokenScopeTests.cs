using System;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>The access token goes to the configured origin (scheme, host, port) and nowhere else.</summary>
    public sealed class TokenScopeTests : IClassFixture<TwoServerFixture>
    {
        private const string TotalMauPath = "/api/v2/usage/total-mau";

        private readonly UsageApiServer _api;
        private readonly UsageApiServer _other;

        public TokenScopeTests(TwoServerFixture servers)
        {
            _api = servers.Api;
            _other = servers.Other;
            _api.Reset();
            _other.Reset();
        }

        // Control: the same WithUrl mechanism does carry the token to the configured origin.
        [Fact]
        public async Task WithUrl_to_the_configured_origin_carries_the_token()
        {
            await _api.CreateClient().Api.V2.Usage.TotalMau.WithUrl(_api.BaseAddress + TotalMauPath + "?from=1").GetAsync();

            var request = Assert.Single(_api.Requests);
            Assert.Equal("from=1", request.RawQuery);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, request.HeaderValues("Authorization"));
        }

        [Fact]
        public async Task WithUrl_to_a_server_on_another_port_gets_no_token()
        {
            var result = await _api.CreateClient().Api.V2.Usage.TotalMau.WithUrl(_other.BaseAddress + TotalMauPath).GetAsync();

            Assert.NotNull(result);
            Assert.Empty(_api.Requests);
            var request = Assert.Single(_other.Requests);
            Assert.Empty(request.HeaderValues("Authorization"));
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));
        }

        // Same socket, different host name: "localhost" is not the configured 127.0.0.1.
        [Fact]
        public async Task WithUrl_to_another_host_name_on_the_same_port_gets_no_token()
        {
            await _api.CreateClient().Api.V2.Usage.Mau.Sdks.WithUrl($"http://localhost:{_api.Port}/api/v2/usage/mau/sdks").GetAsync();

            var request = Assert.Single(_api.Requests);
            Assert.Equal($"localhost:{_api.Port}", Assert.Single(request.HeaderValues("Host")));
            Assert.Empty(request.HeaderValues("Authorization"));
        }

        [Fact]
        public async Task Redirect_to_a_server_on_another_port_drops_the_token()
        {
            _api.Enqueue(TotalMauPath, ScriptedResponse.Redirect(_other.BaseAddress + TotalMauPath));

            var result = await _api.CreateClient().Api.V2.Usage.TotalMau.GetAsync();

            Assert.NotNull(result);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, Assert.Single(_api.Requests).HeaderValues("Authorization"));
            Assert.Empty(Assert.Single(_other.Requests).HeaderValues("Authorization"));
        }

        [Fact]
        public async Task Redirect_to_another_host_name_drops_the_token()
        {
            _api.Enqueue(TotalMauPath, ScriptedResponse.Redirect($"http://localhost:{_api.Port}/landing"));
            _api.Enqueue("/landing", ScriptedResponse.Json(200, UsageResponses.SeriesList("/landing")));

            await _api.CreateClient().Api.V2.Usage.TotalMau.GetAsync();

            var requests = _api.Requests;
            Assert.Equal(2, requests.Count);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, requests[0].HeaderValues("Authorization"));
            Assert.Equal("/landing", requests[1].Path);
            Assert.Empty(requests[1].HeaderValues("Authorization"));
        }

        // A caller-set Authorization header is replaced, not duplicated, for the configured origin.
        [Fact]
        public async Task Caller_supplied_Authorization_is_replaced_by_the_configured_token()
        {
            await _api.CreateClient().Api.V2.Usage.Streams[StreamSource.Server].GetAsync(c => c.Headers.Add("Authorization", "Bearer something-else"));

            var request = Assert.Single(_api.Requests);
            Assert.Equal(new[] { UsageApiServer.AccessToken }, request.HeaderValues("Authorization"));
            Assert.DoesNotContain(request.Headers.Values.SelectMany(values => values), value => value.Contains("something-else", StringComparison.Ordinal));
        }
    }
}
