using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace UsageGen.Generator.Tests.Scale;

/// <summary>
/// Writes a large, deterministic OpenAPI 3.1 description: the same arguments always give the same text.
/// Only plain string building (no test framework types), because the benchmarks project links this file.
/// </summary>
/// <remarks>
/// Schemas are error objects, string enums and objects whose properties cover every primitive type and
/// format, arrays, inline objects and enums, and <c>$ref</c>s (to the object itself, around rings of eight
/// objects, and back to earlier objects). Operations are grouped by resource under shared prefixes with
/// nested literal segments and path parameters, use GET/POST/PUT/DELETE, typed query parameters, JSON
/// bodies and 4XX/5XX errors.
/// </remarks>
internal static class SyntheticDescription
{
    public const string ClientClassName = "SyntheticClient";

    public const string ClientNamespace = "Synthetic";

    public const string Path = "/specs/synthetic.yaml";

    /// <summary>Operations generated per resource (see <see cref="AppendOperation"/>).</summary>
    private const int OperationsPerResource = 7;

    private const int ResourcesPerArea = 8;

    private static readonly string[] Nouns =
    {
        "account", "project", "flag", "metric", "segment", "environment", "release", "webhook", "member", "team",
        "audit-entry", "experiment", "context", "stream", "integration", "token",
    };

    private static readonly string[] PrimitiveProperties =
    {
        "count: {type: integer, format: int32, default: 10}",
        "total: {type: integer, format: int64}",
        "ratio: {type: number, format: float, default: 0.5}",
        "score: {type: number, format: double}",
        "createdAt: {type: string, format: date-time}",
        "uniqueKey: {type: string, format: uuid}",
        "enabled: {type: boolean, default: true}",
        "display_name: {type: string, default: 'unnamed \"item\"'}",
        "nickname: {type: [string, 'null']}",
        "legacy-code: {type: string, deprecated: true}",
    };

    /// <summary>Creates a description with exactly <paramref name="operations"/> operations and <paramref name="schemas"/> component schemas.</summary>
    public static string Create(int operations, int schemas)
    {
        if (operations < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(operations), operations, "must not be negative");
        }

