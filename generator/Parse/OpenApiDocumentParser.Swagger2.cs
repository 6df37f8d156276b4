using System;
using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Parse.Yaml;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// Swagger 2.0: read into the same model as OpenAPI 3, as Microsoft.OpenApi (and so Kiota) converts it. The server
    /// is host, basePath and the first scheme; body and formData parameters become the request body, in the media types
    /// of <c>consumes</c>; a response's <c>schema</c> is its content in each media type of <c>produces</c>; a
    /// parameter's own type, format, items, enum and default are its schema; <c>collectionFormat</c> is a query style.
    /// </summary>
    internal sealed partial class OpenApiDocumentParser
    {
        private const string FormMediaType = "application/x-www-form-urlencoded";
        private const string MultipartMediaType = "multipart/form-data";

        // Not an OpenAPI 3 style: 3.0 has no tab-separated arrays, so Microsoft.OpenApi cannot convert tsv (Kiota fails).
        internal const string TabDelimitedStyle = "tabDelimited";

        private bool _swagger2;
        private List<string>? _consumes;
        private List<string>? _produces;

        // A shared response (#/responses/X) is read once per operation; its missing produces is reported once.
        private readonly HashSet<YamlTreeMapping> _reportedWithoutProduces = new();

        private OpenApiDocument ParseSwagger2(YamlTreeMapping root)
        {
            _swagger2 = true;
            var document = new OpenApiDocument { IsSwagger2 = true };
            Index(root, "definitions", _componentSchemas, string.Empty);
            Index(root, "parameters", null, string.Empty);
            Index(root, "responses", null, string.Empty);
            foreach (var entry in _componentSchemas)
            {
                if (!_componentSchemaNames.ContainsKey(entry.Value))
                {
                    _componentSchemaNames.Add(entry.Value, entry.Key);
                }
            }

            NameComponentsFromOtherFiles();
            ReadSwagger2Server(root, document);
            _consumes = MediaTypes(root, "consumes");
            _produces = MediaTypes(root, "produces");
            ReadSchemas(document);
            ReadPaths(root, document, optional: false);
            ReadExternalSchemas(document);
            return document;
        }

        private void ReadSwagger2Server(YamlTreeMapping root, OpenApiDocument document)
        {
            var host = Scalar(root, "host");
            var basePath = Scalar(root, "basePath");
            if (host is null && basePath is null)
            {
                return;
            }

            // As Microsoft.OpenApi does, the first scheme is the client's; without schemes, HTTPS.
            var scheme = Child(root, "schemes") is YamlTreeSequence schemes && schemes.Items.OfType<YamlTreeScalar>().FirstOrDefault(item => !item.IsNull) is { } first
                ? first.Value
                : "https";
            document.ServerUrls.Add(host is null ? basePath! : scheme + "://" + host + (basePath ?? string.Empty));
        }

        /// <summary>A <c>consumes</c> or <c>produces</c> list; null when absent.</summary>
        private List<string>? MediaTypes(YamlTreeMapping owner, string key)
        {
            var node = Child(owner, key);
            if (node is null)
            {
                return null;
            }

            if (node is not YamlTreeSequence list)
            {
                Report(DiagnosticDescriptors.WrongNodeKind, node, $"'{key}' must be a list of media types");
                return null;
            }

            return list.Items.OfType<YamlTreeScalar>().Where(item => !item.IsNull).Select(item => item.Value).ToList();
        }

        /// <summary>
        /// Reads <paramref name="owner"/>'s parameters: path, query and header ones into <paramref name="target"/>, body
        /// and formData ones (resolved, with where each is written) into <paramref name="bodyParameters"/>.
        /// </summary>
        private void ReadSwagger2Parameters(YamlTreeMapping owner, List<OpenApiParameter> target, List<(YamlTreeNode At, YamlTreeMapping Map)> bodyParameters)
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
                var map = ResolveObject(parameterNode, "parameters", ParameterObject);
                if (map is null)
                {
                    continue;
                }

                var name = Scalar(map, "name");
                var location = Scalar(map, "in");
                if (name is null || location is null)
                {
                    Report(DiagnosticDescriptors.ParameterWithoutNameOrIn, map, "A parameter needs both 'name' and 'in'");
                    continue;
                }

                if (!IsParameterNameWithinLimit(map, name))
                {
                    continue;
                }

                if (location is "body" or "formData")
                {
                    bodyParameters.Add((parameterNode, map));
                    continue;
                }

                var parameter = new OpenApiParameter(name, location, LocationOf(parameterNode))
                {
                    Required = Boolean(map, "required"),
                    Description = Scalar(map, "description"),
                    Schema = ReadParameterSchema(map),
                };
                if (parameter.Schema.Format == "binary" && Scalar(map, "type") == "file")
                {
                    Report(DiagnosticDescriptors.Swagger2Construct, Child(map, "type")!, $"'type: file' on the {location} parameter '{name}'", "only a formData parameter can be a file; it is sent as a string");
                    parameter.Schema.Format = null;
                }

                ReadCollectionFormat(map, parameter);
                ReadExtensions(map, parameter.Extensions);
                target.Add(parameter);
            }
        }

        /// <summary>The schema a non-body parameter (or a form field) states with its own type, format, items, enum and default.</summary>
        private OpenApiSchema ReadParameterSchema(YamlTreeMapping map)
        {
            var schema = new OpenApiSchema(LocationOf(map));
            ReadType(map, schema);
            schema.Format = Scalar(map, "format") ?? schema.Format;
            schema.Nullable = Boolean(map, "x-nullable");
            schema.Default = ReadDefault(map, schema);
            ReadEnum(map, schema);
            if (Child(map, "items") is { } items)
            {
                if (items is YamlTreeMapping itemsMap)
                {
                    schema.Items = ReadSchema(itemsMap, 1);
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongNodeKind, items, "'items' must be an items object");
                }
            }

            return schema;
        }

        /// <summary>
        /// An array parameter's collectionFormat as the OpenAPI 3 style that sends the same query string: csv is
        /// form without explode (a,b), multi form with explode (a=1&amp;a=2), ssv and pipes the space and pipe
        /// delimited styles, tsv a tab-delimited one. Path and header arrays are comma-separated only.
        /// </summary>
        private void ReadCollectionFormat(YamlTreeMapping map, OpenApiParameter parameter)
        {
            if (parameter.Schema?.Type != "array")
            {
                return;
            }

            var formatNode = Child(map, "collectionFormat");
            var format = Scalar(map, "collectionFormat") ?? "csv";
            var query = parameter.In == "query";
            parameter.Explode = false;
            parameter.Style = query ? "form" : "simple";
            switch (format)
            {
                case "csv":
                    return;
                case "multi" when query:
                    parameter.Explode = true;
                    return;
                case "ssv" when query:
                    parameter.Style = "spaceDelimited";
                    return;
                case "pipes" when query:
                    parameter.Style = "pipeDelimited";
                    return;
                case "tsv" when query:
                    parameter.Style = TabDelimitedStyle;
                    return;
                case "multi" or "ssv" or "pipes" or "tsv":
                    Report(DiagnosticDescriptors.Swagger2Construct, formatNode!, $"'collectionFormat: {format}' on the {parameter.In} parameter '{parameter.Name}'", "only query arrays can be sent so; it is sent comma-separated");
                    return;
                default:
                    Report(DiagnosticDescriptors.Swagger2Construct, formatNode!, $"'collectionFormat: {format}'", "use csv, ssv, tsv, pipes or multi; it is sent comma-separated");
                    return;
            }
        }

        /// <summary>
        /// The request body that the body or formData parameters of the path item and the operation (which overrides a
        /// path item's parameter of the same name and place) describe; null when there are none.
        /// </summary>
        private OpenApiRequestBody? ReadSwagger2Body(YamlTreeMapping operation, List<(YamlTreeNode At, YamlTreeMapping Map)> pathParameters, List<(YamlTreeNode At, YamlTreeMapping Map)> operationParameters)
        {
            var all = pathParameters
                .Where(path => !operationParameters.Any(own => Scalar(own.Map, "name") == Scalar(path.Map, "name") && Scalar(own.Map, "in") == Scalar(path.Map, "in")))
                .Concat(operationParameters)
                .ToList();
            var bodies = all.Where(parameter => Scalar(parameter.Map, "in") == "body").ToList();
            var fields = all.Where(parameter => Scalar(parameter.Map, "in") == "formData").ToList();
            var consumes = MediaTypes(operation, "consumes") ?? _consumes;
            if (bodies.Count > 0)
            {
                foreach (var extra in bodies.Skip(1))
                {
                    Report(DiagnosticDescriptors.Swagger2Construct, extra.At, $"A second body parameter ('{Scalar(extra.Map, "name")}')", $"an operation has one body; only '{Scalar(bodies[0].Map, "name")}' is sent");
                }

                if (fields.Count > 0)
                {
                    Report(DiagnosticDescriptors.Swagger2Construct, fields[0].At, "formData parameters beside a body parameter", "an operation has one body; only the body parameter is sent");
                }

                return ReadBodyParameter(bodies[0].At, bodies[0].Map, consumes);
            }

            return fields.Count == 0 ? null : ReadFormParameters(fields, consumes);
        }

        private OpenApiRequestBody ReadBodyParameter(YamlTreeNode at, YamlTreeMapping map, List<string>? consumes)
        {
            var body = new OpenApiRequestBody(LocationOf(at))
            {
                Description = Scalar(map, "description"),
                Required = Boolean(map, "required"),
            };
            OpenApiSchema? schema = null;
            if (Child(map, "schema") is YamlTreeMapping schemaNode)
            {
                schema = ReadSchema(schemaNode, 0);
            }
            else
            {
                Report(DiagnosticDescriptors.Swagger2Construct, map, $"The body parameter '{Scalar(map, "name")}' without a 'schema'", "its body is untyped; add a schema");
            }

            // Without consumes, Microsoft.OpenApi (and so Kiota) sends JSON.
            foreach (var mediaType in consumes is { Count: > 0 } ? consumes : new List<string> { "application/json" })
            {
                body.Content.Add(new KeyValuePair<string, OpenApiSchema?>(mediaType, schema));
            }

            return body;
        }

        /// <summary>
        /// formData parameters as an object whose properties are the fields, sent in the form media types of consumes:
        /// url-encoded, or multipart (which a file field needs) when that is the one given.
        /// </summary>
        private OpenApiRequestBody ReadFormParameters(List<(YamlTreeNode At, YamlTreeMapping Map)> fields, List<string>? consumes)
        {
            var body = new OpenApiRequestBody(LocationOf(fields[0].At));
            var schema = new OpenApiSchema(LocationOf(fields[0].At)) { Type = "object" };
            var hasFile = false;
            var properties = new List<KeyValuePair<string, OpenApiSchema>>(fields.Count);
            schema.Properties = properties;
            foreach (var (_, map) in fields)
            {
                var name = Scalar(map, "name")!;
                var property = ReadParameterSchema(map);
                property.Description = Scalar(map, "description");
                property.HomeParent = schema;
                property.HomeProperty = name;
                hasFile |= Scalar(map, "type") == "file";
                properties.Add(new KeyValuePair<string, OpenApiSchema>(name, property));
                if (Boolean(map, "required"))
                {
                    schema.AddRequired(name);
                    body.Required = true;
                }
            }

            var mediaTypes = (consumes ?? new List<string>())
                .Where(type => type.Split(';')[0].Trim() is var bare && (bare.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase) || bare.Equals(MultipartMediaType, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (mediaTypes.Count == 0)
            {
                mediaTypes.Add(hasFile ? MultipartMediaType : FormMediaType);
            }

            foreach (var mediaType in mediaTypes)
            {
                body.Content.Add(new KeyValuePair<string, OpenApiSchema?>(mediaType, schema));
            }

            return body;
        }

        /// <summary>
        /// A response's schema in each media type of the operation's (else the description's) produces. Without any,
        /// Microsoft.OpenApi (and so Kiota) takes application/octet-stream: the response is a stream, and a schema
        /// that this leaves unused is reported.
        /// </summary>
        private void ReadSwagger2ResponseContent(YamlTreeMapping response, YamlTreeMapping operation, List<KeyValuePair<string, OpenApiSchema?>> target)
        {
            var schemaNode = Child(response, "schema") as YamlTreeMapping;
            var schema = schemaNode is null ? null : ReadSchema(schemaNode, 0);
            var produces = MediaTypes(operation, "produces") ?? _produces;
            if (produces is null)
            {
                if (schemaNode is not null && _reportedWithoutProduces.Add(schemaNode))
                {
                    Report(DiagnosticDescriptors.Swagger2Construct, schemaNode, "A response schema with no 'produces' for it", "the response is read as application/octet-stream (a stream), as Kiota does; add 'produces: [application/json]' to the operation or the description");
                }

                produces = new List<string> { "application/octet-stream" };
            }

            foreach (var mediaType in produces)
            {
                target.Add(new KeyValuePair<string, OpenApiSchema?>(mediaType, schema));
            }
        }

        /// <summary>What the object at a pointer into a Swagger 2.0 description is by its place alone, or null.</summary>
        private static string? Swagger2KindAt(string[] segments)
        {
            if (segments.Length == 2)
            {
                switch (segments[0])
                {
                    case "definitions":
                        return SchemaObject;
                    case "parameters":
                        return ParameterObject;
                    case "responses":
                        return ResponseObject;
                    case "securityDefinitions":
                        return "a security scheme";
                }
            }

            return KindAt(segments);
        }
    }
}
