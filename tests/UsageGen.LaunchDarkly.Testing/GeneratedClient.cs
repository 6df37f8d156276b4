using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// What the client generated from spec/launchdarkly-usage.yaml says about each operation, read by reflection: its
    /// route from the URL template, its path and query parameters, enum values and timestamp units. Tests take
    /// operation facts from here rather than from the description, which only the generator reads.
    /// </summary>
    public static class GeneratedClient
    {
        /// <summary>Any value fills a path parameter: only the URL template matters here.</summary>
        private const string PathPlaceholder = "placeholder";

        private const string BaseUrlPlaceholder = "{+baseurl}";

        private static readonly Regex PathParameter = new(@"\{(\w+)\}", RegexOptions.CultureInvariant);

        /// <summary>
        /// Every operation reachable from <paramref name="client"/> through request builder properties and indexers,
        /// one per HTTP method and URL template.
        /// </summary>
        public static IReadOnlyList<GeneratedOperation> Operations(LaunchDarklyUsageClient client)
        {
            var operations = new Dictionary<string, GeneratedOperation>(StringComparer.Ordinal);

            // Keyed by the template up to and including the parameter, e.g. "/api/v2/usage/streams/{source}".
            var indexerTypes = new Dictionary<string, List<Type>>(StringComparer.Ordinal);
            Visit(client, Array.Empty<Type>(), operations, indexerTypes);

            return operations.Values
                .Select(operation => operation with { PathParameters = PathParametersOf(operation.Template, indexerTypes) })
                .OrderBy(operation => operation.Template, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>The <c>[QueryParameter]</c> properties of a generated query parameters class, by wire name.</summary>
        public static IReadOnlyDictionary<string, PropertyInfo> QueryParameters(Type queryParameters) =>
            queryParameters.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => (Property: property, Attribute: property.GetCustomAttribute<QueryParameterAttribute>()))
                .Where(pair => pair.Attribute is not null)
                .ToDictionary(pair => pair.Attribute!.TemplateName, pair => pair.Property, StringComparer.Ordinal);

        /// <summary>
        /// The wire values of the enum a parameter property holds (alone, nullable or as an array), or null when it
        /// holds no enum.
        /// </summary>
        public static IReadOnlyCollection<string>? EnumValues(PropertyInfo property) => EnumValues(property.PropertyType);

        /// <summary>
        /// The wire values (<c>[EnumMember]</c>) of <paramref name="type"/> when it is an enum, a nullable enum or an
        /// array of one; null otherwise.
        /// </summary>
        public static IReadOnlyCollection<string>? EnumValues(Type type)
        {
            type = type.IsArray ? type.GetElementType()! : type;
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!type.IsEnum)
            {
                return null;
            }

            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name)
                .ToArray();
        }

        /// <summary>
        /// The unit the generated <c>…AsDateTimeOffset</c> companion of a timestamp parameter converts to, found by
        /// setting it and reading the raw value back; <see cref="TimestampUnit.Unspecified"/> without a companion.
        /// </summary>
        public static TimestampUnit TimestampUnitOf(Type queryParameters, PropertyInfo timestamp)
        {
            var companion = queryParameters.GetProperty(timestamp.Name + "AsDateTimeOffset");
            if (companion is null)
            {
                return TimestampUnit.Unspecified;
            }

            var instant = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
            var parameters = Activator.CreateInstance(queryParameters)!;
            companion.SetValue(parameters, instant);
            var raw = (long?)timestamp.GetValue(parameters);
            return raw == instant.ToUnixTimeMilliseconds() ? TimestampUnit.Milliseconds
                : raw == instant.ToUnixTimeSeconds() ? TimestampUnit.Seconds
                : throw new InvalidOperationException($"{queryParameters.Name}.{companion.Name} wrote {raw}, neither milliseconds nor seconds.");
        }

        private static void Visit(
            object builder,
            IReadOnlyList<Type> indexers,
            Dictionary<string, GeneratedOperation> operations,
            Dictionary<string, List<Type>> indexerTypes)
        {
            foreach (var method in builder.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (method.Name.StartsWith("To", StringComparison.Ordinal) && method.Name.EndsWith("RequestInformation", StringComparison.Ordinal))
                {
                    var operation = Describe(builder, method);
                    operations.TryAdd(operation.Method + " " + operation.Template, operation);
                    RecordIndexers(operation.Template, indexers, indexerTypes);
                }
            }

            foreach (var property in builder.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!typeof(BaseRequestBuilder).IsAssignableFrom(property.PropertyType))
                {
                    continue;
                }

                var index = property.GetIndexParameters();
                var (child, path) = index.Length switch
                {
                    0 => (property.GetValue(builder), indexers),
                    1 => (property.GetValue(builder, new[] { Placeholder(index[0].ParameterType) }), (IReadOnlyList<Type>)indexers.Append(index[0].ParameterType).ToArray()),
                    _ => throw new InvalidOperationException($"{builder.GetType().Name} has an indexer with {index.Length} parameters."),
                };
                Visit(child!, path, operations, indexerTypes);
            }
        }

        // Typed indexers (enums) lead to the same URL template as their string twins; any value of the type will do.
        private static object Placeholder(Type type) =>
            type == typeof(string) ? PathPlaceholder : Activator.CreateInstance(type)!;

        // Each indexer on the way to an operation fills the next path parameter of its template, in order.
        private static void RecordIndexers(string template, IReadOnlyList<Type> indexers, Dictionary<string, List<Type>> indexerTypes)
        {
            var parameters = PathParameter.Matches(template);
            if (parameters.Count != indexers.Count)
            {
                throw new InvalidOperationException($"{template}: {parameters.Count} path parameters, reached through {indexers.Count} indexers.");
            }

            for (var i = 0; i < indexers.Count; i++)
            {
                var prefix = template.Substring(0, parameters[i].Index + parameters[i].Length);
                var types = indexerTypes.TryGetValue(prefix, out var list) ? list : indexerTypes[prefix] = new List<Type>();
                if (!types.Contains(indexers[i]))
                {
                    types.Add(indexers[i]);
                }
            }
        }

        private static IReadOnlyDictionary<string, IReadOnlyList<Type>> PathParametersOf(string template, Dictionary<string, List<Type>> indexerTypes) =>
            PathParameter.Matches(template)
                .ToDictionary(
                    match => match.Groups[1].Value,
                    match => (IReadOnlyList<Type>)indexerTypes[template.Substring(0, match.Index + match.Length)].ToArray(),
                    StringComparer.Ordinal);

        private static GeneratedOperation Describe(object builder, MethodInfo toRequestInformation)
        {
            var information = (RequestInformation)toRequestInformation.Invoke(builder, new object?[toRequestInformation.GetParameters().Length])!;
            var template = information.UrlTemplate ?? string.Empty;
            if (!template.StartsWith(BaseUrlPlaceholder, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{builder.GetType().Name}: URL template '{template}' does not start with {BaseUrlPlaceholder}.");
            }

            var path = template.Substring(BaseUrlPlaceholder.Length);
            var query = path.IndexOf("{?", StringComparison.Ordinal);
            path = query < 0 ? path : path.Substring(0, query);

            // Action<RequestConfiguration<TQueryParameters>>: the query parameters class is the innermost type argument.
            var configuration = toRequestInformation.GetParameters().Single().ParameterType;
            var queryParameters = configuration.GetGenericArguments().Single().GetGenericArguments().Single();
            var noPathParameters = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.Ordinal);
            return new GeneratedOperation(information.HttpMethod.ToString().ToUpperInvariant(), path, queryParameters, builder, noPathParameters);
        }
    }
}
