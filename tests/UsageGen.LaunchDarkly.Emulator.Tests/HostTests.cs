using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UsageGen.LaunchDarkly.Emulator.Host;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>The emulator as <c>dotnet run</c> starts it, and mapped into another application (as the CLI does).</summary>
    public sealed class HostTests
    {
        [Fact]
        public async Task Dotnet_run_listens_on_loopback_port_5080_by_default()
        {
            var (app, options) = EmulatorHost.Create(Array.Empty<string>());
            await using (app)
            {
                Assert.Equal("http://127.0.0.1:5080", app.Configuration[WebHostDefaults.ServerUrlsKey]);
                Assert.Equal("emulator-token", options.AccessToken);
                Assert.Null(options.Now);
            }
        }

        [Fact]
        public async Task Dotnet_run_takes_urls_and_emulator_settings_from_the_command_line()
        {
            var (app, options) = EmulatorHost.Create(new[]
            {
                "--urls", "http://127.0.0.1:0",
                "--Emulator:AccessToken=cli-token",
                "--Emulator:Now=2024-02-10T08:00:00Z",
                "--Emulator:Faults:ServiceUnavailableEveryNthRequest=2",
            });
            await using (app)
            {
                await app.StartAsync();
                var address = Assert.Single(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses);
                var baseAddress = new Uri(address + "/");

                using var http = new HttpClient();
                using var first = await SendAsync(http, baseAddress, "cli-token");
                using var second = await SendAsync(http, baseAddress, "cli-token");
                using var third = await SendAsync(http, baseAddress, "emulator-token");

                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
                Assert.Contains("\"time\":" + TestTime.Ms(2024, 2, 1) + ",", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
                Assert.Equal(HttpStatusCode.Unauthorized, third.StatusCode);
                Assert.Contains($"Base URL:     {baseAddress}", EmulatorHost.Banner(new[] { address }, options), StringComparison.Ordinal);
                await app.StopAsync();
            }
        }

        [Fact]
        public void Emulator_section_binds_every_setting()
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Emulator:AccessToken"] = "api-local",
                    ["Emulator:Now"] = "2024-03-15T10:30:00Z",
                    ["Emulator:Seed"] = "7",
                    ["Emulator:Faults:RateLimitEveryNthRequest"] = "5",
                    ["Emulator:Faults:RetryAfterSeconds"] = "2",
                    ["Emulator:Faults:ServiceUnavailableEveryNthRequest"] = "9",
                    ["Emulator:Faults:ResponseDelay"] = "00:00:00.250",
                    ["Emulator:Faults:AllowUndocumentedStatuses"] = "true",
                })
                .Build();

            var options = EmulatorHost.ReadOptions(configuration);

            Assert.Equal(("api-local", EmulatorFixture.Now, 7), (options.AccessToken, options.Now, options.Seed));
            Assert.Equal(
                (5, 2, 9, TimeSpan.FromMilliseconds(250), true),
                (options.Faults.RateLimitEveryNthRequest, options.Faults.RetryAfterSeconds, options.Faults.ServiceUnavailableEveryNthRequest, options.Faults.ResponseDelay, options.Faults.AllowUndocumentedStatuses));
        }

        [Fact]
        public void Banner_names_the_base_url_token_clock_and_seed()
        {
            var banner = EmulatorHost.Banner(new[] { "http://127.0.0.1:5080" }, new UsageEmulatorOptions { AccessToken = "api-local", Seed = 3 });

            Assert.Contains("Base URL:     http://127.0.0.1:5080/", banner, StringComparison.Ordinal);
            Assert.Contains("Access token: api-local", banner, StringComparison.Ordinal);
            Assert.Contains("Clock:        system", banner, StringComparison.Ordinal);
            Assert.Contains("Seed:         3", banner, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("http://127.0.0.1:5080", "error: http://127.0.0.1:5080 is already in use; pick another address with --urls http://127.0.0.1:5081")]
        [InlineData("http://*:8080/", "error: http://*:8080/ is already in use; pick another address with --urls http://*:8081")]
        [InlineData(
            "http://127.0.0.1:5080;http://[::1]:0",
            "error: one of http://127.0.0.1:5080, http://[::1]:0 is already in use; pick another address with --urls http://127.0.0.1:5081;http://[::1]:0")]
        public void A_busy_address_is_named_with_the_next_port_as_the_way_out(string urls, string expected)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [WebHostDefaults.ServerUrlsKey] = urls }).Build();

            Assert.Equal(expected, EmulatorHost.AddressInUse(EmulatorHost.Urls(configuration)));
        }

        [Fact]
        public async Task The_api_maps_into_an_application_next_to_its_own_endpoints()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            await using var app = builder.Build();
            app.MapGet("/health", () => "ok");
            app.MapLaunchDarklyUsageApi(new UsageEmulatorOptions { AccessToken = "in-process", Now = EmulatorFixture.Now });
            await app.StartAsync();
            var baseAddress = new Uri(app.Urls.Single() + "/");

            var client = LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions { AccessToken = "in-process", BaseUrl = baseAddress });
            var sdks = await client.Api.V2.Usage.Mau.Sdks.GetAsync();
            using var http = new HttpClient();
            var health = await http.GetStringAsync(new Uri(baseAddress, "health"));

            Assert.Equal(9, sdks?.Sdks?.Count);
            Assert.Equal("ok", health);
            await app.StopAsync();
        }

        private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri baseAddress, string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "api/v2/usage/total-mau"));
            request.Headers.TryAddWithoutValidation("Authorization", token);
            request.Headers.Add("LD-API-Version", "beta");
            return await http.SendAsync(request);
        }
    }
}
