using System;
using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>One element of <c>series</c>: the period start and one value per series (<c>"0"</c>, <c>"1"</c>, …).</summary>
    internal sealed record SeriesPoint(DateTimeOffset Time, IReadOnlyList<decimal> Values);
}