        if (schemas < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(schemas), schemas, "needs at least an error, an enum and an object schema");
        }

        var layout = new Layout(schemas);
        var yaml = new StringBuilder(operations * 900 + schemas * 1400);
        yaml.Append("openapi: 3.1.0\n")
            .Append("info:\n")
            .Append("  title: Synthetic scale description\n")
            .Append("  version: '1.0'\n")
            .Append(Invariant($"  description: {operations} operations and {schemas} schemas for scale tests.\n"))
            .Append("servers:\n")
            .Append("  - url: https://synthetic.example.test/\n")
            .Append("paths:\n");
        AppendPaths(yaml, operations, layout);
        yaml.Append("components:\n")
            .Append("  parameters:\n")
            .Append("    Limit:\n")
            .Append("      name: limit\n")
            .Append("      in: query\n")
            .Append("      description: The page size.\n")
            .Append("      schema: {type: integer, format: int32, default: 20}\n")
            .Append("    Offset:\n")
            .Append("      name: offset\n")
            .Append("      in: query\n")
            .Append("      schema: {type: integer, format: int64}\n")
            .Append("  responses:\n")
            .Append("    NotFound:\n")
            .Append("      description: The item does not exist.\n")
            .Append("      content:\n")
            .Append("        application/json:\n")
            .Append(Invariant($"          schema: {{$ref: '#/components/schemas/{layout.Name(layout.Errors[0])}'}}\n"))
            .Append("  schemas:\n");
        for (var i = 0; i < schemas; i++)
        {
            AppendSchema(yaml, i, layout);
        }

        return yaml.ToString();
    }

    private static void AppendPaths(StringBuilder yaml, int operations, Layout layout)
    {
        // Operations are produced in a fixed order and grouped by path in order of first appearance, so
        // the text never depends on hash or dictionary enumeration order.
        var paths = new List<string>();
        var operationsByPath = new List<List<string>>();
        var pathIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < operations; n++)
        {
            var resource = n / OperationsPerResource;
            var path = PathOf(resource, n % OperationsPerResource);
            if (!pathIndex.TryGetValue(path, out var index))
            {
                index = paths.Count;
                pathIndex.Add(path, index);
                paths.Add(path);
                operationsByPath.Add(new List<string>());
            }

            var operation = new StringBuilder();
            AppendOperation(operation, resource, n % OperationsPerResource, layout);
            operationsByPath[index].Add(operation.ToString());
        }

        if (paths.Count == 0)
        {
            yaml.Append("  {}\n");
            return;
        }

        for (var i = 0; i < paths.Count; i++)
        {
            yaml.Append("  ").Append(paths[i]).Append(":\n");
            foreach (var operation in operationsByPath[i])
            {
                yaml.Append(operation);
            }
        }
    }

    /// <summary>Resources share <c>/api/v{1,2}/area{n}</c> prefixes; odd areas nest them under a tenant parameter.</summary>
    private static string ResourceBase(int resource)
    {
        var area = resource / ResourcesPerArea;
        var prefix = Invariant($"/api/v{1 + area % 2}/area{area}");
        if (area % 2 == 1)
        {
            prefix += "/tenants/{tenantId}";
        }

        return prefix + "/" + ResourceSegment(resource);
    }

    private static string ResourceSegment(int resource) => Invariant($"{Nouns[resource % Nouns.Length]}s-{resource}");

    private static string ItemParameter(int resource) => Invariant($"item{resource}Id");

    private static string PathOf(int resource, int kind)
    {
        var collection = ResourceBase(resource);
        var item = collection + "/{" + ItemParameter(resource) + "}";
        return kind switch
        {
            0 or 1 => collection,
            2 or 3 or 4 => item,
            5 => item + "/history/{entryId}",
            _ => item + "/actions/archive",
        };
    }

    private static void AppendOperation(StringBuilder yaml, int resource, int kind, Layout layout)
    {
        var model = layout.Name(layout.Objects[(resource * 3 + kind) % layout.Objects.Count]);
        var error = layout.Name(layout.Errors[resource % layout.Errors.Count]);
        var serverError = layout.Name(layout.Errors[(resource + 1) % layout.Errors.Count]);
        var status = layout.Name(layout.Enums[resource % layout.Enums.Count]);
        var method = kind switch
        {
            0 or 2 or 5 => "get",
            1 or 6 => "post",
            3 => "put",
            _ => "delete",
        };
        yaml.Append("    ").Append(method).Append(":\n")
            .Append(Invariant($"      operationId: {method}Resource{resource}Kind{kind}\n"))
            .Append(Invariant($"      summary: Operation {kind} on resource {resource}\n"));
        if (kind == 2 && resource % 5 == 0)
        {
            yaml.Append("      deprecated: true\n");
        }

        var parameters = new List<string>();
        if (resource / ResourcesPerArea % 2 == 1)
        {
            parameters.Add("{name: tenantId, in: path, required: true, schema: {type: string}}");
        }

        if (kind >= 2)
        {
            // The item key's type varies between resources: string, int64 and uuid.
            var keySchema = (resource % 3) switch
            {
                0 => "{type: string}",
                1 => "{type: integer, format: int64}",
                _ => "{type: string, format: uuid}",
            };
            parameters.Add("{name: " + ItemParameter(resource) + ", in: path, required: true, description: The item key., schema: " + keySchema + "}");
        }

        switch (kind)
        {
            case 0:
                parameters.Add("{name: filter, in: query, schema: {type: string}}");
                parameters.Add("{$ref: '#/components/parameters/Limit'}");
                parameters.Add("{$ref: '#/components/parameters/Offset'}");
                parameters.Add("{name: includeArchived, in: query, schema: {type: boolean}}");
                parameters.Add("{name: sort-order, in: query, schema: {type: string, enum: [asc, desc]}}");
                parameters.Add(Invariant($"{{name: status, in: query, schema: {{$ref: '#/components/schemas/{status}'}}}}"));
                parameters.Add("{name: tag, in: query, style: form, explode: true, schema: {type: array, items: {type: string}}}");
                parameters.Add(Invariant($"{{name: statuses, in: query, explode: false, schema: {{type: array, items: {{$ref: '#/components/schemas/{status}'}}}}}}"));
                parameters.Add("{name: ids, in: query, schema: {type: array, items: {type: integer, format: int64}}}");
                parameters.Add("{name: from, in: query, schema: {type: string, format: date-time}}");
                break;
            case 5:
                parameters.Add("{name: entryId, in: path, required: true, schema: {type: integer, format: int32}}");
                parameters.Add("{name: verbose, in: query, schema: {type: boolean, default: false}}");
                break;
            case 6:
                parameters.Add("{name: reason, in: query, required: true, schema: {type: string, enum: [obsolete, duplicate, 'on-request']}}");
                break;
        }

        if (parameters.Count > 0)
        {
            yaml.Append("      parameters:\n");
            foreach (var parameter in parameters)
            {
                yaml.Append("        - ").Append(parameter).Append('\n');
            }
        }

        if (kind is 1 or 3)
        {
            yaml.Append("      requestBody:\n")
                .Append("        required: true\n")
                .Append("        content:\n")
                .Append("          application/json:\n")
                .Append(Invariant($"            schema: {{$ref: '#/components/schemas/{model}'}}\n"));
        }

        yaml.Append("      responses:\n");
        switch (kind)
        {
            case 0:
                AppendJsonResponse(yaml, "'200'", Invariant($"{{type: array, items: {{$ref: '#/components/schemas/{model}'}}}}"));
                break;
            case 1:
                AppendJsonResponse(yaml, "'201'", Invariant($"{{$ref: '#/components/schemas/{model}'}}"));
                break;
            case 2 or 3:
                AppendJsonResponse(yaml, "'200'", Invariant($"{{$ref: '#/components/schemas/{model}'}}"));
                yaml.Append("        '404': {$ref: '#/components/responses/NotFound'}\n");
                break;
            case 5:
                // An inline response object becomes its own type beside the request builder.
                AppendJsonResponse(yaml, "'200'", Invariant($"{{type: object, properties: {{entries: {{type: array, items: {{$ref: '#/components/schemas/{model}'}}}}, next: {{type: string}}, at: {{type: string, format: date-time}}}}}}"));
                break;
            default:
                yaml.Append("        '204':\n          description: Done.\n");
                break;
        }

        AppendJsonResponse(yaml, "4XX", Invariant($"{{$ref: '#/components/schemas/{error}'}}"));
        AppendJsonResponse(yaml, "5XX", Invariant($"{{$ref: '#/components/schemas/{serverError}'}}"));
    }

    private static void AppendJsonResponse(StringBuilder yaml, string code, string schema) =>
        yaml.Append("        ").Append(code).Append(":\n")
            .Append("          description: A response.\n")
            .Append("          content:\n")
            .Append("            application/json:\n")
            .Append("              schema: ").Append(schema).Append('\n');

    private static void AppendSchema(StringBuilder yaml, int index, Layout layout)
    {
        var name = layout.Name(index);
        yaml.Append("    ").Append(name).Append(":\n");
        switch (layout.KindOf(index))
        {
            case SchemaKind.Error:
                yaml.Append("      type: object\n")
                    .Append(Invariant($"      description: Error payload {index} (sent with 4XX & 5XX <responses>).\n"))
                    .Append("      required: [code, message]\n")
                    .Append("      properties:\n")
                    .Append("        code: {type: string}\n")
                    .Append("        message: {type: string}\n")
                    .Append("        details: {type: array, items: {type: string}}\n")
                    .Append("        retryAfter: {type: integer, format: int32}\n")
                    .Append("        traceId: {type: string, format: uuid}\n");
                break;
            case SchemaKind.Enum:
                yaml.Append("      type: string\n")
                    .Append(Invariant($"      description: Status set {index}.\n"))
                    .Append(Invariant($"      enum: [active, inactive, pending-review, ARCHIVED_{index}, '24h', 'v{index % 4}.{index % 3}']\n"));
                break;
            default:
                AppendObject(yaml, index, name, layout);
                break;
        }
    }

    private static void AppendObject(StringBuilder yaml, int index, string name, Layout layout)
    {
        // Recursion stays local: "next" closes a ring of eight objects and "related" points back to an
        // earlier one. References running forward through all objects would make the generator recurse once
        // per object (a 1.5 MB stack overflows at about 1,000 objects), which is a different test from size.
        var position = layout.ObjectPosition(index);
        var ring = position - position % 8;
        var ringSize = Math.Min(8, layout.Objects.Count - ring);
        var next = layout.Name(layout.Objects[ring + (position - ring + 1) % ringSize]);
        var other = layout.Name(layout.Objects[position == 0 ? 0 : (position * 7 + 3) % position]);
        var status = layout.Name(layout.Enums[index % layout.Enums.Count]);
        yaml.Append("      type: object\n")
            .Append(Invariant($"      description: Object {index}; refers to {next} and {other}.\n"))
            .Append("      required: [id, display_name]\n")
            .Append("      properties:\n")
            .Append("        id: {type: string, readOnly: true}\n");

        // A rotating third of the primitive properties varies the objects' shapes; every eighth object has all.
        for (var p = 0; p < PrimitiveProperties.Length; p++)
        {
            if (index % 8 == 0 || (index + p) % 3 == 0)
            {
                yaml.Append("        ").Append(PrimitiveProperties[p]).Append('\n');
            }
        }

        yaml.Append("        tags: {type: array, items: {type: string}}\n")
            .Append("        samples: {type: array, items: {type: number, format: double}}\n")
            .Append(Invariant($"        status: {{$ref: '#/components/schemas/{status}'}}\n"))
            .Append(Invariant($"        parent: {{$ref: '#/components/schemas/{name}'}}\n"))
            .Append(Invariant($"        children: {{type: array, items: {{$ref: '#/components/schemas/{name}'}}}}\n"))
            .Append(Invariant($"        next: {{$ref: '#/components/schemas/{next}'}}\n"))
            .Append(Invariant($"        related: {{type: array, items: {{$ref: '#/components/schemas/{other}'}}}}\n"));

        // Inline enums and objects each become one more type; every eighth object has them, to keep compiling affordable.
        if (index % 8 != 0)
        {
            return;
        }

        yaml.Append("        mode: {type: string, enum: [fast, slow, '2-step'], default: slow}\n")
            .Append("        meta:\n")
            .Append("          type: object\n")
            .Append("          properties:\n")
            .Append("            etag: {type: string}\n")
            .Append("            updatedAt: {type: string, format: date-time}\n")
            .Append("            revision: {type: integer, format: int64}\n")
            .Append(Invariant($"            owner: {{$ref: '#/components/schemas/{other}'}}\n"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private enum SchemaKind
    {
        Error,
        Enum,
        Object,
    }

    /// <summary>Which component index is which kind of schema, and its name.</summary>
    private sealed class Layout
    {
        private readonly int[] _objectPositions;

        public Layout(int schemas)
        {
            var errorCount = Math.Max(1, schemas / 100);
            _objectPositions = new int[schemas];
            for (var i = 0; i < schemas; i++)
            {
                // The last index is always an enum so that small descriptions still have one.
                var kind = i < errorCount ? SchemaKind.Error : i % 7 == 3 || i == schemas - 1 ? SchemaKind.Enum : SchemaKind.Object;
                _objectPositions[i] = -1;
                switch (kind)
                {
                    case SchemaKind.Error:
                        Errors.Add(i);
                        break;
                    case SchemaKind.Enum:
                        Enums.Add(i);
                        break;
                    default:
                        _objectPositions[i] = Objects.Count;
                        Objects.Add(i);
                        break;
                }
            }

            if (Objects.Count == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(schemas), schemas, "leaves no room for an object schema");
            }
        }

        public List<int> Errors { get; } = new();

        public List<int> Enums { get; } = new();

        public List<int> Objects { get; } = new();

        public SchemaKind KindOf(int index) =>
            Errors.Count > index ? SchemaKind.Error : _objectPositions[index] >= 0 ? SchemaKind.Object : SchemaKind.Enum;

        public int ObjectPosition(int index) => _objectPositions[index];

        /// <summary>Names in three styles (kebab, Pascal, snake) to exercise Kiota's name clean-up.</summary>
        public string Name(int index)
        {
            var noun = Nouns[index % Nouns.Length];
            return KindOf(index) switch
            {
                SchemaKind.Error => Invariant($"ApiError{index}"),
                SchemaKind.Enum => Invariant($"{noun}-status-{index}"),
                _ => (index % 3) switch
                {
                    0 => Invariant($"{noun}-record-{index}"),
                    1 => Invariant($"{char.ToUpperInvariant(noun[0])}{noun.Substring(1).Replace("-", string.Empty)}Record{index}"),
                    _ => Invariant($"{noun.Replace('-', '_')}_record_{index}"),
                },
            };
        }
    }
}
