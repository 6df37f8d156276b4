using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The body of a <c>SeriesListRep</c>: one metadata object per series and the points.</summary>
    internal sealed record SeriesResult(IReadOnlyList<JsonObject> Metadata, IReadOnlyList<SeriesPoint> Points);
}
