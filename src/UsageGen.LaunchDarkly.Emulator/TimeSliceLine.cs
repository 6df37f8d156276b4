using System.Text.Json.Nodes;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// One series of a <see cref="TimeSliceOperation"/>: its metadata, a stable identity for its noise, and either a
    /// count rate per minute or, for a gauge such as open connections, a level.
    /// </summary>
    internal sealed record TimeSliceLine(JsonObject Metadata, ulong Identity, double Rate, bool IsGauge);
}
