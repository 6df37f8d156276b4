using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Cli
{
    /// <summary>
    /// The timestamp unit of each operation, read from the <c>x-timestamp-unit</c> extension of its <c>from</c>
    /// parameter in the embedded OpenAPI description, so that a change of the description changes the conversion.
    /// </summary>
    internal static class OperationTimestampUnits
    {
        private const string ResourceName = "UsageGen.Cli.launchdarkly-usage.yaml";

        private static readonly Lazy<IReadOnlyDictionary<string, TimestampUnit>> Units = new(Load);

        /// <summary>The unit of the operation's <c>from</c>/<c>to</c>; <c>unspecified</c> counts as milliseconds.</summary>
        /// <exception cref="InvalidOperationException">The description has no such operation, or it has no <c>from</c>.</exception>
        public static TimestampUnit Of(string operationId) =>
            Units.Value.TryGetValue(operationId, out var unit)
                ? unit
                : throw new InvalidOperationException($"The embedded description has no operation '{operationId}' with a 'from' parameter.");

        private static IReadOnlyDictionary<string, TimestampUnit> Load()
        {
            using var stream = typeof(OperationTimestampUnits).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
            using var reader = new StreamReader(stream);
            var yaml = new YamlStream();
            yaml.Load(reader);
            var document = (YamlMappingNode)yaml.Documents[0].RootNode;
            var sharedParameters = Child(Child(document, "components"), "parameters");
            var units = new Dictionary<string, TimestampUnit>(StringComparer.Ordinal);
            foreach (var pathItem in Child(document, "paths")?.Children.Values ?? (IEnumerable<YamlNode>)Array.Empty<YamlNode>())
            {
                foreach (var operation in ((YamlMappingNode)pathItem).Children.Values)
                {
                    if (operation is not YamlMappingNode operationNode
                        || Scalar(operationNode, "operationId") is not { } operationId
                        || Get(operationNode, "parameters") is not YamlSequenceNode parameters)
                    {
                        continue;
                    }

                    foreach (var parameter in parameters.Children)
                    {
                        var resolved = Resolve((YamlMappingNode)parameter, sharedParameters);
                        if (Scalar(resolved, "name") == "from" && Scalar(resolved, "in") == "query")
                        {
                            units[operationId] = Scalar(resolved, "x-timestamp-unit") == "seconds" ? TimestampUnit.Seconds : TimestampUnit.Milliseconds;
                        }
                    }
                }
            }

            return units;
        }

        // Parameters are either inline or a local $ref to components/parameters, which is all the description uses.
        private static YamlMappingNode Resolve(YamlMappingNode parameter, YamlMappingNode? sharedParameters)
        {
            const string Prefix = "#/components/parameters/";
            var reference = Scalar(parameter, "$ref");
            if (reference is null)
            {
                return parameter;
            }

            return reference.StartsWith(Prefix, StringComparison.Ordinal) && Child(sharedParameters, reference.Substring(Prefix.Length)) is { } target
                ? target
                : throw new InvalidOperationException($"The embedded description has an unresolvable parameter reference '{reference}'.");
        }

        private static YamlMappingNode? Child(YamlMappingNode? node, string key) =>
            node is null ? null : Get(node, key) as YamlMappingNode;

        private static string? Scalar(YamlMappingNode node, string key) =>
            (Get(node, key) as YamlScalarNode)?.Value;

        private static YamlNode? Get(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }
}
