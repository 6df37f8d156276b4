using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Deeply nested descriptions: the inputs most likely to overflow the stack of a recursive parser or model
/// builder, which would kill the compiler (and this test host) instead of producing a diagnostic.
/// </summary>
internal static class DeepNestingInputs
{
    public const int Depth = 10_000;

    private const string Head = "openapi: 3.1.0\ninfo:\n  title: Deep\n  version: '1'\nservers:\n  - url: https://deep.example.test\n";

    private const string OneOperation = "paths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/S'}\n";

    public static IEnumerable<FuzzCase> Cases()
    {
        var cases = new (string Label, Func<string> Text)[]
        {
            ($"{Depth:N0} flow mappings at the top level", () => Head + "paths: {}\nx-deep: " + Nest(Depth, "{a: ", "1", "}") + "\n"),
            ($"{Depth:N0} flow sequences at the top level", () => Head + "paths: {}\nx-deep: " + Nest(Depth, "[", "1", "]") + "\n"),
            ($"{Depth:N0} compact block sequences at the top level", () => Head + "paths: {}\nx-deep:\n  " + string.Concat(Enumerable.Repeat("- ", Depth)) + "x\n"),
            ("2,000 block mappings (one-space indentation) at the top level", () => Head + "paths: {}\nx-deep:\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 2001) + "b\n"),
            ($"the document is {Depth:N0} nested sequences", () => Nest(Depth, "[", "1", "]")),
            ($"the document is {Depth:N0} nested mappings", () => Nest(Depth, "{a: ", "1", "}")),
            ($"{Depth:N0} nested properties inside a schema", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(Depth, "{type: object, properties: {p: ", "{type: string}", "}}") + "\n"),
            ($"{Depth:N0} nested items inside a schema", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(Depth, "{type: array, items: ", "{type: string}", "}") + "\n"),
            ($"{Depth:N0} nested allOf inside a schema", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(Depth, "{allOf: [", "{type: string}", "]}") + "\n"),
            ($"{Depth:N0} nested additionalProperties inside a schema", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(Depth, "{type: object, additionalProperties: ", "{type: string}", "}") + "\n"),
            ($"{Depth:N0} nested properties in an inline response schema", () => Head + "paths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: " + Nest(Depth, "{type: object, properties: {p: ", "{type: string}", "}}") + "\n"),
            ($"{Depth:N0} nested items in a query parameter schema", () => Head + "paths:\n  /things:\n    get:\n      parameters:\n        - name: q\n          in: query\n          schema: " + Nest(Depth, "{type: array, items: ", "{type: string}", "}") + "\n      responses: {'204': {description: ok}}\n"),
            ($"{Depth:N0} unclosed flow sequences", () => Head + "paths: {}\nx-deep: " + new string('[', Depth) + "\n"),
            ($"{Depth:N0} unclosed flow mappings", () => Head + "paths: {}\nx-deep: " + string.Concat(Enumerable.Repeat("{a: ", Depth)) + "\n"),
            ($"{Depth:N0} nested sequences as a mapping key", () => Head + "paths: {}\nx-deep: {? " + Nest(Depth, "[", "1", "]") + " : 1}\n"),
            ("510 nested sequences", () => Head + "paths: {}\nx-deep: " + Nest(510, "[", "1", "]") + "\n"),
            ("511 nested sequences", () => Head + "paths: {}\nx-deep: " + Nest(511, "[", "1", "]") + "\n"),
            ("512 nested sequences", () => Head + "paths: {}\nx-deep: " + Nest(512, "[", "1", "]") + "\n"),
            ("513 nested sequences", () => Head + "paths: {}\nx-deep: " + Nest(513, "[", "1", "]") + "\n"),
            ("63 nested inline object properties", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(63, "{type: object, properties: {p: ", "{type: string}", "}}") + "\n"),
            ("64 nested inline object properties", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(64, "{type: object, properties: {p: ", "{type: string}", "}}") + "\n"),
            ("65 nested inline object properties", () => Head + OneOperation + "components:\n  schemas:\n    S: " + Nest(65, "{type: object, properties: {p: ", "{type: string}", "}}") + "\n"),
            ("a path of 200 literal segments", () => Head + "paths:\n  ? " + string.Concat(Enumerable.Repeat("/a", 200)) + "\n  : get:\n      responses: {'204': {description: ok}}\n"),
            ("a path of 100 parameter segments", () => Head + "paths:\n  ? " + string.Concat(Enumerable.Range(0, 100).Select(i => "/a/{p" + i + "}")) + "\n  : get:\n      responses: {'204': {description: ok}}\n"),
            ("a chain of 500 $ref-only component schemas", () => Head + OneOperation.Replace("schemas/S'", "schemas/S0'", StringComparison.Ordinal) + "components:\n  schemas:\n" + Chain(500, i => $"{{$ref: '#/components/schemas/S{i + 1}'}}")),
            ("a chain of 300 component schemas, each a property of the previous", () => Head + OneOperation.Replace("schemas/S'", "schemas/S0'", StringComparison.Ordinal) + "components:\n  schemas:\n" + Chain(300, i => $"{{type: object, properties: {{next: {{$ref: '#/components/schemas/S{i + 1}'}}}}}}")),
            ("a chain of 1,000 $ref-only component parameters", () => Head + "paths:\n  /things:\n    get:\n      parameters: [{$ref: '#/components/parameters/P0'}]\n      responses: {'204': {description: ok}}\ncomponents:\n  parameters:\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"    P{i}: {{$ref: '#/components/parameters/P{i + 1}'}}\n")) + "    P1000: {name: q, in: query, schema: {type: string}}\n"),
        };
        return cases.Select((entry, i) => new FuzzCase("DeepNesting", i, entry.Label, entry.Text));
    }

    private static string Nest(int depth, string open, string inner, string close)
    {
        var builder = new StringBuilder(depth * (open.Length + close.Length) + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    /// <summary>Component schemas S0…S{count}: each of the first <paramref name="count"/> from <paramref name="link"/>, the last a plain object.</summary>
    private static string Chain(int count, Func<int, string> link) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"    S{i}: {link(i)}\n")) + $"    S{count}: {{type: object, properties: {{a: {{type: string}}}}}}\n";
}
