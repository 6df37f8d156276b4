using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>The token (401), the beta header (403) and resource identifiers (404), in the service's error shape.</summary>
    public sealed class AccessTests : IClassFixture<EmulatorFixture>
    {
        private const string Path = "api/v2/usage/total-mau";

        private readonly EmulatorFixture _fixture;

        public AccessTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        [Fact]
        public async Task A_request_without_a_token_is_a_401()
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, Path, authorization: null);

            await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "unauthorized", "Invalid access token");
        }

        [Theory]
        [InlineData("Bearer emulator-token")]
        [InlineData("emulator-token-2")]
        [InlineData("EMULATOR-TOKEN")]
        public async Task A_token_not_sent_exactly_as_issued_is_a_401(string authorization)
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, Path, authorization);

            await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "unauthorized", "Invalid access token");
        }

        [Fact]
        public async Task An_unknown_token_surfaces_as_the_typed_unauthorized_error()
        {
            var client = Clients.Create(_fixture.Emulator, accessToken: "api-someone-elses-token");

            var error = await Assert.ThrowsAsync<UnauthorizedErrorRep>(() => client.Api.V2.Usage.TotalContexts.GetAsync());

            Assert.Equal(401, error.ResponseStatusCode);
            Assert.Equal(("unauthorized", "Invalid access token"), (error.Code, error.MessageEscaped));
        }

        [Fact]
        public async Task A_request_without_the_beta_header_is_a_403()
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, Path, _fixture.Emulator.AccessToken, apiVersion: null);

            await AssertErrorAsync(response, HttpStatusCode.Forbidden, "forbidden", "The LD-API-Version header must be beta for this resource");
        }

        [Fact]
        public async Task A_request_for_a_dated_api_version_is_a_403()
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, Path, _fixture.Emulator.AccessToken, apiVersion: "20240415");

            await AssertErrorAsync(response, HttpStatusCode.Forbidden, "forbidden", "The LD-API-Version header must be beta for this resource");
        }

        [Fact]
        public async Task The_token_is_checked_before_the_beta_header()
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, Path, authorization: null, apiVersion: null);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        [Fact]
        public async Task An_unknown_event_type_is_the_typed_not_found_error()
        {
            var error = await Assert.ThrowsAsync<NotFoundErrorRep>(() => _fixture.CreateClient().Api.V2.Usage.Events["delivered"].GetAsync());

            Assert.Equal(404, error.ResponseStatusCode);
            Assert.Equal("not_found", error.Code);
            Assert.Contains("'delivered'", error.MessageEscaped, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_unknown_stream_source_is_the_typed_not_found_error()
        {
            var client = _fixture.CreateClient();

            var streams = await Assert.ThrowsAsync<NotFoundErrorRep>(() => client.Api.V2.Usage.Streams["edge"].GetAsync());
            var bySdkVersion = await Assert.ThrowsAsync<NotFoundErrorRep>(() => client.Api.V2.Usage.Streams["edge"].Bysdkversion.GetAsync());

            Assert.Equal(("not_found", "not_found"), (streams.Code, bySdkVersion.Code));
            Assert.Contains("'edge'", streams.MessageEscaped, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_unknown_stream_source_of_sdk_versions_is_a_404_the_spec_does_not_map()
        {
            // The spec lists no 404 for getStreamUsageSdkversion, so the client raises a plain ApiException.
            var error = await Assert.ThrowsAsync<ApiException>(() => _fixture.CreateClient().Api.V2.Usage.Streams["edge"].Sdkversions.GetAsync());
            using var response = await Clients.RawGetAsync(_fixture.Emulator, "api/v2/usage/streams/edge/sdkversions", _fixture.Emulator.AccessToken);

            Assert.Equal(404, error.ResponseStatusCode);
            Assert.Equal("not_found", await CodeAsync(response));
        }

        [Fact]
        public async Task Evaluations_of_an_unknown_project_or_environment_are_not_found()
        {
            var client = _fixture.CreateClient();

            var project = await Assert.ThrowsAsync<NotFoundErrorRep>(() => client.Api.V2.Usage.Evaluations["no-such-project"]["production"]["dark-mode"].GetAsync());
            var environment = await Assert.ThrowsAsync<NotFoundErrorRep>(() => client.Api.V2.Usage.Evaluations["default"]["staging"]["dark-mode"].GetAsync());

            Assert.Contains("'no-such-project'", project.MessageEscaped, StringComparison.Ordinal);
            Assert.Contains("'staging'", environment.MessageEscaped, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("api/v2/usage/contexts")]
        [InlineData("api/v2/usage/events")]
        [InlineData("api/v2/usage/streams/client/sdkversions/extra")]
        public async Task Paths_outside_the_spec_are_not_found(string pathAndQuery)
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, pathAndQuery, _fixture.Emulator.AccessToken);

            await AssertErrorAsync(response, HttpStatusCode.NotFound, "not_found", "Invalid resource identifier");
        }

        private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string message)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
            Assert.Equal(message, body.RootElement.GetProperty("message").GetString());
        }

        private static async Task<string?> CodeAsync(HttpResponseMessage response)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("code").GetString();
        }
    }
}
