using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Parse.Yaml;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// Reads an OpenAPI 3.0/3.1 description (YAML or JSON) into an <see cref="OpenApiDocument"/>; a Swagger 2.0 one is
    /// read into the same model (see the <c>Swagger2</c> part). The only code that touches YamlDotNet. Problems become
    /// diagnostics with the file, line and column; what can still be read is kept.
    /// </summary>
    internal sealed partial class OpenApiDocumentParser
    {
        private const int MaxSchemaDepth = 64;
        private const int MaxReferenceHops = 64;
        private const int MaxParameterNameLength = 1024;

        // What a $ref is expected to lead to, in diagnostics.
        private const string SchemaObject = "a schema object";
        private const string ParameterObject = "a parameter object";
        private const string ResponseObject = "a response object";
        private const string RequestBodyObject = "a request body object";
        private const string PathItemObject = "a path item";
        private const string OperationObject = "an operation";

        private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

        private readonly string _path;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, YamlTreeMapping> _componentSchemas = new(StringComparer.Ordinal);

        // A $ref that lands on one of these nodes names a component schema: its type keeps the component's name.
        private readonly Dictionary<YamlTreeMapping, string> _componentSchemaNames = new();
        private readonly ReferencedFiles _files;
        private readonly string? _projectDirectory;

        // One tree per file however many references reach it (by normalized path); null for a file that could not be read.
        private readonly Dictionary<string, JsonPointerResolver?> _pointersByFile = new(StringComparer.Ordinal);

        // Schemas that other files hold get a component's name (the fragment's last segment, or the file's name) and are
        // read after the description's own components, in the order references first reach them.
        private readonly List<KeyValuePair<string, YamlTreeMapping>> _externalSchemas = new();
        private readonly HashSet<string> _externalSchemaNames = new(StringComparer.Ordinal);

        // Set while components that refer to other files are named, so that the schemas there take those names.
        private bool _namingComponents;

        // YAML aliases share one node; reading it once keeps "billion laughs" inputs linear.
        private readonly Dictionary<YamlTreeMapping, OpenApiSchema> _schemasByNode = new();

        // Every reference is resolved against the spelling of its file's path; there are few files and many references.
        private readonly Dictionary<string, string> _normalizedPaths = new(StringComparer.Ordinal);
        private readonly Dictionary<(string FromFile, string Relative), string> _resolvedPaths = new();
        private readonly Dictionary<string, string[]> _fragmentSegments = new(StringComparer.Ordinal);

        private OpenApiDocumentParser(string path, YamlTreeNode root, ReferencedFiles files, string? projectDirectory, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _path = path;
            _files = files;
            _projectDirectory = projectDirectory;
            _pointersByFile[ReferencePath.Normalize(path)] = new JsonPointerResolver(root);
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Parses <paramref name="content"/>, reading the files its relative <c>$ref</c>s reach from <paramref name="files"/>;
        /// returns null when nothing usable could be read.
        /// </summary>
        public static OpenApiDocument? Parse(string path, string content, ReferencedFiles files, string? projectDirectory, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnreadableFile,
                    new LocationInfo(path, 0, 0, 0, 0, 0, 0),
                    $"'{Path.GetFileName(path)}' is empty: an OpenAPI description needs at least 'openapi', 'info' and 'paths'"));
                return null;
            }

            var root = YamlTreeBuilder.Build(path, content, diagnostics, cancellationToken);
            if (root is null)
            {
                if (diagnostics.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnreadableFile,
                        new LocationInfo(path, 0, 0, 0, 0, 0, 0),
                        $"'{Path.GetFileName(path)}' holds no YAML document: an OpenAPI description needs at least 'openapi', 'info' and 'paths'"));
                }

                return null;
            }

            return new OpenApiDocumentParser(path, root, files, projectDirectory, diagnostics, cancellationToken).ParseRoot(root);
        }

        private OpenApiDocument? ParseRoot(YamlTreeNode rootNode)
        {
            if (rootNode is not YamlTreeMapping root)
            {
                Report(DiagnosticDescriptors.NotOpenApi, rootNode, "The top level of an OpenAPI description must be a mapping with 'openapi', 'info' and 'paths'");
                return null;
            }

            var version = Scalar(root, "openapi");
            if (version is null)
            {
                var swagger = Scalar(root, "swagger");
                if (swagger is not null && swagger.StartsWith("2.", StringComparison.Ordinal))
                {
                    return ParseSwagger2(root);
                }

                Report(
                    swagger is null ? DiagnosticDescriptors.NotOpenApi : DiagnosticDescriptors.UnsupportedVersion,
                    swagger is null ? root : Child(root, "swagger")!,
                    swagger is null
                    ? "The 'openapi' field is missing: add 'openapi: 3.1.0' (or a 3.0.x version) at the top level"
                    : $"Swagger {swagger} descriptions are not supported: use Swagger 2.0 or OpenAPI 3.0.x or 3.1.x");
                return null;
            }

            if (!version.StartsWith("3.", StringComparison.Ordinal))
            {
                Report(DiagnosticDescriptors.UnsupportedVersion, Child(root, "openapi")!, $"OpenAPI version '{version}' is not supported: use 3.0.x or 3.1.x");
                return null;
            }

            var document = new OpenApiDocument();
            IndexComponents(root);
            ReadServers(root, document);
            ReadSchemas(document);
            // 3.1 lets a description have webhooks or components and no paths.
            var pathsOptional = version.StartsWith("3.1", StringComparison.Ordinal) && (Child(root, "webhooks") is not null || Child(root, "components") is not null);
            ReadPaths(root, document, pathsOptional);
            ReadWebhooks(root, document);
            ReadExternalSchemas(document);
            return document;
        }

        private void IndexComponents(YamlTreeMapping root)
        {
            if (Child(root, "components") is not YamlTreeMapping components)
            {
                return;
            }

            Index(components, "schemas", _componentSchemas);
            Index(components, "parameters", null);
            Index(components, "responses", null);
            Index(components, "requestBodies", null);
            foreach (var entry in _componentSchemas)
            {
                // A YAML alias can make two components one node; the first name is the one a $ref to it gets.
                if (!_componentSchemaNames.ContainsKey(entry.Value))
                {
                    _componentSchemaNames.Add(entry.Value, entry.Key);
                }
            }

            NameComponentsFromOtherFiles();
        }

        /// <summary>
        /// A component that is only a <c>$ref</c> to another file (<c>Pet: {$ref: ./schemas/pet.yaml}</c>) gives the
        /// schema there its name, so that every reference to that schema, from any file, is the one type <c>Pet</c>.
        /// </summary>
        private void NameComponentsFromOtherFiles()
        {
            foreach (var entry in _componentSchemas.ToList())
            {
                if (entry.Value.Entries.Length != 1 || Child(entry.Value, "$ref") is not YamlTreeScalar { Value: var reference } || reference.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                _namingComponents = true;
                var target = FollowReferences(entry.Value, SchemaObject, IsComponentSchema);
                _namingComponents = false;
                if (target is null)
                {
                    // Reported once here: reading the component again would report the same reference twice.
                    _schemasByNode[entry.Value] = new OpenApiSchema(LocationOf(entry.Value));
                }
                else if (!IsComponentSchema(target))
                {
                    _componentSchemaNames.Add(target, entry.Key);
                    _componentSchemas[entry.Key] = target;
                }
            }
        }

        /// <summary>Reads the schemas of other files that references reached, including those reached while reading them.</summary>
        private void ReadExternalSchemas(OpenApiDocument document)
        {
            for (var i = 0; i < _externalSchemas.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var entry = _externalSchemas[i];
                document.Schemas.Add(new KeyValuePair<string, OpenApiSchema>(entry.Key, ReadSchema(entry.Value, 0)));
            }
        }

        /// <summary>Checks that each entry of a components section is an object, and keeps them by name in <paramref name="target"/>.</summary>
        private void Index(YamlTreeMapping components, string section, Dictionary<string, YamlTreeMapping>? target, string prefix = "components.")
        {
            var node = Child(components, section);
            if (node is null)
            {
                return;
            }

            if (node is not YamlTreeMapping map)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, node, $"'{prefix}{section}' must be a mapping of names to objects");
                return;
            }

            foreach (var entry in map.Entries)
            {
                if (entry.Key is YamlTreeScalar { Value: { } name } && entry.Value is YamlTreeMapping value)
                {
                    if (target is not null)
                    {
                        target[name] = value;
                    }
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, entry.Value, $"Each entry of '{prefix}{section}' must be an object");
                }
            }
        }

        private void ReadServers(YamlTreeMapping root, OpenApiDocument document)
        {
            if (Child(root, "servers") is not YamlTreeSequence servers)
            {
                return;
            }

            foreach (var server in servers.Items)
            {
                if (server is not YamlTreeMapping serverMap || Scalar(serverMap, "url") is not { } url)
                {
                    Report(DiagnosticDescriptors.ServerWithoutUrl, server, "Each entry of 'servers' needs a 'url'");
                    continue;
                }

                document.ServerUrls.Add(SubstituteServerVariables(serverMap, url));
            }
        }

        private static string SubstituteServerVariables(YamlTreeMapping server, string url)
        {
            if (Child(server, "variables") is not YamlTreeMapping variables)
            {
                return url;
            }

            foreach (var variable in variables.Entries)
            {
                if (variable.Key is YamlTreeScalar { Value: { } name } && variable.Value is YamlTreeMapping definition && Scalar(definition, "default") is { } value)
                {
                    url = url.Replace("{" + name + "}", value);
                }
            }

            return url;
        }

        private void ReadSchemas(OpenApiDocument document)
        {
            foreach (var entry in _componentSchemas)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                document.Schemas.Add(new KeyValuePair<string, OpenApiSchema>(entry.Key, ReadSchema(entry.Value, 0)));
            }
        }

        private void ReadWebhooks(YamlTreeMapping root, OpenApiDocument document)
        {
            var webhooksNode = Child(root, "webhooks");
            if (webhooksNode is null)
            {
                return;
            }

            if (webhooksNode is not YamlTreeMapping webhooks)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, webhooksNode, "'webhooks' must be a mapping of names to path items");
                return;
            }

            foreach (var entry in webhooks.Entries)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (entry.Key is YamlTreeScalar { Value: { } name } && entry.Value is YamlTreeMapping webhook)
                {
                    document.Webhooks.Add(ReadPathItem(name, webhook));
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, entry.Value, "Each entry of 'webhooks' must be a path item: a mapping of operations");
                }
            }
        }

        private void ReadPaths(YamlTreeMapping root, OpenApiDocument document, bool optional)
        {
            var pathsNode = Child(root, "paths");
            if (pathsNode is null && optional)
            {
                return;
            }

            if (pathsNode is null)
            {
                Report(DiagnosticDescriptors.MissingPaths, root, "The 'paths' field is missing: add the API's paths, or 'paths: {}' for none");
                return;
            }

            if (pathsNode is not YamlTreeMapping paths)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, pathsNode, "'paths' must be a mapping of paths to path items");
                return;
            }

            foreach (var entry in paths.Entries)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (entry.Key is not YamlTreeScalar { Value: { } path } || !path.StartsWith("/", StringComparison.Ordinal))
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, entry.Key, "Each key of 'paths' must be a path starting with '/'");
                    continue;
                }

                if (entry.Value is not YamlTreeMapping pathNode)
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, entry.Value, $"The path item '{path}' must be a mapping of operations");
                    continue;
                }

                var pathItem = ReadPathItem(path, pathNode);
                pathItem.KeyLocation = LocationOf(entry.Key);
                document.Paths.Add(pathItem);
            }
        }

        private OpenApiPathItem ReadPathItem(string path, YamlTreeMapping written)
        {
            var item = new OpenApiPathItem(path, LocationOf(written));
            // A path item given as a $ref (often a file of its own) is the object it refers to; OpenAPI 3.1 lets the
            // reference override its summary and description.
            var node = FollowReferences(written, PathItemObject);
            if (node is null)
            {
                return item;
            }

            item.Description = Scalar(written, "description") ?? Scalar(written, "summary") ?? Scalar(node, "description") ?? Scalar(node, "summary");
            // Swagger 2.0 path items may hold body and form parameters too; each operation takes them into its body.
            var pathBodyParameters = new List<(YamlTreeNode At, YamlTreeMapping Map)>();
            if (_swagger2)
            {
                ReadSwagger2Parameters(node, item.Parameters, pathBodyParameters);
            }
            else
            {
                ReadParameters(node, item.Parameters);
            }

            foreach (var entry in node.Entries)
            {
                if (entry.Key is not YamlTreeScalar { Value: { } key } || Array.IndexOf(HttpMethods, key) < 0)
                {
                    continue;
                }

                if (entry.Value is not YamlTreeMapping operationNode)
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, entry.Value, $"The operation '{key} {path}' must be a mapping");
                    continue;
                }

                // An operation given as a $ref is the operation it refers to; one that leads nowhere was reported.
                if (FollowReferences(operationNode, OperationObject) is { } operation)
                {
                    item.Operations.Add(ReadOperation(key, operation, pathBodyParameters));
                }
            }

            return item;
        }

        private OpenApiOperation ReadOperation(string method, YamlTreeMapping node, List<(YamlTreeNode At, YamlTreeMapping Map)> pathBodyParameters)
        {
            var operation = new OpenApiOperation(method, LocationOf(node))
            {
                OperationId = Scalar(node, "operationId"),
                Summary = Scalar(node, "summary"),
                Description = Scalar(node, "description"),
                Deprecated = Boolean(node, "deprecated"),
            };
            if (Child(node, "externalDocs") is YamlTreeMapping externalDocs)
            {
                operation.ExternalDocsUrl = Scalar(externalDocs, "url");
            }

            if (Child(node, "callbacks") is { } callbacks)
            {
                Report(DiagnosticDescriptors.Callbacks, callbacks, "Callbacks", "the client sends requests only; handle callback requests in your server");
            }

            if (_swagger2)
            {
                var bodyParameters = new List<(YamlTreeNode At, YamlTreeMapping Map)>();
                ReadSwagger2Parameters(node, operation.Parameters, bodyParameters);
                operation.RequestBody = ReadSwagger2Body(node, pathBodyParameters, bodyParameters);
            }
            else
            {
                ReadParameters(node, operation.Parameters);
                if (Child(node, "requestBody") is { } body)
                {
                    operation.RequestBody = ReadRequestBody(body);
                }
            }

            if (Child(node, "responses") is YamlTreeMapping responses)
            {
                foreach (var entry in responses.Entries)
                {
                    if (entry.Key is YamlTreeScalar { Value: { } code } && ReadResponse(code, entry.Value, node) is { } response)
                    {
                        operation.Responses.Add(response);
                    }
                }
            }

            return operation;
        }

        private void ReadParameters(YamlTreeMapping owner, List<OpenApiParameter> target)
        {
            var node = Child(owner, "parameters");
            if (node is null)
            {
                return;
            }

            if (node is not YamlTreeSequence parameters)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, node, "'parameters' must be a list");
                return;
            }

            foreach (var parameterNode in parameters.Items)
            {
                if (ReadParameter(parameterNode) is { } parameter)
                {
                    target.Add(parameter);
                }
            }
        }

        /// <summary>
        /// A parameter name is repeated in every URL template, query class and doc of the operations that use it: one
        /// megabyte-long name made a hundred megabytes of C#. No real name comes near the limit.
        /// </summary>
        private bool IsParameterNameWithinLimit(YamlTreeMapping map, string name)
        {
            if (name.Length <= MaxParameterNameLength)
            {
                return true;
            }

            Report(DiagnosticDescriptors.GeneratorLimit, Child(map, "name") ?? map, $"A parameter name longer than {MaxParameterNameLength:N0} characters", "shorten the name; the parameter was not generated");
            return false;
        }

        private OpenApiParameter? ReadParameter(YamlTreeNode node)
        {
            var map = ResolveObject(node, "parameters", ParameterObject);
            if (map is null)
            {
                return null;
            }

            var name = Scalar(map, "name");
            var location = Scalar(map, "in");
            if (name is null || location is null)
            {
                Report(DiagnosticDescriptors.ParameterWithoutNameOrIn, map, "A parameter needs both 'name' and 'in'");
                return null;
            }

            if (!IsParameterNameWithinLimit(map, name))
            {
                return null;
            }

            var parameter = new OpenApiParameter(name, location, LocationOf(node))
            {
                Required = Boolean(map, "required"),
                Deprecated = Boolean(map, "deprecated"),
                Description = Scalar(map, "description"),
                Style = Scalar(map, "style"),
            };
            if (Scalar(map, "explode") is { } explode)
            {
                parameter.Explode = string.Equals(explode, "true", StringComparison.OrdinalIgnoreCase);
            }

            if (Child(map, "schema") is YamlTreeMapping schema)
            {
                parameter.Schema = ReadSchema(schema, 0);
            }
            else if (Child(map, "content") is not null)
            {
                Report(DiagnosticDescriptors.ParameterContent, map, "A parameter described with 'content'", $"'{name}' is sent as a string");
            }

            ReadExtensions(map, parameter.Extensions);
            return parameter;
        }

        private OpenApiRequestBody? ReadRequestBody(YamlTreeNode node)
        {
            var map = ResolveObject(node, "requestBody", RequestBodyObject);
            if (map is null)
            {
                return null;
            }

            var body = new OpenApiRequestBody(LocationOf(node))
            {
                Description = Scalar(map, "description"),
                Required = Boolean(map, "required"),
            };
            ReadContent(map, body.Content);
            return body;
        }

        private OpenApiResponse? ReadResponse(string code, YamlTreeNode node, YamlTreeMapping operation)
        {
            var map = ResolveObject(node, "responses", ResponseObject);
            if (map is null)
            {
                return null;
            }

            var response = new OpenApiResponse(code, LocationOf(node)) { Description = Scalar(map, "description") };
            if (_swagger2)
            {
                ReadSwagger2ResponseContent(map, operation, response.Content);
            }
            else
            {
                ReadContent(map, response.Content);
            }

            return response;
        }

        private void ReadContent(YamlTreeMapping owner, List<KeyValuePair<string, OpenApiSchema?>> target)
        {
            if (Child(owner, "content") is not YamlTreeMapping content)
            {
                return;
            }

            foreach (var entry in content.Entries)
            {
                if (entry.Key is not YamlTreeScalar { Value: { } mediaType })
                {
                    continue;
                }

                var schema = entry.Value is YamlTreeMapping media && Child(media, "schema") is YamlTreeMapping schemaNode
                ? ReadSchema(schemaNode, 0)
                : null;
                target.Add(new KeyValuePair<string, OpenApiSchema?>(mediaType, schema));
            }
        }

        private OpenApiSchema ReadSchema(YamlTreeMapping node, int depth)
        {
            if (_schemasByNode.TryGetValue(node, out var known))
            {
                return known;
            }

            YamlTreeMapping? target = null;
            if (Child(node, "$ref") is not null)
            {
                target = FollowReferences(node, SchemaObject, IsComponentSchema);
                if (target is not null && !IsComponentSchema(target))
                {
                    // A $ref into the middle of the description is the schema found there, one object however it is
                    // reached: the binder makes it one type, and a cycle through it closes instead of recursing.
                    var pointed = ReadSchema(target, depth);
                    pointed.IsPointerTarget = true;
                    _schemasByNode[node] = pointed;
                    return pointed;
                }
            }

            var schema = new OpenApiSchema(LocationOf(node));
            _schemasByNode[node] = schema;
            if (depth > MaxSchemaDepth)
            {
                Report(DiagnosticDescriptors.GeneratorLimit, node, $"Inline schemas nested deeper than {MaxSchemaDepth} levels", "the nested schema is treated as untyped; move it to components/schemas and use $ref");
                return schema;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (Child(node, "$ref") is not null)
            {
                schema.ReferenceName = target is null ? null : _componentSchemaNames[target];
                schema.Description = Scalar(node, "description");
                return schema;
            }

            ReadType(node, schema);
            schema.Format = Scalar(node, "format") ?? schema.Format;
            schema.Title = Scalar(node, "title");
            schema.Description = Scalar(node, "description");
            schema.Deprecated = Boolean(node, "deprecated");
            schema.ReadOnly = Boolean(node, "readOnly");
            schema.WriteOnly = Boolean(node, "writeOnly");
            schema.Nullable |= Boolean(node, "nullable") || (_swagger2 && Boolean(node, "x-nullable"));
            schema.Default = ReadDefault(node, schema);
            ReadEnum(node, schema);

            if (Child(node, "properties") is YamlTreeMapping properties)
            {
                var read = new List<KeyValuePair<string, OpenApiSchema>>(properties.Entries.Length);
                foreach (var entry in properties.Entries)
                {
                    if (entry.Key is YamlTreeScalar { Value: { } name } && entry.Value is YamlTreeMapping propertyNode)
                    {
                        var property = ReadSchema(propertyNode, depth + 1);
                        if (Child(propertyNode, "$ref") is null && property.HomeParent is null)
                        {
                            property.HomeParent = schema;
                            property.HomeProperty = name;
                        }

                        read.Add(new KeyValuePair<string, OpenApiSchema>(name, property));
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.WrongNodeKind, entry.Value, "Each property of 'properties' must be a schema object");
                    }
                }

                schema.Properties = read;
            }

            if (Child(node, "required") is YamlTreeScalar requiredScalar && !IsNull(requiredScalar))
            {
                // Swagger 2.0's and parameters' required: true does not apply to a schema, whose required lists names.
                Report(DiagnosticDescriptors.ListExpected, requiredScalar, $"A schema's 'required' lists the names of its required properties (required: [name]), not '{requiredScalar.Value}'; to make this property required, list its name in the parent schema's 'required'. It was ignored");
            }
            else if (Child(node, "required") is YamlTreeSequence required)
            {
                foreach (var item in required.Items)
                {
                    if (item is YamlTreeScalar { Value: { } name })
                    {
                        schema.AddRequired(name);
                    }
                }
            }

            if (Child(node, "items") is { } items)
            {
                if (items is YamlTreeMapping itemsMap)
                {
                    schema.Items = ReadSchema(itemsMap, depth + 1);
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, items, "'items' must be a schema object");
                }
            }

            switch (Child(node, "additionalProperties"))
            {
                case YamlTreeMapping additional:
                    schema.AdditionalProperties = ReadSchema(additional, depth + 1);
                    break;
                case YamlTreeScalar { Value: "false" }:
                    schema.AdditionalPropertiesForbidden = true;
                    break;
            }

            if (Child(node, "not") is { } not)
            {
                Report(DiagnosticDescriptors.NotKeyword, not, "The 'not' keyword", "values are not checked against it");
            }

            ReadDiscriminator(node, schema);
            schema.AllOf = ReadComposition(node, "allOf", schema.AllOf, depth);
            schema.OneOf = ReadComposition(node, "oneOf", schema.OneOf, depth);
            schema.AnyOf = ReadComposition(node, "anyOf", schema.AnyOf, depth);
            return schema;
        }

        private void ReadType(YamlTreeMapping node, OpenApiSchema schema)
        {
            switch (Child(node, "type"))
            {
                case YamlTreeScalar scalar when IsNull(scalar):
                    break;
                case YamlTreeScalar { Value: "file" } when _swagger2:
                    // Swagger 2.0's file (a form field or a response body) is binary content.
                    schema.Type = "string";
                    schema.Format = "binary";
                    break;
                case YamlTreeScalar scalar:
                    schema.Type = KnownType(scalar);
                    break;
                case YamlTreeSequence types:
                    var variants = new List<string>();
                    foreach (var type in types.Items)
                    {
                        if (type is YamlTreeScalar { Value: "null" })
                        {
                            schema.Nullable = true;
                        }
                        else if (type is YamlTreeScalar { Value: { } } known && KnownType(known) is { } value)
                        {
                            if (schema.Type is null)
                            {
                                schema.Type = value;
                            }
                            else
                            {
                                // type: [string, integer] is a oneOf of single-type schemas.
                                variants.Add(value);
                            }
                        }
                    }

                    if (variants.Count > 0)
                    {
                        variants.Insert(0, schema.Type!);
                        schema.Type = null;
                        var oneOf = new List<OpenApiSchema>(schema.OneOf);
                        foreach (var variant in variants)
                        {
                            oneOf.Add(new OpenApiSchema(LocationOf(types)) { Type = variant });
                        }

                        schema.OneOf = oneOf;
                    }

                    break;
            }
        }

        private static readonly string[] SchemaTypes = { "string", "number", "integer", "boolean", "array", "object", "null" };

        /// <summary>The type named by <paramref name="scalar"/>, or null after a UGEN041 when it is not a JSON Schema type.</summary>
        private string? KnownType(YamlTreeScalar scalar)
        {
            var value = scalar.Value ?? string.Empty;
            if (Array.IndexOf(SchemaTypes, value) >= 0)
            {
                return value;
            }

            var closest = SchemaTypes.OrderBy(type => EditDistance(type, value.ToLowerInvariant())).First();
            var advice = EditDistance(closest, value.ToLowerInvariant()) <= 2
                ? $"'{closest}'"
                : "one of " + string.Join(", ", SchemaTypes.Take(SchemaTypes.Length - 1)) + " or null";
            Report(DiagnosticDescriptors.UnknownSchemaType, scalar, value, advice);
            return null;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }

        /// <summary>A default that is no value of its type is reported (UGEN043) and dropped, not generated as code that does not compile.</summary>
        private string? ReadDefault(YamlTreeMapping node, OpenApiSchema schema)
        {
            if (Child(node, "default") is not YamlTreeScalar defaultNode || defaultNode.Value is not { } value || IsNull(defaultNode))
            {
                return null;
            }

            var expected = schema.Type switch
            {
                "integer" when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => "an integer",
                "number" when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => "a number",
                "boolean" when value is not ("true" or "false") => "true or false",
                _ => null,
            };
            if (expected is null)
            {
                return value;
            }

            Report(DiagnosticDescriptors.DefaultDoesNotFitType, defaultNode, value, expected);
            return null;
        }

        private void ReadEnum(YamlTreeMapping node, OpenApiSchema schema)
        {
            // OpenAPI 3.1's const is a value of its type, as Kiota reads it (a string property, not a one-member enum); an
            // untyped const takes the type its value is written in.
            if (Child(node, "const") is YamlTreeScalar constant && !IsNull(constant) && constant.Value is { } constantValue)
            {
                schema.Type ??= constantValue is "true" or "false" ? "boolean"
                    : long.TryParse(constantValue, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _) ? "integer"
                    : double.TryParse(constantValue, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? "number"
                    : "string";
            }

            var enumNode = Child(node, "enum");
            if (enumNode is YamlTreeScalar single && !IsNull(single) && single.Value is { } only)
            {
                // enum: cat is most likely enum: [cat]; read it so, and say how to write it.
                Report(DiagnosticDescriptors.ListExpected, single, $"'enum' must be a list of values: write 'enum: [{only}]'; it was read as that one value");
                schema.EnumValues = new List<string> { only };
                return;
            }

            if (enumNode is not YamlTreeSequence values)
            {
                return;
            }

            schema.EnumValues = new List<string>();
            foreach (var value in values.Items)
            {
                if (value is YamlTreeScalar scalar && scalar.Value is { } text)
                {
                    if (IsNull(scalar))
                    {
                        schema.Nullable = true;
                    }
                    else
                    {
                        schema.EnumValues.Add(text);
                    }
                }
            }
        }

        private void ReadDiscriminator(YamlTreeMapping node, OpenApiSchema schema)
        {
            if (_swagger2)
            {
                // Swagger 2.0's discriminator is the property's name alone; subtypes are found through allOf.
                schema.DiscriminatorProperty = Scalar(node, "discriminator");
                return;
            }

            if (Child(node, "discriminator") is not YamlTreeMapping discriminator)
            {
                return;
            }

            schema.DiscriminatorProperty = Scalar(discriminator, "propertyName");
            if (Child(discriminator, "mapping") is not YamlTreeMapping mapping)
            {
                return;
            }

            var mappings = new List<KeyValuePair<string, string>>(mapping.Entries.Length);
            schema.DiscriminatorMapping = mappings;
            foreach (var entry in mapping.Entries)
            {
                if (entry.Value is not YamlTreeScalar { IsNull: false } target)
                {
                    continue;
                }

                // A mapping value is a $ref or, as the specification allows, a bare schema name.
                if (!target.Value.StartsWith("#", StringComparison.Ordinal) && !target.Value.Contains("/"))
                {
                    if (_componentSchemas.ContainsKey(target.Value))
                    {
                        mappings.Add(new KeyValuePair<string, string>(entry.Key.Value, target.Value));
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.UnresolvedReference, target, target.Value, $"'components.schemas' has no '{target.Value}'; define it or correct the name");
                    }

                    continue;
                }

                var resolved = ResolveReference(target, SchemaObject);
                var landed = resolved is null || IsComponentSchema(resolved) ? resolved : FollowReferences(resolved, SchemaObject, IsComponentSchema);
                if (landed is not null && _componentSchemaNames.TryGetValue(landed, out var name))
                {
                    mappings.Add(new KeyValuePair<string, string>(entry.Key.Value, name));
                }
                else if (landed is not null)
                {
                    // The mapping picks a generated class, and only a component schema is sure to be one.
                    Report(DiagnosticDescriptors.GeneratorLimit, target, $"A discriminator mapping to '{target.Value}', which is not a component schema", $"the value '{entry.Key.Value}' is not mapped; refer to a schema in components.schemas");
                }
            }
        }

        /// <summary>The members of <paramref name="keyword"/>, or <paramref name="none"/> when the schema has none.</summary>
        private IReadOnlyList<OpenApiSchema> ReadComposition(YamlTreeMapping node, string keyword, IReadOnlyList<OpenApiSchema> none, int depth)
        {
            if (Child(node, keyword) is not YamlTreeSequence members)
            {
                return none;
            }

            var read = new List<OpenApiSchema>(members.Items.Length);
            foreach (var member in members.Items)
            {
                if (member is YamlTreeMapping memberMap)
                {
                    read.Add(ReadSchema(memberMap, depth + 1));
                }
            }

            return read;
        }

        private static void ReadExtensions(YamlTreeMapping node, Dictionary<string, string> target)
        {
            foreach (var entry in node.Entries)
            {
                if (entry.Key is YamlTreeScalar { Value: { } key } && key.StartsWith("x-", StringComparison.Ordinal) && entry.Value is YamlTreeScalar { Value: { } value })
                {
                    target[key] = value;
                }
            }
        }

        private bool IsComponentSchema(YamlTreeMapping node) => _componentSchemaNames.ContainsKey(node);

        /// <summary>
        /// <paramref name="node"/> as an object of <paramref name="section"/>, its <c>$ref</c>s followed; null after a
        /// diagnostic when it is not an object or its references lead nowhere.
        /// </summary>
        private YamlTreeMapping? ResolveObject(YamlTreeNode node, string section, string expected)
        {
            if (node is not YamlTreeMapping map)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, node, $"Expected an object (an entry of '{section}') here");
                return null;
            }

            return FollowReferences(map, expected);
        }

        /// <summary>
        /// Follows <c>$ref</c>s from <paramref name="node"/> to the first object that is no reference, or that
        /// <paramref name="stopAt"/> accepts (a component schema, which keeps its name); <paramref name="node"/> itself
        /// when it is no reference. Null after a diagnostic: a reference that resolves to nothing, to something other
        /// than an object, to another file, or back to itself.
        /// </summary>
        private YamlTreeMapping? FollowReferences(YamlTreeMapping node, string expected, Func<YamlTreeMapping, bool>? stopAt = null)
        {
            // Followed in a loop, not recursively: a long chain of references must not exhaust the stack.
            var seen = new HashSet<YamlTreeMapping>();
            var current = node;
            while (Child(current, "$ref") is { } reference)
            {
                if (!seen.Add(current))
                {
                    Report(DiagnosticDescriptors.ReferenceCycle, reference, $"$ref '{(reference as YamlTreeScalar)?.Value}' refers back to itself; break the reference cycle");
                    return null;
                }

                if (seen.Count > MaxReferenceHops)
                {
                    Report(DiagnosticDescriptors.ReferenceCycle, reference, $"More than {MaxReferenceHops} $refs in a row lead here; refer to the final object directly");
                    return null;
                }

                var target = ResolveReference(reference, expected);
                if (target is null || stopAt?.Invoke(target) == true)
                {
                    return target;
                }

                current = target;
            }

            return current;
        }

        /// <summary>The object one <c>$ref</c> value names in this description; null after a diagnostic.</summary>
        private YamlTreeMapping? ResolveReference(YamlTreeNode reference, string expected)
        {
            if (reference is not YamlTreeScalar { IsNull: false, Value: var text })
            {
                Report(DiagnosticDescriptors.WrongNodeKind, reference, "A '$ref' must be a reference such as '#/components/schemas/Pet'");
                return null;
            }

            if (ReferencePath.IsRemote(text))
            {
                Report(DiagnosticDescriptors.ExternalReference, reference, text);
                return null;
            }

            var (file, fragment) = ReferencePath.Split(text);
            if (fragment != "#" && !fragment.StartsWith("#/", StringComparison.Ordinal))
            {
                // OpenAPI 3.1 lets a schema name itself with $anchor and be referred to as '#name'.
                Report(DiagnosticDescriptors.GeneratorLimit, reference, $"The plain-name reference '{text}' (to a schema's $anchor)", "refer to the schema with a JSON pointer such as '#/components/schemas/Pet'");
                return null;
            }

            // A reference without a file part is local to the file it is written in, which need not be the root.
            var filePath = file.Length == 0 ? NormalizedPath(reference.Path) : ResolvedPath(reference.Path, file);
            var pointers = PointersFor(filePath, text, reference);
            if (pointers is null)
            {
                return null;
            }

            var isRoot = filePath == NormalizedPath(_path);
            var node = pointers.Resolve(fragment, out var problem);
            if (node is null)
            {
                var where = isRoot ? problem : problem.Replace("the description", $"'{System.IO.Path.GetFileName(filePath)}'");
                Report(DiagnosticDescriptors.UnresolvedReference, reference, text, where + "; define it or correct the reference");
                return null;
            }

            var segments = FragmentSegments(fragment);
            var kind = node switch
            {
                YamlTreeScalar scalar => $"a single value ('{Shorten(scalar.Value)}')",
                YamlTreeSequence => "a list",
                // A whole file other than the root is whatever the reference expects: a schema, a path item, an operation.
                _ when !isRoot && segments.Length == 0 => expected,
                _ => (_swagger2 ? Swagger2KindAt(segments) : KindAt(segments)) ?? expected,
            };
            if (kind != expected || node is not YamlTreeMapping map)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, reference, $"$ref '{text}' points at {kind}, not {expected}; correct the reference");
                return null;
            }

            if (!isRoot && !_namingComponents && expected == SchemaObject && Child(map, "$ref") is null && !IsComponentSchema(map))
            {
                NameExternalSchema(map, segments.Length == 0 ? System.IO.Path.GetFileNameWithoutExtension(filePath) : segments[segments.Length - 1]);
            }

            return map;
        }

        private string NormalizedPath(string path)
        {
            if (!_normalizedPaths.TryGetValue(path, out var normalized))
            {
                normalized = ReferencePath.Normalize(path);
                _normalizedPaths.Add(path, normalized);
            }

            return normalized;
        }

        private string[] FragmentSegments(string fragment)
        {
            if (!_fragmentSegments.TryGetValue(fragment, out var segments))
            {
                segments = JsonPointerResolver.Segments(fragment);
                _fragmentSegments.Add(fragment, segments);
            }

            return segments;
        }

        private string ResolvedPath(string fromFile, string relative)
        {
            if (!_resolvedPaths.TryGetValue((fromFile, relative), out var resolved))
            {
                resolved = ReferencePath.Resolve(fromFile, relative);
                _resolvedPaths.Add((fromFile, relative), resolved);
            }

            return resolved;
        }

        /// <summary>
        /// The pointer resolver of the file at <paramref name="filePath"/>, its text read and parsed the first time a
        /// reference reaches it; null after a diagnostic when it is no AdditionalFiles item or cannot be read.
        /// </summary>
        private JsonPointerResolver? PointersFor(string filePath, string text, YamlTreeNode reference)
        {
            if (_pointersByFile.TryGetValue(filePath, out var known))
            {
                return known;
            }

            if (_files.Find(filePath) is not { } file)
            {
                Report(DiagnosticDescriptors.ReferencedFileNotAdded, reference, text, filePath, ReferencePath.IncludeFor(filePath, _projectDirectory));
                return null;
            }

            JsonPointerResolver? pointers = null;
            var tree = file.Tree(_cancellationToken);
            _diagnostics.AddRange(tree.Diagnostics);
            if (tree.IsEmpty)
            {
                Report(DiagnosticDescriptors.UnreadableFile, reference, $"'{System.IO.Path.GetFileName(file.Path)}', which $ref '{text}' refers to, could not be read or is empty");
            }
            else if (tree.Root is { } root)
            {
                pointers = new JsonPointerResolver(root);
            }

            _pointersByFile[filePath] = pointers;
            return pointers;
        }

        /// <summary>Gives a schema of another file a component's name, unique among the components.</summary>
        private void NameExternalSchema(YamlTreeMapping schema, string baseName)
        {
            var name = baseName.Length == 0 ? "Schema" : baseName;
            for (var i = 2; _componentSchemas.ContainsKey(name) || _externalSchemaNames.Contains(name); i++)
            {
                name = baseName + i.ToString(CultureInfo.InvariantCulture);
            }

            _externalSchemaNames.Add(name);
            _componentSchemaNames.Add(schema, name);
            _externalSchemas.Add(new KeyValuePair<string, YamlTreeMapping>(name, schema));
        }

        /// <summary>What the object at a pointer is by its place alone (a component section's entry, a path item), or null.</summary>
        private static string? KindAt(string[] segments)
        {
            if (segments.Length == 0)
            {
                return "the whole description";
            }

            if (segments.Length == 3 && segments[0] == "components")
            {
                return segments[1] switch
                {
                    "schemas" => SchemaObject,
                    "parameters" => ParameterObject,
                    "responses" => ResponseObject,
                    "requestBodies" => RequestBodyObject,
                    "headers" => "a header object",
                    "pathItems" => "a path item",
                    "examples" => "an example object",
                    "links" => "a link object",
                    "callbacks" => "a callback object",
                    "securitySchemes" => "a security scheme",
                    _ => null,
                };
            }

            if (segments[0] == "paths" && segments.Length == 2)
            {
                return "a path item";
            }

            return segments[0] == "paths" && segments.Length == 3 && Array.IndexOf(HttpMethods, segments[2]) >= 0 ? "an operation" : null;
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlTreeNode node, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationOf(node), arguments));

        private LocationInfo LocationOf(YamlTreeNode node) => YamlLocation.Of(node.Path, node);

        private static YamlTreeNode? Child(YamlTreeMapping node, string key) => node[key];

        private static string? Scalar(YamlTreeMapping node, string key) =>
        Child(node, key) is YamlTreeScalar scalar && !IsNull(scalar) ? scalar.Value : null;

        private static bool Boolean(YamlTreeMapping node, string key) =>
        string.Equals(Scalar(node, key), "true", StringComparison.OrdinalIgnoreCase);

        private static bool IsNull(YamlTreeScalar scalar) => scalar.IsNull;
    }
}
