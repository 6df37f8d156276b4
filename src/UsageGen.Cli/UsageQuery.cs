using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>The validated values of one command line, ready to be set on an operation's query parameters.</summary>
    internal sealed class UsageQuery
    {
        public UsageQuery(
            OperationVariant variant,
            IReadOnlyDictionary<string, DateTimeOffset> times,
            IReadOnlyDictionary<string, string[]> values,
            PathParameter.Values pathValues)
        {
            Variant = variant;
            Times = times;
            Values = values;
            PathValues = pathValues;
        }

        /// <summary>The command entry and operation the values are for.</summary>
        public OperationVariant Variant { get; }

        public ClientOperation Operation => Variant.Operation;

        /// <summary>The timestamps given, by wire name.</summary>
        public IReadOnlyDictionary<string, DateTimeOffset> Times { get; }

        /// <summary>The other query values given, by wire name.</summary>
        public IReadOnlyDictionary<string, string[]> Values { get; }

        /// <summary>The positional arguments, by path parameter name.</summary>
        public PathParameter.Values PathValues { get; }

        /// <summary>The same query with a timestamp set.</summary>
        public UsageQuery WithTime(string wireName, DateTimeOffset time)
        {
            var times = Times.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            times[wireName] = time;
            return new UsageQuery(Variant, times, Values, PathValues);
        }

        /// <summary>
        /// Whether the values already include the earlier ones (month-to-date, rolling 30 days): the given aggregation,
        /// or the one the description documents as the default.
        /// </summary>
        public bool IsCumulative => Aggregation is { } value && CommandCatalog.CumulativeAggregations.Contains(value, StringComparer.Ordinal);

        /// <summary>The aggregation the values have: the one given, else the documented default; null when unknown or none.</summary>
        public string? Aggregation =>
            Operation.Query("aggregationType") is { } aggregation
                ? Values.TryGetValue(aggregation.WireName, out var given) && given.Length > 0 ? given[^1] : aggregation.DocumentedDefault
                : null;

        /// <summary>Sets every given value on the generated query-parameters object.</summary>
        public void Apply(object queryParameters)
        {
            foreach (var parameter in Operation.QueryParameters)
            {
                if (Times.TryGetValue(parameter.WireName, out var time))
                {
                    parameter.SetTime(queryParameters, time);
                }
                else if (Values.TryGetValue(parameter.WireName, out var texts) && texts.Length > 0)
                {
                    parameter.SetTexts(queryParameters, texts);
                }
            }
        }
    }
}
