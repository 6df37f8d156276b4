using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A query parameter with no closed set of values (a timestamp, a time zone, a name).</summary>
    internal sealed record TextParameter(string Name) : IQueryParameter
    {
        public IReadOnlyCollection<string>? AllowedValues => null;
    }
}
