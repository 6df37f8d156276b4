using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>
    /// Injected rate limits, outages and latency, each on an emulator of its own (faults count requests), within the
    /// statuses each operation documents unless undocumented ones are allowed.
    /// </summary>
    public sealed class FaultTests
    {
        [Fact]
        public async Task Every_nth_request_is_rate_limited_with_retry_after_and_reset()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { RateLimitEveryNthRequest = 2, RetryAfterSeconds = 3 });
            var client = Clients.Create(emulator, maxRetries: 0);

            Assert.NotNull(await client.Api.V2.Usage.TotalMau.GetAsync());
            var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var error = await Assert.ThrowsAsync<RateLimitedErrorRep>(() => client.Api.V2.Usage.TotalMau.GetAsync());
            var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            Assert.NotNull(await client.Api.V2.Usage.TotalMau.GetAsync());

            Assert.Equal(429, error.ResponseStatusCode);
            Assert.Equal(("rate_limited", "You've exceeded the API rate limit. Try again later."), (error.Code, error.MessageEscaped));
            Assert.Equal(new[] { "3" }, Header(error, "Retry-After"));
            var reset = long.Parse(Assert.Single(Header(error, "X-Ratelimit-Reset")), CultureInfo.InvariantCulture);
            Assert.InRange(reset, before + 3_000, after + 3_000);
        }

        [Fact]
        public async Task The_client_retries_a_rate_limited_request_and_succeeds()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { RateLimitEveryNthRequest = 2, RetryAfterSeconds = 0 });
            var client = Clients.Create(emulator);

            // The second call is rate limited once, then retried as the third request.
            Assert.NotNull(await client.Api.V2.Usage.ClientsideMau.GetAsync());
            Assert.NotNull(await client.Api.V2.Usage.ClientsideMau.GetAsync());
            using var fourth = await Clients.RawGetAsync(emulator, "api/v2/usage/clientside-mau", emulator.AccessToken);
            Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        }

        [Fact]
        public async Task Every_nth_request_is_a_503_in_the_services_error_shape()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { ServiceUnavailableEveryNthRequest = 1 });
            var client = Clients.Create(emulator, maxRetries: 0);

            var error = await Assert.ThrowsAsync<StatusServiceUnavailable>(() => client.Api.V2.Usage.TotalContexts.GetAsync());

            Assert.Equal(503, error.ResponseStatusCode);
            Assert.Equal(("service_unavailable", "Requested service unavailable"), (error.Code, error.MessageEscaped));
        }

        [Fact]
        public async Task Faults_come_before_authentication_and_a_rate_limit_wins_over_an_outage()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { RateLimitEveryNthRequest = 2, ServiceUnavailableEveryNthRequest = 1 });

            using var first = await Clients.RawGetAsync(emulator, "api/v2/usage/total-mau", authorization: null);
            using var second = await Clients.RawGetAsync(emulator, "api/v2/usage/total-mau", authorization: null);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        }

        [Fact]
        public async Task An_outage_is_injected_only_where_the_operation_documents_503()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { ServiceUnavailableEveryNthRequest = 1 });
            var client = Clients.Create(emulator, maxRetries: 0);

            // The legacy MAU operations, the SDK lists and observability list no 503 in their descriptions.
#pragma warning disable CS0618 // getMauUsage is deprecated in the spec; the emulator still serves it.
            Assert.NotNull(await client.Api.V2.Usage.Mau.GetAsync());
