using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Cli
{
    /// <summary>
    /// Turns a response into a report: time series through the client's <c>ToSeries()</c>; a list, or a model holding
    /// one, as one row per item and one column per scalar property of the items.
    /// </summary>
    internal static class ResponseReports
    {
        public static UsageReport From(UsageQuery query, object? response, bool demo)
        {
            var command = query.Variant.Entry.Words + (query.Variant.Flag is { } flag ? " " + flag.Name : string.Empty);
            var path = query.Operation.PathTemplate;
            return response switch
            {
                SeriesListRep counts => new SeriesReport<long>(command, path, counts.ToSeries(), query.IsCumulative) { Demo = demo, Aggregation = query.Aggregation },
                SeriesListRepFloat fractions => new SeriesReport<double>(command, path, fractions.ToSeries(), query.IsCumulative) { Demo = demo, Aggregation = query.Aggregation },
                null when query.Operation.ResponseType == typeof(SeriesListRep) => new SeriesReport<long>(command, path, Array.Empty<UsageSeries<long>>(), query.IsCumulative) { Demo = demo, Aggregation = query.Aggregation },
                null when query.Operation.ResponseType == typeof(SeriesListRepFloat) => new SeriesReport<double>(command, path, Array.Empty<UsageSeries<double>>(), query.IsCumulative) { Demo = demo, Aggregation = query.Aggregation },
                _ => List(command, path, query.Operation.ResponseType, response, demo),
            };
        }

        private static ListReport List(string command, string path, Type responseType, object? response, bool demo)
        {
            // The response is the list itself (a JSON array), or a model whose list property holds the items.
            var list = ItemType(responseType) is null
                ? responseType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(property => property.PropertyType != typeof(string) && ItemType(property.PropertyType) is not null)
                    ?? throw new InvalidOperationException($"ldusage cannot show a {responseType.Name}: it has no list of items.")
                : null;
            var itemType = ItemType(list?.PropertyType ?? responseType)!;
            var items = ((list is null ? response : response is null ? null : list.GetValue(response)) as IEnumerable)?.Cast<object?>().ToArray() ?? Array.Empty<object?>();
            if (IsScalar(itemType))
            {
                return new ListReport(command, path, new[] { CamelCase(list?.Name ?? "value") }, items.Select(item => (IReadOnlyList<string?>)new[] { Text(item) }).ToArray()) { Demo = demo };
            }

            var columns = itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.GetIndexParameters().Length == 0 && IsScalar(property.PropertyType))
                .ToArray();
            return new ListReport(
                command,
                path,
                columns.Select(column => CamelCase(column.Name)).ToArray(),
                items.Select(item => (IReadOnlyList<string?>)columns.Select(column => Text(item is null ? null : column.GetValue(item))).ToArray()).ToArray())
            {
                Demo = demo,
            };
        }

        // Lists only: AdditionalData is enumerable too, but holds what the description does not name.
        private static Type? ItemType(Type type) =>
            type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IList<>))?.GetGenericArguments()[0];

        private static bool IsScalar(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
                || underlying == typeof(DateTimeOffset) || underlying == typeof(Guid);
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            Enum member => EnumWireValues.Wire(member),
            DateTimeOffset time => ValueText.Time(time),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
