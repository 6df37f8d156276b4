using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// services.AddLaunchDarklyUsageClient(): options from configuration and LD_ACCESS_TOKEN, validation when the host
    /// starts, and a client that calls the API through IHttpClientFactory.
    /// </summary>
    [Collection(EnvironmentVariableCollection.Name)]
    public sealed class DependencyInjectionTests : IClassFixture<UsageApiServer>
    {
        private const string Secret = "sekrit-di-token";
        private readonly UsageApiServer _server;

        public DependencyInjectionTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        private static IHost Build(Dictionary<string, string?> settings, Action<LaunchDarklyUsageClientOptions>? configure = null)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddLaunchDarklyUsageClient(configure);
            return builder.Build();
        }

        [Fact]
        public async Task The_client_from_configuration_calls_the_API_with_the_token_and_the_beta_header()
        {
            using var host = Build(new Dictionary<string, string?>
            {
                ["LaunchDarkly:Usage:AccessToken"] = Secret,
                ["LaunchDarkly:Usage:BaseUrl"] = _server.BaseAddress,
            });
            await host.StartAsync();

            var client = host.Services.GetRequiredService<LaunchDarklyUsageClient>();
            var result = await client.Api.V2.Usage.TotalMau.GetAsync();

            Assert.NotNull(result?.Series);
            var request = Assert.Single(_server.Requests);
            Assert.Equal(new[] { Secret }, request.HeaderValues("Authorization"));
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));
            await host.StopAsync();
        }

        [Theory]
        [InlineData("federal", "https://app.launchdarkly.us/")]
        [InlineData("default", "https://app.launchdarkly.com/")]
        [InlineData("https://ld-proxy.example.test/", "https://ld-proxy.example.test/")]
        public void Server_selects_the_instance(string server, string expected)
        {
            using var host = Build(new Dictionary<string, string?> { ["LaunchDarkly:Usage:AccessToken"] = Secret, ["LaunchDarkly:Usage:Server"] = server });

            var options = host.Services.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value;

            Assert.Equal(new Uri(expected), options.BaseUrl);
        }

        [Fact]
        public void Retry_settings_bind_from_configuration()
        {
            using var host = Build(new Dictionary<string, string?>
            {
                ["LaunchDarkly:Usage:AccessToken"] = Secret,
                ["LaunchDarkly:Usage:Retry:MaxRetries"] = "5",
                ["LaunchDarkly:Usage:Retry:MaxDelay"] = "00:00:20",
            });

            var options = host.Services.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value;

            Assert.Equal(5, options.Retry.MaxRetries);
            Assert.Equal(TimeSpan.FromSeconds(20), options.Retry.MaxDelay);
        }

        [Fact]
        public void Timeout_and_MaxResponseBytes_bind_from_configuration_and_reach_the_HttpClient()
        {
            using var host = Build(new Dictionary<string, string?>
            {
                ["LaunchDarkly:Usage:AccessToken"] = Secret,
                ["LaunchDarkly:Usage:Timeout"] = "00:00:30",
                ["LaunchDarkly:Usage:MaxResponseBytes"] = "1048576",
            });

            var options = host.Services.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value;
            var httpClient = host.Services.GetRequiredService<System.Net.Http.IHttpClientFactory>().CreateClient(LaunchDarklyUsageServiceCollectionExtensions.HttpClientName);

            Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
            Assert.Equal(1048576, options.MaxResponseBytes);
            Assert.Equal(TimeSpan.FromSeconds(30), httpClient.Timeout);
            Assert.Equal(1048576, httpClient.MaxResponseContentBufferSize);
        }

        [Fact]
        public async Task The_client_from_configuration_turns_an_HTML_page_into_the_typed_unusable_response_error()
        {
            using var host = Build(new Dictionary<string, string?>
            {
                ["LaunchDarkly:Usage:AccessToken"] = Secret,
                ["LaunchDarkly:Usage:BaseUrl"] = _server.BaseAddress,
            });
            await host.StartAsync();
            _server.Enqueue("/api/v2/usage/total-mau", FaultResponses.Body(502, "text/html", "<html>Bad Gateway</html>"));

            var error = await Assert.ThrowsAsync<LaunchDarklyUnusableResponseException>(
                () => host.Services.GetRequiredService<LaunchDarklyUsageClient>().Api.V2.Usage.TotalMau.GetAsync());

            Assert.Equal(UnusableResponseReason.UnexpectedContentType, error.Reason);
            Assert.Equal(502, error.ResponseStatusCode);
            await host.StopAsync();
        }

        [Fact]
        public void The_token_falls_back_to_LD_ACCESS_TOKEN()
        {
            using var variable = new EnvironmentVariableScope("LD_ACCESS_TOKEN", "from-environment");
            using var host = Build(new Dictionary<string, string?>());

            Assert.Equal("from-environment", host.Services.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value.AccessToken);
        }

        [Fact]
        public async Task A_missing_token_fails_at_start_up_naming_the_setting()
        {
            using var variable = new EnvironmentVariableScope("LD_ACCESS_TOKEN", null);
            using var host = Build(new Dictionary<string, string?>());

            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

            Assert.Contains("AccessToken", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_insecure_base_url_fails_at_start_up_without_echoing_the_token()
        {
            using var host = Build(new Dictionary<string, string?>
            {
                ["LaunchDarkly:Usage:AccessToken"] = Secret,
                ["LaunchDarkly:Usage:BaseUrl"] = "http://ld.example.test",
            });

            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

            Assert.Contains("BaseUrl", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Code_configuration_is_applied_after_configuration_files()
        {
            using var host = Build(
                new Dictionary<string, string?> { ["LaunchDarkly:Usage:AccessToken"] = "from-file", ["LaunchDarkly:Usage:BaseUrl"] = "https://ignored.example.test" },
                options =>
                {
                    options.AccessToken = Secret;
                    options.BaseUrl = new Uri(_server.BaseAddress);
                });
            await host.StartAsync();

            await host.Services.GetRequiredService<LaunchDarklyUsageClient>().Api.V2.Usage.ClientsideMau.GetAsync();

            Assert.Equal(new[] { Secret }, Assert.Single(_server.Requests).HeaderValues("Authorization"));
            await host.StopAsync();
        }
    }
}
