using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace UsageGen.Benchmarks;

/// <summary>
/// Writes a large, deterministic Swagger 2.0 description, the 2.0 counterpart of the scale tests'
/// <c>SyntheticDescription</c>: the same arguments always give the same text.
/// </summary>
/// <remarks>
/// What 2.0 spells differently from 3.x is what the generator's Swagger 2.0 reader converts, so every operation
/// uses some of it: <c>definitions</c> referenced as <c>#/definitions/X</c>, <c>body</c> parameters, <c>formData</c>
/// fields (with a <c>type: file</c> upload), query arrays with each <c>collectionFormat</c> a query may have, shared
/// <c>parameters</c> and <c>responses</c>, and global <c>consumes</c>/<c>produces</c>.
/// </remarks>
internal static class SyntheticSwagger2Description
{
    /// <summary>Operations generated per resource (see <see cref="AppendOperation"/>).</summary>
    private const int OperationsPerResource = 7;

    private static readonly string[] Nouns =
    {
        "account", "project", "flag", "metric", "segment", "environment", "release", "webhook",
    };

    /// <summary>The four collection formats a 2.0 query array can have besides tsv, which 3.x cannot express.</summary>
    private static readonly string[] CollectionFormats = { "csv", "multi", "ssv", "pipes" };

    private static readonly string[] PrimitiveProperties =
    {
        "count: {type: integer, format: int32, default: 10}",
        "total: {type: integer, format: int64}",
        "ratio: {type: number, format: float}",
        "score: {type: number, format: double}",
        "createdAt: {type: string, format: date-time}",
        "day: {type: string, format: date}",
        "enabled: {type: boolean, default: true}",
        "display_name: {type: string}",
        "payload: {type: string, format: byte}",
    };

    /// <summary>Creates a description with exactly <paramref name="operations"/> operations and <paramref name="definitions"/> definitions.</summary>
    public static string Create(int operations, int definitions)
    {
        if (operations < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(operations), operations, "must not be negative");
        }

