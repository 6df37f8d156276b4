using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator.Bind
{
    /// <summary>
    /// Turns a parsed <see cref="OpenApiDocument"/> into the <see cref="ClientSpec"/> the emitters write:
    /// builds the URL tree, names every type and member with Kiota's conventions and maps schemas to types.
    /// Stateful, and lives only inside the parse step.
    /// </summary>
    internal sealed partial class ClientSpecBuilder
    {
        private readonly OpenApiDocument _document;
        private const int MaxPathSegments = 64;
        private const int MaxDescriptionLength = 16_384;
        private const int DocumentationBudget = 4_000_000;

        private readonly ClientOptions _options;
        private readonly string _path;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly List<GeneratedTypeSpec> _types = new();
        private readonly HashSet<string> _typeNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(string TypeName, string LegacyName)> _legacyResponses = new();
        private const string GlobalPrefix = "global::";
        private int _documentationBudget = DocumentationBudget;
        private bool _reportedLongDescription;
        private bool _reportedDocumentationBudget;

        private ClientSpecBuilder(OpenApiDocument document, ClientOptions options, string path, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _document = document;
            _options = options;
            _path = path;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        private string ModelsNamespace => _options.ClientNamespace + ".Models";

        /// <summary>Builds the client for <paramref name="document"/>; problems are added to <paramref name="diagnostics"/>.</summary>
        public static ClientSpec Build(OpenApiDocument document, ClientOptions options, string path, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var builder = new ClientSpecBuilder(document, options, path, diagnostics, cancellationToken);
            return builder.Build();
        }

        private ClientSpec Build()
        {
            IndexComponents();
            var root = BuildUrlTree();
            NameTree(root);
            foreach (var component in _componentOrder)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ResolveComponent(component);
                BuildPendingComponents();
            }

            EmitBuilders(root);
            AddWebhookPayloads();
            BuildPendingComponents();
            AddLegacyResponseTypes();
            var types = _types
                .Select(type => type with { Documented = _options.XmlDocs, Internal = _options.InternalTypes, BackwardCompatible = _options.BackwardCompatible, BackingStore = _options.BackingStore })
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .ToEquatableArray();
            return new ClientSpec(types);
        }

        /// <summary>
        /// A webhook is a request the API sends, so it has no executor; its payload is a model that a receiver parses with
        /// Kiota's parse nodes, named as Kiota names it when inline: <c>Models.{Webhook}{Method}RequestBody</c>, after the
        /// last dotted part of the webhook's name (<c>order.created</c> → <c>CreatedPostRequestBody</c>).
        /// </summary>
        private void AddWebhookPayloads()
        {
            foreach (var webhook in _document.Webhooks)
            {
                foreach (var operation in webhook.Operations)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (operation.RequestBody?.Content.FirstOrDefault(content => IsJson(content.Key)).Value is { } schema)
                    {
                        var name = webhook.Path.Substring(webhook.Path.LastIndexOf('.') + 1);
                        ResolveType(schema, ModelsNamespace, SymbolNames.UnescapedTypeName(name, "Webhook") + SymbolNames.UpperFirst(operation.Method) + "RequestBody");
                    }
                }
            }
        }

        private UrlTreeNode BuildUrlTree()
        {
            var root = new UrlTreeNode(string.Empty, null, lastSegment: false);
            var filter = new PathFilter(_options.IncludePaths, _options.ExcludePaths);
            foreach (var pathItem in _document.Paths)
            {
                pathItem.Operations.RemoveAll(operation => !filter.Includes(pathItem.Path, operation.Method));
                if (pathItem.Operations.Count == 0)
                {
                    continue;
                }

                var node = root;
                var segments = pathItem.Path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
                if (segments.Length > MaxPathSegments)
                {
                    // Each segment is a nested namespace; no real API is this deep, and the compiler would not cope.
                    Report(DiagnosticDescriptors.GeneratorLimit, pathItem.Location, $"A path of more than {MaxPathSegments} segments", $"the path was not generated");
                    continue;
                }

                if (Array.FindIndex(segments, segment => UrlTreeNode.UrlSegmentEnd(segment) < segment.Length) is var cut and >= 0 && cut < segments.Length - 1)
                {
                    Report(DiagnosticDescriptors.MalformedPath, pathItem.KeyLocation, $"The path '{pathItem.Path}' has a '/' after its query or fragment; move the query or fragment to the end of the path");
                    continue;
                }

                if (Array.Find(segments, segment => !PathTemplate.IsWellFormed(segment)) is { } malformed)
                {
                    Report(DiagnosticDescriptors.MalformedPath, pathItem.KeyLocation, $"The path segment '{malformed}' has unbalanced or empty braces; write each path parameter as {{name}}");
                    continue;
                }

                // "/pokemon/" is not "/pokemon": as in Kiota, the trailing slash is a segment of its own, so the URL keeps it.
                var trailingSlash = segments.Length > 0 && pathItem.Path.EndsWith("/", StringComparison.Ordinal);
                for (var i = 0; i < segments.Length; i++)
                {
                    node = ChildOf(node, segments[i], lastSegment: i == segments.Length - 1 && !trailingSlash);
                }

                if (trailingSlash)
                {
                    node = ChildOf(node, string.Empty, lastSegment: true);
                }

                node.PathItems.Add(pathItem);
                node.PathItemExtensions[pathItem] = node.IsParameter ? UrlTreeNode.ItemExtensionOf(segments[segments.Length - 1]) : string.Empty;
            }

            return root;
        }

        private static UrlTreeNode ChildOf(UrlTreeNode parent, string segment, bool lastSegment)
        {
            var candidate = new UrlTreeNode(segment, parent, lastSegment);
            if (candidate.IsParameter)
            {
                var child = parent.ParameterChild ??= candidate;
                child.MergedSegments.Add(segment);
                return child;
            }

            foreach (var child in parent.Children)
            {
                if (string.Equals(child.Segment, segment, StringComparison.Ordinal))
                {
                    return child;
                }
            }

            parent.Children.Add(candidate);
            return candidate;
        }

        private void NameTree(UrlTreeNode root)
        {
            root.Namespace = _options.ClientNamespace;
            root.ClassName = _options.ClientClassName;
            root.TemplatePath = string.Empty;
            _typeNames.Add(root.Namespace + "." + root.ClassName);
            NameChildren(root);
            var clashing = root.Children.FirstOrDefault(child => child.Segment.Length > 0
                && child.Namespace.Substring(root.Namespace.Length + 1).EndsWith(root.ClassName, StringComparison.OrdinalIgnoreCase));
            if (clashing is not null)
            {
                _typeNames.Remove(root.Namespace + "." + root.ClassName);
                root.ClassNamespace = clashing.Namespace;
                root.ClassName = ReserveTypeName(clashing.Namespace, root.ClassName);
            }
        }

        private void NameChildren(UrlTreeNode node)
        {
            var segmentNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Item" };
            foreach (var child in node.Children)
            {
                var segmentName = SymbolNames.Unique(SymbolNames.SegmentName(child.SegmentParameters.Count > 0 ? PathTemplate.WithName(child.Segment) : child.Segment), segmentNames);
                var namespaceSegment = SymbolNames.NamespaceSegment(segmentName);
                if (node.Parent is null && string.Equals(namespaceSegment, "Models", StringComparison.Ordinal))
                {
                    // The models live in <root>.Models; a /models path gets its own namespace, as in Kiota.
                    namespaceSegment = "ModelsRequests";
                }

                // Kiota keeps the trailing-slash builder in its parent's namespace.
                child.Namespace = child.Segment.Length == 0 ? node.Namespace : node.Namespace + "." + namespaceSegment;
                var hasOperations = node.PathItems.Any(pathItem => pathItem.Operations.Count > 0);
                // A member may not share its class's name; Kiota's suffix for that case is Prop.
                child.NavigationName = SymbolNames.IsHttpVerb(child.Segment) || SymbolNames.IsBuilderMemberName(segmentName, hasOperations)
                    ? segmentName + "Path"
                    : string.Equals(segmentName, node.ClassName, StringComparison.OrdinalIgnoreCase) ? segmentName + "Prop" : segmentName;
                if (segmentName == "Item_Escaped" && node.ParameterChild is null)
                {
                    // Only the namespace must keep clear of the item builders' Item namespace; with no indexer here
                    // (whose metadata name is Item), the property keeps Kiota's name.
                    child.NavigationName = "Item";
                }
                child.ClassName = ReserveTypeName(child.Namespace, segmentName + "RequestBuilder");
                child.TemplatePath = node.TemplatePath + "/" + child.UrlSegment;
                NameChildren(child);
            }

            if (node.ParameterChild is { } item)
            {
                var parameterName = item.ParameterName!;
                item.Namespace = node.Namespace + ".Item";
                var baseName = item.MergedSegments.Count > 1 ? SymbolNames.MergedItemBuilderBaseName(item.MergedSegments.Min!)
                    : item.Extension.Length > 0 ? SymbolNames.SegmentName(PathTemplate.WithName(item.Segment))
                    : SymbolNames.ItemBuilderBaseName(parameterName, node.Segment);
                item.ClassName = ReserveTypeName(item.Namespace, baseName + "ItemRequestBuilder");
                item.TemplatePath = node.TemplatePath + "/{" + SymbolNames.TemplateName(parameterName) + "}";
                NameChildren(item);
            }
        }

        private string ReserveTypeName(string ns, string candidate)
        {
            var name = candidate;
            for (var i = 1; !_typeNames.Add(ns + "." + name); i++)
            {
                name = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }

        private void EmitBuilders(UrlTreeNode node)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var isRoot = node.Parent is null;
            var navigations = new List<NavigationSpec>();
            foreach (var child in node.Children)
            {
                var description = child.PathItems.Select(item => item.Description).FirstOrDefault(text => text is not null);
                navigations.Add(child.SegmentParameters.Count > 0
                    ? new NavigationSpec(child.NavigationName, child.FullName, Doc(description, "Builds and executes requests for operations under " + child.TemplatePath.Replace('/', '\\')), SegmentParameters(child))
                    : new NavigationSpec(child.NavigationName, child.FullName, Doc(description, $"The {child.Segment} property")));
                EmitBuilders(child);
            }

            var indexers = new List<IndexerSpec>();
            if (node.ParameterChild is { } item)
            {
                indexers.AddRange(BuildIndexers(node, item));
                EmitBuilders(item);
            }

            // The template is made once the operations are built: building them works out the entries of object-typed query parameters.
            var operations = BuildOperations(node);
            var extension = node.PathItems.Count > 0 ? node.PathItemExtensions[node.PathItems[0]] : node.Extension;
            var urlTemplate = "{+baseurl}" + node.TemplatePath + extension + QueryTemplate(node.FixedQuery, node.PathItems.SelectMany(pathItem => pathItem.Operations.SelectMany(operation => QueryParametersOf(pathItem, operation))));
            operations = operations.Select(operation => string.Equals(operation.UrlTemplate, urlTemplate, StringComparison.Ordinal) ? operation with { UrlTemplate = null } : operation).ToList();
            var summary = isRoot
                ? "The main entry point of the SDK, exposes the configuration and the fluent API."
                : Doc(node.PathItems.Select(pathItem => pathItem.Description).FirstOrDefault(text => text is not null), "Builds and executes requests for operations under " + node.TemplatePath.Replace('/', '\\'));
            string? baseUrl = null;
            if (isRoot)
            {
                baseUrl = _document.ServerUrls.FirstOrDefault()?.TrimEnd('/');
                if (baseUrl is null)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoServers, new LocationInfo(_path, 0, 0, 0, 0, 0, 0), _document.IsSwagger2 ? "no 'host' or 'basePath'" : "no 'servers'", _document.IsSwagger2 ? "'host' and 'basePath'" : "a 'servers' entry"));
                }
            }

            _types.Add(new RequestBuilderSpec(
                node.ClassNamespace ?? node.Namespace,
                node.ClassName,
                summary,
                urlTemplate,
                isRoot,
                baseUrl,
                navigations.ToEquatableArray(),
                indexers.ToEquatableArray(),
                operations.ToEquatableArray(),
                node.SegmentParameters.Count > 0 ? SegmentParameters(node) : EquatableArray<PathParameterSpec>.Empty));
        }

        /// <summary>
        /// The arguments of a mixed segment's <c>With…</c> method, sorted by name as Kiota sorts them, each typed from its
        /// schema when that is a primitive (Kiota's rule: enums and anything else are strings).
        /// </summary>
        private EquatableArray<PathParameterSpec> SegmentParameters(UrlTreeNode node) =>
            node.SegmentParameters
                .Distinct(StringComparer.Ordinal)
                .Select(name =>
                {
                    var definition = FindPathParameter(node, name);
                    var schema = definition?.Schema is { } declared ? Dereference(declared) ?? declared : null;
                    var kind = schema is not null && Primitive(schema) is { } primitive && primitive != PrimitiveKind.ByteArray ? primitive : PrimitiveKind.String;
                    var parameterName = SymbolNames.ParameterName(name);
                    return new PathParameterSpec(parameterName, SymbolNames.TemplateName(name), TypeRef.Of(kind), Doc(definition?.Description, "The path parameter: " + parameterName.TrimStart('@')));
                })
                .OrderBy(parameter => parameter.Name.TrimStart('@'), StringComparer.OrdinalIgnoreCase)
                .ToEquatableArray();

        private IEnumerable<IndexerSpec> BuildIndexers(UrlTreeNode parent, UrlTreeNode item)
        {
            var parameterName = item.ParameterName!;
            var definition = FindPathParameter(item, parameterName);
            var description = Doc(definition?.Description, "Unique identifier of the item");
            var summary = $"Gets an item from the {parent.Namespace}.{item.Namespace.Substring(parent.Namespace.Length + 1)} collection";
            var templateKey = SymbolNames.TemplateName(parameterName);
            var type = definition?.Schema is { } schema
                ? ResolveType(schema, parent.Namespace, SymbolNames.UnescapedTypeName(parameterName, "Item") + "PathParameterType")
                : TypeRef.Of(PrimitiveKind.String);
            var stringIndexer = new IndexerSpec(item.FullName, templateKey, TypeRef.Of(PrimitiveKind.String), summary, description);
            if (type is { Kind: TypeRefKind.Model, IsCollection: false } && definition?.Schema is { } unionSchema && PrimitiveUnionMembers(unionSchema) is { Count: > 0 } members)
            {
                // A union of primitives (integer or uuid): Kiota types the indexer by the first member; ours has one per
                // member, beside the string one that takes any value.
                yield return stringIndexer;
                foreach (var member in members.Where(member => member != PrimitiveKind.String))
                {
                    yield return new IndexerSpec(item.FullName, templateKey, TypeRef.Of(member), summary, description);
                }

                yield break;
            }

            if (type.IsCollection || type.Kind is TypeRefKind.Model or TypeRefKind.Untyped or TypeRefKind.Stream || type.Primitive == PrimitiveKind.String)
            {
                yield return stringIndexer;
                yield break;
            }

            // Kiota types the indexer from the schema; its backward-compatible mode keeps an obsolete string one beside it,
            // and enums keep a string one in any case (an enum value the description does not list stays reachable).
            if (_options.BackwardCompatible)
            {
                yield return stringIndexer with { DeprecationMessage = "This indexer is deprecated and will be removed in the next major version. Use the one with the typed parameter instead." };
            }
            else if (type.Kind == TypeRefKind.Enum)
            {
                yield return stringIndexer;
            }

            yield return new IndexerSpec(item.FullName, templateKey, type, summary, description);
        }

        private static OpenApiParameter? FindPathParameter(UrlTreeNode node, string name)
        {
            foreach (var pathItem in node.PathItems)
            {
                foreach (var operation in pathItem.Operations)
                {
                    var parameter = operation.Parameters.Concat(pathItem.Parameters)
                        .FirstOrDefault(p => p.In == "path" && p.Name == name);
                    if (parameter is not null)
                    {
                        return parameter;
                    }
                }

                var shared = pathItem.Parameters.FirstOrDefault(p => p.In == "path" && p.Name == name);
                if (shared is not null)
                {
                    return shared;
                }
            }

            foreach (var child in node.Children)
            {
                if (FindPathParameter(child, name) is { } found)
                {
                    return found;
                }
            }

            return node.ParameterChild is { } next ? FindPathParameter(next, name) : null;
        }

        /// <summary>
        /// A description for the generated docs, within bounds: YAML aliases can repeat one long text thousands of
        /// times, and the generated source would grow without limit.
        /// </summary>
        private string Doc(string? text, string fallback)
        {
            if (text is null)
            {
                return fallback;
            }

            if (text.Length > MaxDescriptionLength)
            {
                ReportOnce(ref _reportedLongDescription, $"Descriptions longer than {MaxDescriptionLength:N0} characters", "their ends were cut from the XML docs");
                text = text.Substring(0, MaxDescriptionLength) + " …";
            }

            if (text.Length > _documentationBudget)
            {
                ReportOnce(ref _reportedDocumentationBudget, $"More than {DocumentationBudget:N0} characters of descriptions", "further descriptions were replaced by short defaults");
                return fallback;
            }

            _documentationBudget -= text.Length;
            return text;
        }

        private void ReportOnce(ref bool reported, string construct, string consequence)
        {
            if (!reported)
            {
                reported = true;
                Report(DiagnosticDescriptors.DocumentationTruncated, new LocationInfo(_path, 0, 0, 0, 0, 0, 0), construct, consequence);
            }
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
