using System;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>The timestamp unit comes from x-timestamp-unit of each operation's from parameter in the embedded description.</summary>
    public sealed class OperationTimestampUnitsTests
    {
        [Theory]
        [InlineData("getMAUTotalUsage", "Milliseconds")]
        [InlineData("getMauSdksByType", "Milliseconds")]
        [InlineData("getContextsServersideUsage", "Seconds")]
        [InlineData("getObservabilityTracesUsage", "Seconds")]
        [InlineData("getVegaAIUsage", "Seconds")]
        [InlineData("getEvaluationsUsage", "Milliseconds")]
        [InlineData("getStreamUsageBySdkVersion", "Milliseconds")]
        public void Units_follow_the_description(string operationId, string expected) =>
            Assert.Equal(expected, OperationTimestampUnits.Of(operationId).ToString());

        [Fact]
        public void Operations_without_a_time_range_have_no_unit() =>
            Assert.Throws<InvalidOperationException>(() => OperationTimestampUnits.Of("getStreamUsageSdkversion"));
    }
}