        if (definitions < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(definitions), definitions, "needs room for errors, enums and objects");
        }

        var yaml = new StringBuilder(operations * 900 + definitions * 900);
        yaml.Append("swagger: '2.0'\n")
            .Append("info:\n")
            .Append("  title: Synthetic Swagger 2.0 scale description\n")
            .Append("  version: '1.0'\n")
            .Append("host: synthetic.example.test\n")
            .Append("basePath: /v1\n")
            .Append("schemes: [https]\n")
            .Append("consumes: [application/json]\n")
            .Append("produces: [application/json]\n")
            .Append("paths:\n");
        AppendPaths(yaml, operations, definitions);
        yaml.Append("parameters:\n")
            .Append("  Limit: {name: limit, in: query, type: integer, format: int32, default: 20}\n")
            .Append("  Offset: {name: offset, in: query, type: integer, format: int64}\n")
            .Append("responses:\n")
            .Append("  NotFound:\n")
            .Append("    description: The item does not exist.\n")
            .Append(Invariant($"    schema: {{$ref: '#/definitions/{Name(0)}'}}\n"))
            .Append("definitions:\n");
        for (var i = 0; i < definitions; i++)
        {
            AppendDefinition(yaml, i, definitions);
        }

        return yaml.ToString();
    }

    private static void AppendPaths(StringBuilder yaml, int operations, int definitions)
    {
        // Each resource's operations are written together, path by path, in a fixed order.
        for (var resource = 0; resource * OperationsPerResource < operations; resource++)
        {
            var count = Math.Min(OperationsPerResource, operations - resource * OperationsPerResource);
            string? currentPath = null;
            for (var kind = 0; kind < count; kind++)
            {
                var path = PathOf(resource, kind);
                if (path != currentPath)
                {
                    yaml.Append("  ").Append(path).Append(":\n");
                    currentPath = path;
                }

                AppendOperation(yaml, resource, kind, definitions);
            }
        }
    }

    private static string PathOf(int resource, int kind)
    {
        var collection = Invariant($"/area{resource / 8}/{Nouns[resource % Nouns.Length]}s-{resource}");
        var item = collection + "/{itemId}";
        return kind switch
        {
            0 or 1 => collection,
            2 or 3 or 4 => item,
            5 => item + "/attachments",
            _ => item + "/history/{entryId}",
        };
    }

    private static void AppendOperation(StringBuilder yaml, int resource, int kind, int definitions)
    {
        var model = Name(ObjectIndex(resource * 3 + kind, definitions));
        var error = Name(resource % ErrorCount(definitions));
        var status = Name(EnumIndex(resource, definitions));
        var method = kind switch
        {
            0 or 2 or 6 => "get",
            1 or 5 => "post",
            3 => "put",
            _ => "delete",
        };
        yaml.Append("    ").Append(method).Append(":\n")
            .Append(Invariant($"      operationId: {method}Resource{resource}Kind{kind}\n"))
            .Append(Invariant($"      summary: Operation {kind} on resource {resource}\n"))
            .Append("      parameters:\n");
        if (kind >= 2)
        {
            yaml.Append("        - {name: itemId, in: path, required: true, type: string}\n");
        }

        switch (kind)
        {
            case 0:
                yaml.Append("        - {name: filter, in: query, type: string}\n")
                    .Append("        - {$ref: '#/parameters/Limit'}\n")
                    .Append("        - {$ref: '#/parameters/Offset'}\n")
                    .Append("        - {name: sort, in: query, type: string, enum: [asc, desc]}\n")
                    .Append(Invariant($"        - {{name: tags, in: query, type: array, items: {{type: string}}, collectionFormat: {CollectionFormats[resource % 4]}}}\n"))
                    .Append(Invariant($"        - {{name: ids, in: query, type: array, items: {{type: integer, format: int64}}, collectionFormat: {CollectionFormats[(resource + 1) % 4]}}}\n"))
                    .Append("        - {name: X-Request-Id, in: header, type: string}\n");
                break;
            case 1 or 3:
                yaml.Append(Invariant($"        - {{name: body, in: body, required: true, schema: {{$ref: '#/definitions/{model}'}}}}\n"));
                break;
            case 5:
                // formData fields become one multipart body object; the file is what makes it multipart.
                yaml.Append("        - {name: file, in: formData, required: true, type: file}\n")
                    .Append("        - {name: caption, in: formData, type: string}\n")
                    .Append("        - {name: labels, in: formData, type: array, items: {type: string}, collectionFormat: csv}\n");
                break;
            case 6:
                yaml.Append("        - {name: entryId, in: path, required: true, type: integer, format: int32}\n")
                    .Append("        - {name: status, in: query, type: string, enum: [active, inactive]}\n");
                break;
        }

        if (kind == 5)
        {
            yaml.Append("      consumes: [multipart/form-data]\n");
        }

        yaml.Append("      responses:\n");
        switch (kind)
        {
            case 0:
                yaml.Append("        '200':\n          description: The items.\n")
                    .Append(Invariant($"          schema: {{type: array, items: {{$ref: '#/definitions/{model}'}}}}\n"));
                break;
            case 1 or 5:
                yaml.Append("        '201':\n          description: Created.\n")
                    .Append(Invariant($"          schema: {{$ref: '#/definitions/{model}'}}\n"));
                break;
            case 2 or 3:
                yaml.Append("        '200':\n          description: The item.\n")
                    .Append(Invariant($"          schema: {{$ref: '#/definitions/{model}'}}\n"))
                    .Append("        '404': {$ref: '#/responses/NotFound'}\n");
                break;
            case 6:
                // An inline response object becomes its own type beside the request builder.
                yaml.Append("        '200':\n          description: One history entry.\n")
                    .Append(Invariant($"          schema: {{type: object, properties: {{entry: {{$ref: '#/definitions/{model}'}}, status: {{$ref: '#/definitions/{status}'}}, at: {{type: string, format: date-time}}}}}}\n"));
                break;
            default:
                yaml.Append("        '204':\n          description: Done.\n");
                break;
        }

        yaml.Append("        default:\n          description: An error.\n")
            .Append(Invariant($"          schema: {{$ref: '#/definitions/{error}'}}\n"));
    }

    private static void AppendDefinition(StringBuilder yaml, int index, int definitions)
    {
        yaml.Append("  ").Append(Name(index)).Append(":\n");
        if (index < ErrorCount(definitions))
        {
            yaml.Append("    type: object\n")
                .Append("    required: [code, message]\n")
                .Append("    properties:\n")
                .Append("      code: {type: string}\n")
                .Append("      message: {type: string}\n")
                .Append("      details: {type: array, items: {type: string}}\n");
            return;
        }

        if (IsEnum(index))
        {
            yaml.Append("    type: string\n")
                .Append(Invariant($"    enum: [active, inactive, pending-review, ARCHIVED_{index}]\n"));
            return;
        }

        // As in the 3.x description, references stay local (a ring of eight and one back to an earlier definition)
        // so that the size, not the depth of reference chains, is what is measured.
        var errors = ErrorCount(definitions);
        var next = Name(index % 8 == 7 || index + 1 == definitions ? Math.Max(errors, index - index % 8) : index + 1);
        var other = Name(Math.Max(errors, index * 7 / 8));
        yaml.Append("    type: object\n")
            .Append(Invariant($"    description: Definition {index}; refers to {next} and {other}.\n"))
            .Append("    required: [id]\n")
            .Append("    properties:\n")
            .Append("      id: {type: string, readOnly: true}\n");
        for (var p = 0; p < PrimitiveProperties.Length; p++)
        {
            if ((index + p) % 3 == 0)
            {
                yaml.Append("      ").Append(PrimitiveProperties[p]).Append('\n');
            }
        }

        yaml.Append("      tags: {type: array, items: {type: string}}\n")
            .Append(Invariant($"      status: {{$ref: '#/definitions/{Name(EnumIndex(index, definitions))}'}}\n"))
            .Append(Invariant($"      parent: {{$ref: '#/definitions/{Name(index)}'}}\n"))
            .Append(Invariant($"      next: {{$ref: '#/definitions/{next}'}}\n"))
            .Append(Invariant($"      related: {{type: array, items: {{$ref: '#/definitions/{other}'}}}}\n"))
            .Append("      labels: {type: object, additionalProperties: {type: string}}\n");
    }

    private static int ErrorCount(int definitions) => Math.Max(1, definitions / 100);

    /// <summary>Every seventh definition past the errors is a string enum; the rest are objects.</summary>
    private static bool IsEnum(int index) => index % 7 == 3;

    /// <summary>An object definition chosen by <paramref name="seed"/>: past the errors, and a neighbour when it lands on an enum.</summary>
    private static int ObjectIndex(int seed, int definitions)
    {
        var errors = ErrorCount(definitions);
        var index = errors + seed % (definitions - errors);
        if (!IsEnum(index))
        {
            return index;
        }

        return index - 1 < errors ? index + 1 : index - 1;
    }

    private static int EnumIndex(int seed, int definitions)
    {
        // Enums sit at 3, 10, 17…; pick one past the errors.
        var errors = ErrorCount(definitions);
        var first = errors + (3 - errors % 7 + 7) % 7;
        var count = (definitions - 1 - first) / 7 + 1;
        return first + seed % count * 7;
    }

    /// <summary>Names in three styles (kebab, Pascal, snake) to exercise the name clean-up, as the 3.x description does.</summary>
    private static string Name(int index) => (index % 3) switch
    {
        0 => Invariant($"Model{index}"),
        1 => Invariant($"model-item-{index}"),
        _ => Invariant($"model_record_{index}"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
