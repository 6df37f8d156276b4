using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Emulator;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Service and network failures map to their exit codes and one line with the service's code and message.</summary>
    public sealed class ServiceErrorTests : IClassFixture<EmulatorFixture>
    {
        private const string WrongToken = "api-wrong-token-5d1e77b0";

        private readonly EmulatorFixture emulator;

        public ServiceErrorTests(EmulatorFixture emulator) => this.emulator = emulator;

        [Fact]
        public async Task A_refused_token_exits_with_3()
        {
            var result = await LdUsage.RunAsync("mau", "total", "--server", emulator.Emulator.BaseAddress.ToString(), "--token", WrongToken);

            Assert.Equal(ExitCodes.AuthenticationFailed, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: 401 unauthorized: Invalid access token\n");
            LdUsage.AssertNoToken(result, WrongToken);
        }

        [Fact]
        public async Task The_token_from_the_environment_is_used_and_never_shown()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string?> { ["LD_ACCESS_TOKEN"] = WrongToken };

            var result = await LdUsage.RunAsync(environment, "vega-ai", "--server", emulator.Emulator.BaseAddress.ToString());

            Assert.Equal(ExitCodes.AuthenticationFailed, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: 401 unauthorized: Invalid access token\n");
            LdUsage.AssertNoToken(result, WrongToken);
        }

        [Fact]
        public async Task An_unknown_flag_is_a_plain_failure_with_the_services_message()
        {
            var result = await LdUsage.RunAsync(emulator.Args("evaluations", "no-such-project", "production", "some-flag"));

            Assert.Equal(ExitCodes.Failure, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: 404 not_found: ");
            LdUsage.AssertNoToken(result, EmulatorFixture.Token);
        }

        // Which granularities an aggregation allows differs between operations; the service (here the emulator) decides.
        [Fact]
        public async Task A_combination_the_service_refuses_is_a_plain_failure_with_its_message()
        {
            var result = await LdUsage.RunAsync(emulator.Args("data-export-events", "--granularity", "monthly", "--aggregation-type", "incremental"));

            Assert.Equal(ExitCodes.Failure, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: 400 invalid_request: granularity monthly is only supported with aggregationType month_to_date\n");
        }

        [Fact]
        public async Task Rate_limiting_exits_with_4_after_the_retries()
        {
            await using var limited = await UsageEmulator.StartAsync(new UsageEmulatorOptions { AccessToken = EmulatorFixture.Token, Faults = { RateLimitEveryNthRequest = 1 } });

            var result = await LdUsage.RunAsync("mau", "total", "--server", limited.BaseAddress.ToString(), "--token", EmulatorFixture.Token);

            Assert.Equal(ExitCodes.RateLimited, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: 429 rate_limited: You've exceeded the API rate limit. Try again later.\n");
            LdUsage.AssertNoToken(result, EmulatorFixture.Token);
        }

        [Fact]
        public async Task An_unavailable_service_exits_with_5()
        {
            await using var unavailable = await UsageEmulator.StartAsync(new UsageEmulatorOptions { AccessToken = EmulatorFixture.Token, Faults = { ServiceUnavailableEveryNthRequest = 1 } });

            // One retry keeps the test quick; the back-off without Retry-After starts at one second.
            var result = await LdUsage.RunAsync("contexts", "total", "--max-retries", "1", "--server", unavailable.BaseAddress.ToString(), "--token", EmulatorFixture.Token);

            Assert.Equal(ExitCodes.ServiceUnavailable, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: 503 service_unavailable: Requested service unavailable\n");
            LdUsage.AssertNoToken(result, EmulatorFixture.Token);
        }

        [Fact]
        public async Task A_network_failure_exits_with_5()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var watch = Stopwatch.StartNew();

            var result = await LdUsage.RunAsync("vega-ai", "--max-retries", "0", "--server", $"http://127.0.0.1:{port}/", "--token", EmulatorFixture.Token);

            Assert.Equal(ExitCodes.ServiceUnavailable, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: network failure: ");
            LdUsage.AssertNoToken(result, EmulatorFixture.Token);
            Assert.True(watch.Elapsed.TotalSeconds < 10, "--max-retries 0 should fail without waiting.");
        }
    }
}
