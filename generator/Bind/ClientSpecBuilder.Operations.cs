using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator.Bind
{
    /// <summary>Operations: parameters, bodies, responses and error mappings.</summary>
    internal sealed partial class ClientSpecBuilder
    {
        private static readonly string[] NoContentCodes = { "201", "202", "204", "205", "304" };
        private static readonly string[] RedirectCodes = { "301", "302", "303", "307" };

        // The exceptions of non-object error bodies, by namespace, name and value type.
        private readonly Dictionary<(string Namespace, string Name, TypeRef Value), string> _valueErrors = new();

        /// <summary>The node's operations, each with its own URL template, which the caller drops where it is the node's.</summary>
        private List<OperationSpec> BuildOperations(UrlTreeNode node)
        {
            var operations = new List<OperationSpec>();
            // Inline types are named after the node as Kiota names it: an item builder's name without "Item".
            var suffix = node.IsParameter && node.ClassName.EndsWith("ItemRequestBuilder", StringComparison.Ordinal) ? "ItemRequestBuilder" : "RequestBuilder";
            var builderBase = node.ClassName.EndsWith(suffix, StringComparison.Ordinal)
                ? node.ClassName.Substring(0, node.ClassName.Length - suffix.Length)
                : node.ClassName;
            var seenMethods = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pathItem in node.PathItems)
            {
                foreach (var operation in pathItem.Operations)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (!seenMethods.Add(operation.Method))
                    {
                        Report(DiagnosticDescriptors.DuplicateOperation, operation.Location, $"A second '{operation.Method}' on the same URL shape ('{pathItem.Path}')", "only the first operation was generated");
                        continue;
                    }

                    operations.Add(BuildOperation(node, builderBase, pathItem, operation));
                }
            }

            return operations;
        }

        private OperationSpec BuildOperation(UrlTreeNode node, string builderBase, OpenApiPathItem pathItem, OpenApiOperation operation)
        {
            var methodName = SymbolNames.UpperFirst(operation.Method);
            RequestBodySpec? body = null;
            if (operation.RequestBody is { } requestBody)
            {
                body = BuildRequestBody(node, builderBase + methodName + "RequestBody", operation, requestBody);
            }

            var queryParameters = BuildQueryParameters(node, builderBase, methodName, pathItem, operation);
            var ownTemplate = "{+baseurl}" + node.TemplatePath + node.PathItemExtensions[pathItem] + QueryTemplate(node.FixedQuery, QueryParametersOf(pathItem, operation));
            var (returnType, successMediaTypes) = BuildReturnType(node, builderBase + methodName + "Response", operation);
            var legacyReturnType = _options.BackwardCompatible ? LegacyResponseType(returnType, methodName) : null;
            var (errors, errorMediaTypes) = BuildErrorMappings(node, builderBase, operation);
            var accept = successMediaTypes.Concat(errorMediaTypes).Distinct(StringComparer.Ordinal).OrderBy(type => type, StringComparer.Ordinal).ToList();

            return new OperationSpec(
                methodName,
                operation.Method.ToUpperInvariant(),
                Doc(operation.Description ?? operation.Summary, $"Sends a {operation.Method.ToUpperInvariant()} request to {pathItem.Path}"),
                operation.Deprecated ? "This operation is deprecated in the API description." : null,
                operation.ExternalDocsUrl,
                queryParameters,
                returnType,
                body,
                errors.ToEquatableArray(),
                accept.Count == 0 ? null : string.Join(", ", accept),
                ConstantHeaders(pathItem, operation).ToEquatableArray(),
                ownTemplate,
                legacyReturnType);
        }

        /// <summary>
        /// Kiota's backward-compatible mode keeps the name its 1.x releases gave a response type named
        /// <c>…{Method}Response</c>: an obsolete <c>…Response</c> beside it, which the (obsolete) executor returns.
        /// The type itself is written by <see cref="AddLegacyResponseTypes"/> once every model is built.
        /// </summary>
        private TypeRef? LegacyResponseType(TypeRef? type, string methodName)
        {
            var suffix = methodName + "Response";
            if (type is not { Kind: TypeRefKind.Model, IsCollection: false, TypeName: { } typeName } || !typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return null;
            }

            var simpleName = type.SimpleName!;
            var ns = typeName.Substring(GlobalPrefix.Length, typeName.Length - simpleName.Length - 1 - GlobalPrefix.Length);
            var legacyName = ReserveTypeName(ns, simpleName.Substring(0, simpleName.Length - suffix.Length) + "Response");
            _legacyResponses.Add((typeName, legacyName));
            return new TypeRef(TypeRefKind.Model, PrimitiveKind.None, GlobalPrefix + ns + "." + legacyName, false);
        }

        /// <summary>Writes the obsolete response types <see cref="LegacyResponseType"/> named: a class deriving from a model, a copy of a composed wrapper.</summary>
        private void AddLegacyResponseTypes()
        {
            foreach (var (typeName, legacyName) in _legacyResponses)
            {
                var original = _types.First(type => type.FullName == typeName);
                var deprecation = "This class is obsolete. Use " + original.Name + " instead.";
                _types.Add(original switch
                {
                    ComposedTypeSpec composed => composed with { Name = legacyName, DeprecationMessage = deprecation, Members = RenamedMembers(composed, legacyName) },
                    ModelSpec model => new ModelSpec(model.Namespace, legacyName, model.Description, deprecation, typeName, IsError: false, model.HasAdditionalData, PrimaryMessageProperty: null, Discriminator: null, EquatableArray<PropertySpec>.Empty),
                    _ => throw new InvalidOperationException("A response type is a model or a composed wrapper: " + typeName),
                });
            }
        }

        /// <summary>A wrapper's members for its copy named <paramref name="legacyName"/>: a member named after the wrapper is named after the copy.</summary>
        private static EquatableArray<ComposedMemberSpec> RenamedMembers(ComposedTypeSpec composed, string legacyName)
        {
            var prefix = SymbolNames.PropertyName(composed.Name);
            return composed.Members
                .Select(member => member.PropertyName.StartsWith(prefix, StringComparison.Ordinal) && member.PropertyName.Length > prefix.Length
                    ? member with { PropertyName = SymbolNames.PropertyName(legacyName) + member.PropertyName.Substring(prefix.Length) }
                    : member)
                .ToEquatableArray();
        }

        /// <summary>Path-item parameters overridden by operation parameters of the same name and location.</summary>
        private static IEnumerable<OpenApiParameter> ParametersOf(OpenApiPathItem pathItem, OpenApiOperation operation)
        {
            foreach (var parameter in pathItem.Parameters)
            {
                if (!operation.Parameters.Any(p => p.Name == parameter.Name && p.In == parameter.In))
                {
                    yield return parameter;
                }
            }

            foreach (var parameter in operation.Parameters)
            {
                yield return parameter;
            }
        }

        private static IEnumerable<OpenApiParameter> QueryParametersOf(OpenApiPathItem pathItem, OpenApiOperation operation) =>
            ParametersOf(pathItem, operation).Where(parameter => parameter.In == "query");

        /// <summary>
        /// The RFC 6570 query part after a path key's fixed query (<c>?beta=true</c>): the parameters continue it with
        /// <c>&amp;</c>, so the server gets them all.
        /// </summary>
        private string QueryTemplate(string fixedQuery, IEnumerable<OpenApiParameter> parameters)
        {
            var template = QueryTemplate(parameters);
            return fixedQuery.Length == 0 ? template
                : template.Length == 0 ? "?" + fixedQuery
                : "?" + fixedQuery + "{&" + template.Substring(2);
        }

        /// <summary>
        /// The RFC 6570 query part: names sorted ordinally, <c>*</c> where the parameter explodes, with the entries of
        /// the object-typed parameters' values (<c>created%5Bgte%5D</c>) once their operations are built.
        /// </summary>
        private string QueryTemplate(IEnumerable<OpenApiParameter> parameters)
        {
            var names = new SortedDictionary<string, bool>(StringComparer.Ordinal);
            void Add(string name, bool explode) => names[name] = names.TryGetValue(name, out var existing) ? existing || explode : explode;
            foreach (var parameter in parameters)
            {
                Add(SymbolNames.TemplateName(parameter.Name), parameter.Explode ?? (parameter.Style is null or "form"));
                foreach (var (name, explode) in QueryObjectEntries(parameter))
                {
                    Add(name, explode);
                }
            }

            return names.Count == 0
                ? string.Empty
                : "{?" + string.Join(",", names.Select(entry => entry.Value ? entry.Key + "*" : entry.Key)) + "}";
        }

        private QueryParametersSpec? BuildQueryParameters(UrlTreeNode node, string builderBase, string methodName, OpenApiPathItem pathItem, OpenApiOperation operation)
        {
            var parameters = new List<QueryParameterSpec>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            // As in Kiota, a name that is PascalCase as written (sort-order → SortOrder) wins over one that only becomes
            // it by dropping underscores (sort_order keeps Sort_order), whatever their order.
            var natural = new HashSet<string>(
                ParametersOf(pathItem, operation).Where(p => p.In == "query" && SymbolNames.PropertyName(p.Name) == SymbolNames.LiteralPropertyName(p.Name)).Select(p => SymbolNames.PropertyName(p.Name)),
                StringComparer.Ordinal);
            foreach (var parameter in ParametersOf(pathItem, operation))
            {
                if (parameter.In == "cookie")
                {
                    Report(DiagnosticDescriptors.CookieParameter, parameter.Location, $"The cookie parameter '{parameter.Name}'", "set the cookie through a request header or a handler");
                    continue;
                }

                if (parameter.In != "query")
                {
                    continue;
                }

                var type = parameter.Schema is { } schema
                    ? ResolveType(schema, node.Namespace, methodName + SymbolNames.UnescapedTypeName(parameter.Name, "Parameter") + "QueryParameterType")
                    : TypeRef.Of(PrimitiveKind.String);
                var pascal = SymbolNames.PropertyName(parameter.Name);
                var literal = SymbolNames.LiteralPropertyName(parameter.Name);
                var propertyName = SymbolNames.Unique(pascal != literal && (natural.Contains(pascal) || names.Contains(pascal)) && !names.Contains(literal) ? literal : pascal, names);
                QueryObjectSpec? queryObject = null;
                if (type.Kind is TypeRefKind.Model or TypeRefKind.Untyped or TypeRefKind.Stream)
                {
                    // Kiota's property stays a string, so code written against Kiota compiles; the typed sibling sends the object.
                    if (QueryObject(parameter, type, QueryParametersOf(pathItem, operation).Where(other => other != parameter).Select(other => SymbolNames.TemplateName(other.Name))) is { } typed)
                    {
                        var objectBase = propertyName + "As" + typed.Type.SimpleName;
                        queryObject = new QueryObjectSpec(SymbolNames.Unique(propertyName == pascal ? SymbolNames.PropertyName(objectBase) : objectBase, names), typed.Type, typed.Style, typed.Leaves);
                    }

                    type = new TypeRef(TypeRefKind.Primitive, PrimitiveKind.String, null, type.IsCollection);
                }
                else if (parameter.Style == "deepObject" && _reportedDeepObjects.Add(parameter))
                {
                    Report(DiagnosticDescriptors.DeepObjectNotObject, parameter.Location, parameter.Name);
                }

                // Kiota PascalCases the typed sibling's whole name, type name included (IncludeCredentialAsGetIncludeCredential…).
                // A name that kept its underscores keeps them in the sibling too (Sort_orderAsGetSort_order…).
                var typedBase = propertyName + "As" + type.SimpleName;
                var typedPropertyName = _options.BackwardCompatible && type.Kind == TypeRefKind.Enum
                    ? SymbolNames.Unique(propertyName == pascal ? SymbolNames.PropertyName(typedBase) : typedBase, names)
                    : null;
                parameters.Add(new QueryParameterSpec(
                    propertyName,
                    SymbolNames.TemplateName(parameter.Name),
                    type,
                    Doc(parameter.Description ?? parameter.Schema?.Description, $"The {parameter.Name} query parameter"),
                    parameter.Deprecated ? "This query parameter is deprecated in the API description." : null,
                    TimestampUnit(parameter, type, propertyName, names),
                    typedPropertyName,
                    queryObject,
                    type.IsCollection ? Separator(parameter) : null));
            }

            return parameters.Count == 0
                ? null
                : new QueryParametersSpec(
                    node.ClassName + methodName + "QueryParameters",
                    parameters.OrderBy(parameter => parameter.PropertyName, StringComparer.Ordinal).ToEquatableArray());
        }

        /// <summary>
        /// The character an unexploded space-, tab- or pipe-delimited array's values are joined with; null for the
        /// comma of form style and for an exploded array, which repeats the name (as form style does).
        /// </summary>
        private static string? Separator(OpenApiParameter parameter) =>
            parameter.Explode == true
                ? null
                : parameter.Style switch
                {
                    "spaceDelimited" => " ",
                    "pipeDelimited" => "|",
                    OpenApiDocumentParser.TabDelimitedStyle => "\t",
                    _ => null,
                };

        /// <summary>
        /// The unit of an integer parameter that the description marks as a Unix timestamp with
        /// <c>x-timestamp-unit</c> (<c>milliseconds</c> or <c>seconds</c>; other values, such as <c>unspecified</c>, add nothing).
        /// </summary>
        private static string? TimestampUnit(OpenApiParameter parameter, TypeRef type, string propertyName, HashSet<string> names)
        {
            if (type is not { Kind: TypeRefKind.Primitive, IsCollection: false, Primitive: PrimitiveKind.Int64 or PrimitiveKind.Int32 } ||
                !parameter.Extensions.TryGetValue("x-timestamp-unit", out var unit) ||
                unit is not ("milliseconds" or "seconds"))
            {
                return null;
            }

            // The companion property takes Kiota's "XAsY" name; a clash leaves it out rather than renaming it.
            return names.Add(propertyName + "AsDateTimeOffset") ? unit : null;
        }

        /// <summary>Required headers with exactly one allowed value are sent on every request.</summary>
        private IEnumerable<HeaderSpec> ConstantHeaders(OpenApiPathItem pathItem, OpenApiOperation operation)
        {
            foreach (var parameter in ParametersOf(pathItem, operation))
            {
                if (parameter.In != "header" || !parameter.Required || parameter.Schema is null)
                {
                    continue;
                }

                var schema = Dereference(parameter.Schema);
                if (schema?.EnumValues is { Count: 1 } values)
                {
                    yield return new HeaderSpec(parameter.Name, values[0]);
                }
            }
        }

        private RequestBodySpec? BuildRequestBody(UrlTreeNode node, string inlineName, OpenApiOperation operation, OpenApiRequestBody body)
        {
            var description = Doc(body.Description, "The request body");

            // Kiota's default preference: JSON, then text, then form, then multipart; anything else is a stream.
            foreach (var (matches, kind) in BodyPreferences)
            {
                foreach (var content in body.Content)
                {
                    if (!matches(MediaTypeOf(content.Key)))
                    {
                        continue;
                    }

                    var type = kind switch
                    {
                        BodyKind.Json => content.Value is null ? TypeRef.Untyped : ResolveBodyType(content.Value, node, inlineName),
                        BodyKind.Text => TypeRef.Of(PrimitiveKind.String),
                        BodyKind.Form => content.Value is null ? TypeRef.Untyped : ResolveType(content.Value, node.Namespace, inlineName),
                        BodyKind.Multipart => new TypeRef(TypeRefKind.Multipart, PrimitiveKind.None, null, false),
                        _ => TypeRef.Binary,
                    };
                    if (kind == BodyKind.Form && type.Kind != TypeRefKind.Model)
                    {
                        Report(DiagnosticDescriptors.NonObjectFormBody, body.Location, "A form body that is not an object", $"the {operation.Method.ToUpperInvariant()} body is sent as a stream");
                        type = TypeRef.Binary;
                    }

                    type = AsWireType(type);
                    return new RequestBodySpec(type, type.Kind == TypeRefKind.Stream && kind != BodyKind.Binary ? "application/octet-stream" : MediaTypeOf(content.Key), description);
                }
            }

            Report(DiagnosticDescriptors.RequestBodyWithoutContent, body.Location, "A request body without content", $"the {operation.Method.ToUpperInvariant()} operation was generated without a body");
            return null;
        }

        private static readonly (Func<string, bool> Matches, BodyKind Kind)[] BodyPreferences =
        {
            (IsJson, BodyKind.Json),
            (type => type.Equals("text/plain", StringComparison.OrdinalIgnoreCase), BodyKind.Text),
            (type => type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase), BodyKind.Form),
            (type => type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase), BodyKind.Multipart),
            (_ => true, BodyKind.Binary),
        };

        /// <summary>A body's or response's type; an inline <c>oneOf</c>/<c>anyOf</c> wrapper is nested in the request builder, as in Kiota.</summary>
        private TypeRef ResolveBodyType(OpenApiSchema schema, UrlTreeNode node, string inlineName) =>
            IsNewInlineComposition(schema)
                ? ResolveNestedComposition(schema, node.ClassNamespace ?? node.Namespace, node.ClassName, inlineName)
                : ResolveType(schema, node.Namespace, inlineName);

        private static string MediaTypeOf(string contentType) => contentType.Split(';')[0].Trim();

        private (TypeRef? Type, List<string> MediaTypes) BuildReturnType(UrlTreeNode node, string inlineName, OpenApiOperation operation)
        {
            var mediaTypes = new List<string>();
            var success = operation.Responses
                .Where(response => IsSuccess(response.StatusCode))
                .OrderBy(response => response.StatusCode, StringComparer.Ordinal)
                .FirstOrDefault();
            if (success is null)
            {
                return (DefaultReturnType(operation), mediaTypes);
            }

            mediaTypes.AddRange(success.Content.Select(content => content.Key.ToLowerInvariant()));
            var json = success.Content.FirstOrDefault(content => IsJson(content.Key));
            if (json.Key is not null)
            {
                return (json.Value is null ? DefaultReturnType(operation) : AsWireType(ResolveBodyType(json.Value, node, inlineName)), mediaTypes);
            }

            var text = success.Content.FirstOrDefault(content => content.Key.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
            if (text.Key is not null)
            {
                return (TypeRef.Of(PrimitiveKind.String), mediaTypes);
            }

            if (success.Content.Count > 0)
            {
                return (TypeRef.Binary, mediaTypes);
            }

            return (DefaultReturnType(operation), mediaTypes);
        }

        /// <summary>
        /// What an operation returns when no success response has a schema, as Kiota decides it: a stream for an
        /// octet-stream redirect; nothing when any response is one that carries no content (204, 201, a redirect…);
        /// a string for a text/plain success; otherwise the body as a stream.
        /// </summary>
        private static TypeRef? DefaultReturnType(OpenApiOperation operation)
        {
            if (operation.Responses.Any(response => Array.IndexOf(RedirectCodes, response.StatusCode) >= 0 && response.Content.Any(content => MediaTypeOf(content.Key).Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))))
            {
                return TypeRef.Binary;
            }

            if (operation.Responses.Any(response => Array.IndexOf(NoContentCodes, response.StatusCode) >= 0 || Array.IndexOf(RedirectCodes, response.StatusCode) >= 0))
            {
                return null;
            }

            return operation.Responses.Any(response => IsSuccess(response.StatusCode) && response.Content.Any(content => MediaTypeOf(content.Key).Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
                ? TypeRef.Of(PrimitiveKind.String)
                : TypeRef.Binary;
        }

        private static string? SuccessSchemaName(OpenApiOperation operation) =>
            operation.Responses
                .Where(response => IsSuccess(response.StatusCode))
                .OrderBy(response => response.StatusCode, StringComparer.Ordinal)
                .Select(response => response.Content.FirstOrDefault(content => IsJson(content.Key)).Value?.ReferenceName)
                .FirstOrDefault() is { } name
                ? SymbolNames.TypeName(name, name)
                : null;

        private (List<ErrorMappingSpec> Mappings, List<string> MediaTypes) BuildErrorMappings(UrlTreeNode node, string builderBase, OpenApiOperation operation)
        {
            var byCode = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var mediaTypes = new List<string>();
            string? defaultType = null;
            foreach (var response in operation.Responses)
            {
                var code = response.StatusCode.ToUpperInvariant();
                var isDefault = code == "DEFAULT";
                if (!isDefault && !(code.StartsWith("4", StringComparison.Ordinal) || code.StartsWith("5", StringComparison.Ordinal)))
                {
                    continue;
                }

                var json = response.Content.FirstOrDefault(content => IsJson(content.Key));
                if (json.Key is null)
                {
                    if (response.Content.Count > 0)
                    {
                        // Kiota's text and form parse nodes cannot build an object, so nothing can read such a body into an exception.
                        Report(DiagnosticDescriptors.NonJsonErrorResponse, response.Location, $"The {MediaTypeOf(response.Content[0].Key)} body of the error response '{response.StatusCode}'", "it surfaces as a plain ApiException with its status code");
                    }

                    continue;
                }

                if (json.Value is null)
                {
                    continue;
                }

                mediaTypes.Add(json.Key.ToLowerInvariant());

                // Kiota names an inline error after the operation's result when that is a named schema (Pet5XXError).
                var inlineName = (SuccessSchemaName(operation) ?? builderBase) + (isDefault ? "Default" : code) + "Error";
                // Kiota generates no wrapper for an inline union of an error; ours holds the value of the exception named inlineName.
                var type = IsNewInlineComposition(json.Value)
                    ? ResolveType(json.Value, node.Namespace, inlineName + "Value")
                    : ResolveType(json.Value, node.Namespace, inlineName, isError: true);
                if (type.Kind != TypeRefKind.Model || type.IsCollection || _composedTypes.Contains(type.TypeName!))
                {
                    type = ValueError(node.Namespace, inlineName, type, response);
                }

                if (isDefault)
                {
                    defaultType = type.TypeName;
                }
                else
                {
                    byCode[code] = type.TypeName!;
                }
            }

            if (defaultType is not null)
            {
                if (!byCode.ContainsKey("4XX"))
                {
                    byCode["4XX"] = defaultType;
                }

                if (!byCode.ContainsKey("5XX"))
                {
                    byCode["5XX"] = defaultType;
                }
            }

            if (byCode.TryGetValue("4XX", out var clientError) && byCode.TryGetValue("5XX", out var serverError) && clientError == serverError)
            {
                byCode.Remove("4XX");
                byCode.Remove("5XX");
                byCode["XXX"] = clientError;
            }

            return (byCode.Select(entry => new ErrorMappingSpec(entry.Key, entry.Value)).ToList(), mediaTypes);
        }

        /// <summary>
        /// The exception for an error body that is not an object, holding it in <c>Value</c>. Responses that share the
        /// name and the value's type (several operations of one path returning the same schema) share the class; where
        /// the response's own inline type took the name (Kiota's name for an inline enum), the class is <c>…ErrorException</c>.
        /// </summary>
        private TypeRef ValueError(string ns, string inlineName, TypeRef value, OpenApiResponse response)
        {
            if (!_valueErrors.TryGetValue((ns, inlineName, value), out var name))
            {
                name = ReserveTypeName(ns, value.TypeName == GlobalPrefix + ns + "." + inlineName ? inlineName + "Exception" : inlineName);
                _valueErrors[(ns, inlineName, value)] = name;
                _types.Add(new ValueErrorSpec(ns, name, Doc(response.Description, $"The {response.StatusCode} error response"), value));
            }

            return new TypeRef(TypeRefKind.Model, PrimitiveKind.None, GlobalPrefix + ns + "." + name, false);
        }

        private static bool IsSuccess(string statusCode) =>
            statusCode.Length == 3 && statusCode[0] == '2' &&
            (string.Equals(statusCode, "2XX", StringComparison.OrdinalIgnoreCase) || int.TryParse(statusCode, NumberStyles.None, CultureInfo.InvariantCulture, out _));

        private static bool IsJson(string mediaType)
        {
            var type = mediaType.Split(';')[0].Trim();
            return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
                   type.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ||
                   type.Equals("*/*", StringComparison.Ordinal);
        }
    }
}
