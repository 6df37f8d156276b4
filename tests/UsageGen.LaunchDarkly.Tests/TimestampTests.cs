using System;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// from/to set as DateTimeOffset go out in the unit each operation documents (x-timestamp-unit in the
    /// description): milliseconds for total MAU, seconds for Vega AI and for serverside contexts.
    /// </summary>
    public sealed class TimestampTests : IClassFixture<UsageApiServer>
    {
        private static readonly DateTimeOffset From = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset To = new(2026, 10, 31, 12, 30, 0, TimeSpan.Zero);
        private readonly UsageApiServer _server;

        public TimestampTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Total_MAU_takes_milliseconds()
        {
            await _server.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.FromAsDateTimeOffset = From;
                c.QueryParameters.ToAsDateTimeOffset = To;
            });

            Assert.Equal("from=1790812800000&to=1793449800000", Assert.Single(_server.Requests).RawQuery);
        }

        [Fact]
        public async Task Vega_AI_takes_seconds()
        {
            await _server.CreateClient().Api.V2.Usage.VegaAi.GetAsync(c =>
            {
                c.QueryParameters.FromAsDateTimeOffset = From;
                c.QueryParameters.ToAsDateTimeOffset = To;
            });

            Assert.Equal("from=1790812800&to=1793449800", Assert.Single(_server.Requests).RawQuery);
        }

        [Fact]
        public async Task Serverside_contexts_take_seconds_as_the_vendor_documents()
        {
            await _server.CreateClient().Api.V2.Usage.ServersideContexts.GetAsync(c => c.QueryParameters.FromAsDateTimeOffset = From);

            Assert.Equal("from=1790812800", Assert.Single(_server.Requests).RawQuery);
        }

        [Fact]
        public void The_companion_reads_back_the_raw_value()
        {
            var parameters = new Api.V2.Usage.TotalMau.TotalMauRequestBuilder.TotalMauRequestBuilderGetQueryParameters { From = 1790812800000L };

            Assert.Equal(From, parameters.FromAsDateTimeOffset);
            parameters.FromAsDateTimeOffset = null;
            Assert.Null(parameters.From);
        }

        [Fact]
        public async Task A_raw_value_out_of_range_for_the_unit_is_still_sent()
        {
            // Milliseconds given to a seconds operation: the companion cannot show it, but the request must not fail.
            await _server.CreateClient().Api.V2.Usage.VegaAi.GetAsync(c => c.QueryParameters.From = 1790812800000000L);

            Assert.Equal("from=1790812800000000", Assert.Single(_server.Requests).RawQuery);
        }
    }
}
