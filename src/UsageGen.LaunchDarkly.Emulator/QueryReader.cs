using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>Reads query parameters, rejecting what the service rejects with 400 <c>invalid_request</c>.</summary>
    internal sealed class QueryReader
    {
        private readonly IQueryCollection _query;

        public QueryReader(IQueryCollection query)
        {
            _query = query;
        }

        /// <summary>Every value of a repeatable parameter, in the order sent.</summary>
        public IReadOnlyList<string> All(string name) =>
            _query.TryGetValue(name, out var values) ? values.Select(value => value ?? string.Empty).ToArray() : Array.Empty<string>();

        /// <summary>The value of a single-valued parameter, or null when it is absent.</summary>
        public string? Single(string name)
        {
            var values = All(name);
            return values.Count switch
            {
                0 => null,
                1 => values[0],
                _ => throw ApiErrorException.InvalidRequest($"{name} must be specified at most once"),
            };
        }

        /// <summary>Every value of a repeatable parameter whose values form a closed set.</summary>
        public IReadOnlyList<string> AllOf(string name, IReadOnlyCollection<string> allowed)
        {
            var values = All(name);
            foreach (var value in values)
            {
                CheckAllowed(name, value, allowed);
            }

            return values;
        }

        /// <summary>The value of a single-valued parameter whose values form a closed set, or null when absent.</summary>
        public string? OneOf(string name, IReadOnlyCollection<string> allowed)
        {
            var value = Single(name);
            if (value is not null)
            {
                CheckAllowed(name, value, allowed);
            }

            return value;
        }

        /// <summary>A non-negative integer, or null when absent.</summary>
        public long? NonNegativeInteger(string name, string meaning)
        {
            var text = Single(name);
            if (text is null)
            {
                return null;
            }

            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw ApiErrorException.InvalidRequest($"Invalid value '{text}' for {name}: expected {meaning}");
            }

            return value;
        }

        private static void CheckAllowed(string name, string value, IReadOnlyCollection<string> allowed)
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                throw ApiErrorException.InvalidRequest($"Invalid value '{value}' for {name}. Valid values: {string.Join(", ", allowed)}");
            }
        }
    }
}
