using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.LaunchDarkly;

namespace UsageGen.Cli
{
    /// <summary>
    /// Every GET operation of the generated <see cref="LaunchDarklyUsageClient"/>, found by walking its request builders:
    /// the client, generated from the description, is the tool's only source of operation facts.
    /// </summary>
    internal static class ClientOperations
    {
        private const string BaseUrlPrefix = "{+baseurl}";

        private static readonly Regex PathParameterName = new(@"\{(?<name>[^}?+*]+)\}", RegexOptions.CultureInvariant);

        private static readonly PropertyInfo UrlTemplate =
            typeof(BaseRequestBuilder).GetProperty("UrlTemplate", BindingFlags.NonPublic | BindingFlags.Instance)!;

        private static readonly Lazy<IReadOnlyList<ClientOperation>> Discovered = new(Discover, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The operations, ordered by path.</summary>
        public static IReadOnlyList<ClientOperation> All => Discovered.Value;

        private static IReadOnlyList<ClientOperation> Discover()
        {
            var documentation = ClientDocumentation.For(typeof(LaunchDarklyUsageClient).Assembly);

            // The builders only hold the adapter; nothing is sent while their URL templates are read.
            using var httpClient = new HttpClient();
            var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: httpClient);
            var operations = new List<ClientOperation>();
            Walk(new LaunchDarklyUsageClient(adapter), new List<NavigationStep>(), documentation, operations);
            return operations.OrderBy(operation => operation.PathTemplate, StringComparer.Ordinal).ToArray();
        }

        private static void Walk(object builder, List<NavigationStep> steps, ClientDocumentation documentation, List<ClientOperation> operations)
        {
            var type = builder.GetType();
            if (type.GetMethod("GetAsync") is { } getAsync)
            {
                operations.Add(Describe(builder, getAsync, steps, documentation));
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsBuilder))
            {
                var indexParameters = property.GetIndexParameters();
                if (indexParameters.Length == 0)
                {
                    Walk(property.GetValue(builder)!, new List<NavigationStep>(steps) { new(property, null) }, documentation, operations);
                }
                else if (indexParameters.Length == 1 && IsPreferredIndexer(property, type))
                {
                    // A placeholder value: only the template matters here, and every indexer adds one parameter to it.
                    var enumType = indexParameters[0].ParameterType.IsEnum ? indexParameters[0].ParameterType : null;
                    object argument = enumType is null ? "placeholder" : Enum.GetValues(enumType).GetValue(0)!;
                    var next = property.GetValue(builder, new[] { argument })!;
                    var name = PathNames(Template(next)).Last();
                    var parameter = new PathParameter(name, enumType, documentation.IndexerParameter(property));
                    Walk(next, new List<NavigationStep>(steps) { new(property, parameter) }, documentation, operations);
                }
            }
        }

        private static ClientOperation Describe(object builder, MethodInfo getAsync, IReadOnlyList<NavigationStep> steps, ClientDocumentation documentation)
        {
            var configuration = getAsync.GetParameters()[0].ParameterType;
            var queryParametersType = configuration.GetGenericArguments()[0].GetGenericArguments()[0];
            return new ClientOperation(Template(builder), steps, getAsync, queryParametersType, QueryParameter.Of(queryParametersType, documentation));
        }

        // "{+baseurl}/api/v2/usage/streams/{source}{?from*,to*}" is "/api/v2/usage/streams/{source}". Every builder has a
        // template, but only those with operations expose it through a public RequestInformation.
        private static string Template(object builder)
        {
            var template = (string)UrlTemplate.GetValue(builder)!;
            var query = template.IndexOf("{?", StringComparison.Ordinal);
            return (query >= 0 ? template.Substring(0, query) : template).Substring(BaseUrlPrefix.Length);
        }

        private static IEnumerable<string> PathNames(string template) =>
            PathParameterName.Matches(template).Select(match => match.Groups["name"].Value);

        private static bool IsBuilder(PropertyInfo property) => typeof(BaseRequestBuilder).IsAssignableFrom(property.PropertyType);

        // An enum path parameter has a typed indexer beside Kiota's string one: the typed one knows the allowed values.
        private static bool IsPreferredIndexer(PropertyInfo indexer, Type builderType) =>
            indexer.GetIndexParameters()[0].ParameterType.IsEnum
            || !builderType.GetProperties().Any(other => other.PropertyType == indexer.PropertyType
                && other.GetIndexParameters() is { Length: 1 } parameters && parameters[0].ParameterType.IsEnum);
    }
}
