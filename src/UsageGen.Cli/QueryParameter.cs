using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.Cli
{
    /// <summary>
    /// One query parameter of an operation, read from the generated query-parameters class: its wire name (from
    /// <see cref="QueryParameterAttribute"/>), its type, and for timestamps the unit the description documents.
    /// </summary>
    internal sealed class QueryParameter
    {
        // The generator emits a DateTimeOffset companion for every timestamp whose unit the description states.
        private const string CompanionSuffix = "AsDateTimeOffset";

        private static readonly string[] TimestampNames = { "from", "to" };

        private QueryParameter(string wireName, PropertyInfo property, PropertyInfo? companion, string description, string? documentedDefault)
        {
            WireName = wireName;
            Property = property;
            Companion = companion;
            Description = description;
            DocumentedDefault = documentedDefault;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            Repeatable = type.IsArray;
            ValueType = type.IsArray ? type.GetElementType()! : type;
            IsTimestamp = companion is not null || (TimestampNames.Contains(wireName, StringComparer.Ordinal) && ValueType == typeof(long));
        }

        /// <summary>The name on the wire, e.g. <c>projectKey</c>.</summary>
        public string WireName { get; }

        /// <summary>The option, e.g. <c>--project-key</c>.</summary>
        public string OptionName => "--" + ToKebabCase(WireName);

        /// <summary>The help text, from the generated property's documentation.</summary>
        public string Description { get; }

        /// <summary>The value the description says the service uses when the parameter is absent, if it says one.</summary>
        public string? DocumentedDefault { get; }

        /// <summary>Whether the parameter is an array, given once per value.</summary>
        public bool Repeatable { get; }

        /// <summary>Whether the parameter is a point in time, taken as an ISO 8601 date on the command line.</summary>
        public bool IsTimestamp { get; }

        /// <summary>The wire values of the parameter's enum, or null when it is not an enum.</summary>
        public IReadOnlyList<string>? AllowedValues => ValueType.IsEnum ? EnumWireValues.Of(ValueType) : null;

        /// <summary>The type of one value: string, an enum, a number or a boolean.</summary>
        public Type ValueType { get; }

        private PropertyInfo Property { get; }

        private PropertyInfo? Companion { get; }

        /// <summary>The query parameters of a generated query-parameters class, in the order it declares them.</summary>
        public static IReadOnlyList<QueryParameter> Of(Type queryParametersType, ClientDocumentation documentation)
        {
            var properties = queryParametersType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            return properties
                .Select(property => (Property: property, Attribute: property.GetCustomAttribute<QueryParameterAttribute>()))
                .Where(pair => pair.Attribute is not null)
                .Select(pair => new QueryParameter(
                    pair.Attribute!.TemplateName,
                    pair.Property,
                    properties.FirstOrDefault(candidate => candidate.Name == pair.Property.Name + CompanionSuffix && candidate.PropertyType == typeof(DateTimeOffset?)),
                    documentation.Summary(pair.Property),
                    DefaultValue(pair.Property, documentation.DocumentedDefault(pair.Property))))
                .ToArray();
        }

        // A documented default counts only when it names one of the enum's values, alone or as the only one it begins.
        private static string? DefaultValue(PropertyInfo property, string? word)
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (word is null || !type.IsEnum)
            {
                return word;
            }

            var values = EnumWireValues.Of(type);
            var matches = values.Contains(word, StringComparer.Ordinal)
                ? new[] { word }
                : values.Where(value => value.StartsWith(word, StringComparison.Ordinal)).ToArray();
            return matches.Length == 1 ? matches[0] : null;
        }

        /// <summary>Whether <paramref name="text"/> is a value the parameter accepts (enum values, numbers, booleans).</summary>
        public bool Accepts(string text) =>
            AllowedValues is { } allowed ? allowed.Contains(text, StringComparer.Ordinal)
            : ValueType == typeof(string) || TryConvert(ValueType, text, out _);

        /// <summary>A sentence for an unaccepted value.</summary>
        public string Refusal(string text) =>
            AllowedValues is { } allowed
                ? $"{OptionName}: '{text}' is not one of {string.Join(", ", allowed)}."
                : $"{OptionName}: '{text}' is not a valid {ValueType.Name.ToLowerInvariant()}.";

        /// <summary>Sets the command line's values on a query-parameters object.</summary>
        public void SetTexts(object queryParameters, IReadOnlyList<string> texts)
        {
            var values = texts.Select(Convert).ToArray();
            if (Repeatable)
            {
                var array = Array.CreateInstance(ValueType, values.Length);
                Array.Copy(values, array, values.Length);
                Property.SetValue(queryParameters, array);
            }
            else
            {
                Property.SetValue(queryParameters, values[^1]);
            }
        }

        /// <summary>
        /// Sets a point in time: through the generated companion, which converts to the unit the description documents;
        /// without one the description states no unit, and Unix milliseconds, what most operations take, are sent.
        /// </summary>
        public void SetTime(object queryParameters, DateTimeOffset time)
        {
            if (Companion is not null)
            {
                Companion.SetValue(queryParameters, time);
            }
            else
            {
                Property.SetValue(queryParameters, time.ToUnixTimeMilliseconds());
            }
        }

        private object Convert(string text) =>
            ValueType.IsEnum ? EnumWireValues.Parse(ValueType, text)
            : ValueType == typeof(string) ? text
            : TryConvert(ValueType, text, out var value) ? value! : throw new FormatException(Refusal(text));

        private static bool TryConvert(Type type, string text, out object? value)
        {
            value = null;
            if (type == typeof(bool) && bool.TryParse(text, out var flag))
            {
                value = flag;
            }
            else if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
            {
                value = integer;
            }
            else if (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                value = count;
            }
            else if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value = number;
            }

            return value is not null;
        }

        private static string ToKebabCase(string name)
        {
            var builder = new StringBuilder(name.Length + 4);
            foreach (var character in name)
            {
                if (char.IsUpper(character))
                {
                    builder.Append('-').Append(char.ToLowerInvariant(character));
                }
                else
                {
                    builder.Append(character);
                }
            }

            return builder.ToString();
        }
    }
}
