using System;
using System.Net;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>The data is a function of the seed, the clock and the request: nothing else changes a body.</summary>
    public sealed class DeterminismTests : IClassFixture<EmulatorFixture>
    {
        private const string Request = "api/v2/usage/total-contexts?from=1706745600000&groupBy=sdkName&groupBy=anonymousV2&aggregationType=incremental";

        private readonly EmulatorFixture _fixture;

        public DeterminismTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        [Theory]
        [InlineData(Request)]
        [InlineData("api/v2/usage/service-connections?granularity=hourly&groupBy=sdkVersion")]
        [InlineData("api/v2/usage/evaluations/default/production/dark-mode?tz=Asia/Tokyo")]
        [InlineData("api/v2/usage/streams/client/bysdkversion")]
        [InlineData("api/v2/usage/ai-runs?granularity=hourly&groupBy=sdkVersion&aggregationType=incremental")]
        [InlineData("api/v2/usage/warehouse-export?groupBy=destination&groupBy=environmentId")]
        [InlineData("api/v2/usage/observability/metrics?aggregationType=average&granularity=hourly")]
        [InlineData("api/v2/usage/sdk-versions/details")]
        [InlineData("api/v2/usage/sdk-versions/all?sdkType=server")]
        public async Task The_same_request_twice_gives_the_same_body(string pathAndQuery)
        {
            var first = await BodyAsync(_fixture.Emulator, pathAndQuery);
            var second = await BodyAsync(_fixture.Emulator, pathAndQuery);

            Assert.Equal(first, second);
        }

        [Fact]
        public async Task Another_emulator_with_the_same_seed_and_clock_gives_the_same_body()
        {
            await using var other = await UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = EmulatorFixture.Now, Seed = 42 });

            Assert.Equal(await BodyAsync(_fixture.Emulator, Request), await BodyAsync(other, Request));
        }

        [Fact]
        public async Task Another_seed_gives_other_values_on_the_same_dates()
        {
            await using var other = await UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = EmulatorFixture.Now, Seed = 7 });

            var seeded42 = await BodyAsync(_fixture.Emulator, Request);
            var seeded7 = await BodyAsync(other, Request);

            Assert.NotEqual(seeded42, seeded7);
            Assert.Contains("\"time\":1706745600000,", seeded42, StringComparison.Ordinal);
            Assert.Contains("\"time\":1706745600000,", seeded7, StringComparison.Ordinal);
        }

        private static async Task<string> BodyAsync(UsageEmulator emulator, string pathAndQuery)
        {
            using var response = await Clients.RawGetAsync(emulator, pathAndQuery, emulator.AccessToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
