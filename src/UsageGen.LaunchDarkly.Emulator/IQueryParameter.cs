using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A query parameter an operation reads: its wire name and, for an enum in the description, its values.</summary>
    internal interface IQueryParameter
    {
        string Name { get; }

        /// <summary>The closed set of values accepted (anything else is a 400), or null for free text or numbers.</summary>
        IReadOnlyCollection<string>? AllowedValues { get; }
    }
}