#pragma warning restore CS0618
            Assert.NotNull(await client.Api.V2.Usage.Mau.Sdks.GetAsync());
            Assert.NotNull(await client.Api.V2.Usage.Streams[StreamSource.Client].Sdkversions.GetAsync());
            Assert.NotNull(await client.Api.V2.Usage.Observability.Errors.GetAsync());
            await Assert.ThrowsAsync<StatusServiceUnavailable>(() => client.Api.V2.Usage.TotalMau.GetAsync());
        }

        [Fact]
        public async Task The_ai_runs_warehouse_export_and_sdk_versions_operations_document_503_and_get_the_outage()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { ServiceUnavailableEveryNthRequest = 1 });
            var client = Clients.Create(emulator, maxRetries: 0);

            var errors = new[]
            {
                await Assert.ThrowsAsync<StatusServiceUnavailable>(() => client.Api.V2.Usage.AiRuns.GetAsync()),
                await Assert.ThrowsAsync<StatusServiceUnavailable>(() => client.Api.V2.Usage.WarehouseExport.GetAsync()),
                await Assert.ThrowsAsync<StatusServiceUnavailable>(() => client.Api.V2.Usage.SdkVersions.Details.GetAsync()),
                await Assert.ThrowsAsync<StatusServiceUnavailable>(() => client.Api.V2.Usage.SdkVersions.All.GetAsync()),
            };

            Assert.All(errors, error => Assert.Equal((503, "service_unavailable"), (error.ResponseStatusCode, error.Code)));

            // Observability metrics changed in version 23 but still list no 503.
            Assert.NotNull(await client.Api.V2.Usage.Observability.Metrics.GetAsync());
        }

        [Fact]
        public async Task The_client_retries_a_rate_limited_sdk_versions_request_and_gets_the_whole_array()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { RateLimitEveryNthRequest = 2, RetryAfterSeconds = 0 });
            var client = Clients.Create(emulator);

            // The second request is rate limited and retried as the third.
            var first = await client.Api.V2.Usage.SdkVersions.Details.GetAsync();
            var second = await client.Api.V2.Usage.SdkVersions.Details.GetAsync();
            using var fourth = await Clients.RawGetAsync(emulator, "api/v2/usage/sdk-versions/details", emulator.AccessToken);

            Assert.NotNull(first);
            Assert.NotNull(second);
            Assert.Equal(54, second.Count);
            Assert.Equal(first.Select(detail => (detail.EnvironmentId, detail.Name, detail.Version)), second.Select(detail => (detail.EnvironmentId, detail.Name, detail.Version)));
            Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        }

        [Fact]
        public async Task A_fault_skipped_on_an_operation_that_does_not_document_it_still_counts_its_request()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { ServiceUnavailableEveryNthRequest = 2 });

            using var first = await Clients.RawGetAsync(emulator, "api/v2/usage/mau/sdks", emulator.AccessToken);
            using var second = await Clients.RawGetAsync(emulator, "api/v2/usage/mau/sdks", emulator.AccessToken);
            using var third = await Clients.RawGetAsync(emulator, "api/v2/usage/total-mau", emulator.AccessToken);
            using var fourth = await Clients.RawGetAsync(emulator, "api/v2/usage/total-mau", emulator.AccessToken);

            Assert.Equal(
                new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable },
                new[] { first.StatusCode, second.StatusCode, third.StatusCode, fourth.StatusCode });
        }

        [Fact]
        public async Task Undocumented_statuses_are_injected_everywhere_when_allowed_and_the_client_sees_a_plain_ApiException()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { ServiceUnavailableEveryNthRequest = 1, AllowUndocumentedStatuses = true });
            var client = Clients.Create(emulator, maxRetries: 0);

            var error = await Assert.ThrowsAsync<ApiException>(() => client.Api.V2.Usage.Mau.Sdks.GetAsync());
            using var unknown = await Clients.RawGetAsync(emulator, "api/v2/usage/no-such-operation", emulator.AccessToken);

            Assert.Equal(503, error.ResponseStatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode);
        }

        [Fact]
        public async Task A_path_that_is_no_operation_gets_its_404_rather_than_a_fault()
        {
            await using var emulator = await StartAsync(new UsageEmulatorFaults { RateLimitEveryNthRequest = 1, ServiceUnavailableEveryNthRequest = 1 });

            using var unknown = await Clients.RawGetAsync(emulator, "api/v2/usage/no-such-operation", emulator.AccessToken);

            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        [Fact]
        public async Task Every_response_takes_at_least_the_configured_delay()
        {
            var delay = TimeSpan.FromMilliseconds(300);
            await using var emulator = await StartAsync(new UsageEmulatorFaults { ResponseDelay = delay });
            var client = Clients.Create(emulator);

            var success = Stopwatch.StartNew();
            Assert.NotNull(await client.Api.V2.Usage.VegaAi.GetAsync());
            success.Stop();
            var failure = Stopwatch.StartNew();
            using var unauthorized = await Clients.RawGetAsync(emulator, "api/v2/usage/vega-ai", authorization: null);
            failure.Stop();

            Assert.True(success.Elapsed >= delay, $"The response took {success.Elapsed}, less than {delay}.");
            Assert.True(failure.Elapsed >= delay, $"The error took {failure.Elapsed}, less than {delay}.");
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        }

        [Fact]
        public async Task Out_of_range_settings_are_refused_at_start()
        {
            await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(new UsageEmulatorFaults { RateLimitEveryNthRequest = -1 }));
            await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(new UsageEmulatorFaults { RetryAfterSeconds = -1 }));
            await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(new UsageEmulatorFaults { ResponseDelay = TimeSpan.FromSeconds(-1) }));
            await Assert.ThrowsAsync<ArgumentException>(() => UsageEmulator.StartAsync(new UsageEmulatorOptions { AccessToken = " " }));
        }

        private static Task<UsageEmulator> StartAsync(UsageEmulatorFaults faults) =>
            UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = EmulatorFixture.Now, Faults = faults });

        private static string[] Header(ApiException exception, string name) =>
            exception.ResponseHeaders
                .Where(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(header => header.Value)
                .ToArray();
    }
}
