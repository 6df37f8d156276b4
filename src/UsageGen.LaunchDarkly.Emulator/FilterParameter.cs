using System;
using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// A query parameter that keeps only the data rows whose <see cref="Dimension"/> has one of the given values.
    /// </summary>
    internal sealed class FilterParameter : IQueryParameter
    {
        public FilterParameter(string name, string dimension)
        {
            Name = name;
            Dimension = dimension;
        }

        public string Name { get; }

        public string Dimension { get; }

        /// <summary>The closed set of values the spec allows, or null for free text.</summary>
        public IReadOnlyCollection<string>? AllowedValues { get; init; }

        /// <summary>Whether the spec declares a single value rather than an array.</summary>
        public bool IsSingleValued { get; init; }

        /// <summary>What applies when the parameter is absent (e.g. the legacy MAU endpoint's <c>user</c> kind).</summary>
        public IReadOnlyList<string> DefaultValues { get; init; } = Array.Empty<string>();

        /// <summary>The values to keep; empty means no filtering.</summary>
        public IReadOnlyList<string> Read(QueryReader query)
        {
            IReadOnlyList<string> values;
            if (IsSingleValued)
            {
                var value = AllowedValues is null ? query.Single(Name) : query.OneOf(Name, AllowedValues);
                values = value is null ? Array.Empty<string>() : new[] { value };
            }
            else
            {
                values = AllowedValues is null ? query.All(Name) : query.AllOf(Name, AllowedValues);
            }

            return values.Count == 0 ? DefaultValues : values;
        }
    }
}
