using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static UsageGen.Generator.Tests.Robustness.YamlNodes;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Mutations of a seed's structure, made on its parsed tree: deleted keys, values of the wrong type, dangling
/// and cyclic <c>$ref</c>s, duplicate keys. Every choice comes from a <see cref="Random"/> with a fixed seed.
/// </summary>
internal static class StructuralMutations
{
    private static readonly string[] Sections = { "schemas", "parameters", "responses", "requestBodies" };

    private static readonly Regex KeyLine = new(@"^ *(- )?([A-Za-z0-9_$/{}.-]+|'[^']*'):( |$)", RegexOptions.CultureInvariant);

    public static IEnumerable<FuzzCase> DeletedKeys()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(1101);

            // Every top-level key and components section, then a sample of everything deeper.
            var shallow = seed.MappingValues.Where(site => site.Depth <= 2);
            var deep = Shuffle(seed.MappingValues.Where(site => site.Depth > 2), random).Take(seed == FuzzSeed.LaunchDarkly ? 90 : 120);
            foreach (var site in shallow.Concat(deep))
            {
                yield return new FuzzCase("DeletedKeys", index++, $"{seed.Name}: delete {site.Path}", () => seed.Render(TreeEdit.Remove(site.Node)));
            }

            for (var i = 0; i < 12; i++)
            {
                var sites = Shuffle(seed.MappingValues, random).Take(2 + i % 6).ToList();
                var edit = new TreeEdit();
                edit.Removed.UnionWith(sites.Select(site => site.Node));
                yield return new FuzzCase("DeletedKeys", index++, $"{seed.Name}: delete {string.Join(", ", sites.Select(site => site.Path))}", () => seed.Render(edit));
            }
        }
    }

    public static IEnumerable<FuzzCase> WrongTypes()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(1201);
            foreach (var site in Shuffle(seed.Sites, random).Take(seed == FuzzSeed.LaunchDarkly ? 100 : 120))
            {
                var (replacement, label) = WrongTypeFor(site.Node, random);
                yield return new FuzzCase("WrongTypes", index++, $"{seed.Name}: {site.Path} {label}", () => seed.Render(TreeEdit.Replace(site.Node, replacement)));
            }

            // Keys of the wrong type: a non-scalar key, or a scalar that YAML would type as a number, bool or null.
            foreach (var site in Shuffle(seed.MappingValues, random).Take(24))
            {
                var (key, label) = (random.Next(5)) switch
                {
                    0 => ((YamlNode)Seq(Scalar(site.Key!.Value!)), "sequence"),
                    1 => (FlowMap((site.Key!.Value!, Scalar("1"))), "mapping"),
                    2 => (Scalar("404"), "number"),
                    3 => (Scalar("true"), "boolean"),
                    _ => (Scalar("~"), "null"),
                };
                var edit = new TreeEdit();
                edit.RenamedKeys[site.Node] = key;
                yield return new FuzzCase("WrongTypes", index++, $"{seed.Name}: key of {site.Path} becomes a {label}", () => seed.Render(edit));
            }
        }
    }

    public static IEnumerable<FuzzCase> DanglingRefs()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(1301);
            var references = seed.ValuesOf("$ref").ToList();
            var targets = new[]
            {
                "#/components/schemas/DoesNotExist", "#/components/parameters/DoesNotExist", "#/components/responses/DoesNotExist",
                "#/components/requestBodies/DoesNotExist", "other.yaml#/components/schemas/Thing", "https://example.test/api.yaml#/components/schemas/Thing",
                "#", string.Empty, "#/", "#/components", "#/components/schemas/", "#/components/schemas/A/properties/b", "#/paths/~1things/get",
                "#/info", "#/components/schemas/%E2%9C%93", "#/components/schemas/a~1b~0c", "#/components/schemas/%ZZ", "#/components/schemas/~2",
                " #/components/schemas/Padded ", "components/schemas/NoHash", "#/components/schemas/..", "./relative.yaml", "#/components/schemas/Nul\0",
                "#/components/schemas/Tab\there", "#/COMPONENTS/SCHEMAS/Upper",
            };
            foreach (var site in Shuffle(references, random).Take(seed == FuzzSeed.LaunchDarkly ? 60 : 40))
            {
                var target = targets[random.Next(targets.Length)];
                yield return new FuzzCase("DanglingRefs", index++, $"{seed.Name}: {site.Path} = '{target.Replace("\0", "\\0")}'", () => seed.Render(TreeEdit.Replace(site.Node, Quoted(target))));
            }

            // A $ref to a component of the wrong section: resolves to nothing, or to an object of another kind.
            foreach (var site in Shuffle(references, random).Take(20))
            {
                var current = ((YamlScalarNode)site.Node).Value!;
                var from = Sections.FirstOrDefault(section => current.Contains("/" + section + "/", StringComparison.Ordinal)) ?? "schemas";
                var to = Sections[(Array.IndexOf(Sections, from) + 1 + random.Next(Sections.Length - 1)) % Sections.Length];
                var target = current.Replace("/" + from + "/", "/" + to + "/", StringComparison.Ordinal);
                yield return new FuzzCase("DanglingRefs", index++, $"{seed.Name}: {site.Path} points into {to}", () => seed.Render(TreeEdit.Replace(site.Node, Quoted(target))));
            }

            // The referenced component is deleted, or renamed, so every $ref to it dangles.
            foreach (var section in Sections)
            {
                foreach (var component in Shuffle(seed.Components(section), random).Take(6))
                {
                    yield return new FuzzCase("DanglingRefs", index++, $"{seed.Name}: delete {component.Path}", () => seed.Render(TreeEdit.Remove(component.Node)));
                    var rename = new TreeEdit();
                    rename.RenamedKeys[component.Node] = Scalar(component.Key!.Value + "Renamed");
                    yield return new FuzzCase("DanglingRefs", index++, $"{seed.Name}: rename {component.Path}", () => seed.Render(rename));
                }
            }

            // A $ref next to a schema's own content, pointing at nothing.
            foreach (var site in Shuffle(seed.Sites.Where(site => site.Key?.Value == "schema" && site.Node is YamlMappingNode), random).Take(10))
            {
                var edit = new TreeEdit().Append(site.Node, Scalar("$ref"), Quoted("#/components/schemas/Sibling"));
                yield return new FuzzCase("DanglingRefs", index++, $"{seed.Name}: dangling $ref added to {site.Path}", () => seed.Render(edit));
            }
        }
    }

    public static IEnumerable<FuzzCase> CyclicRefs()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(1401);
            var components = (YamlMappingNode)seed.Root.Children[Scalar("components")];
            foreach (var section in new[] { "schemas", "parameters", "responses" })
            {
                var entries = seed.Components(section);
                var referenced = entries.Where(entry => seed.Text.Contains("#/components/" + section + "/" + entry.Key!.Value + "'", StringComparison.Ordinal)).ToList();
                var sectionNode = (YamlMappingNode)components.Children[Scalar(section)];
                foreach (var first in Shuffle(referenced, random).Take(section == "schemas" ? 4 : 3))
                {
                    var name = first.Key!.Value!;
                    var refTo = (string target) => Ref("#/components/" + section + "/" + target);
                    yield return new FuzzCase("CyclicRefs", index++, $"{seed.Name}: {section}.{name} refers to itself", () => seed.Render(TreeEdit.Replace(first.Node, refTo(name))));

                    var second = referenced[(referenced.IndexOf(first) + 1) % referenced.Count];
                    if (second != first)
                    {
                        var pair = new TreeEdit();
                        pair.Replaced[first.Node] = refTo(second.Key!.Value!);
                        pair.Replaced[second.Node] = refTo(name);
                        yield return new FuzzCase("CyclicRefs", index++, $"{seed.Name}: {section}.{name} <-> {second.Key.Value}", () => seed.Render(pair));
                    }

                    // Rings and chains through added components, around the generator's reference-chain limit.
                    foreach (var length in new[] { 3, 32, 33 })
                    {
                        var ring = new TreeEdit();
                        ring.Replaced[first.Node] = refTo("Loop0");
                        for (var i = 0; i < length; i++)
                        {
                            ring.Append(sectionNode, Scalar("Loop" + i), refTo(i == length - 1 ? name : "Loop" + (i + 1)));
                        }

                        yield return new FuzzCase("CyclicRefs", index++, $"{seed.Name}: {section}.{name} -> ring of {length}", () => seed.Render(ring));

                        var chain = new TreeEdit();
                        chain.Replaced[first.Node] = refTo("Link0");
                        for (var i = 0; i < length; i++)
                        {
                            chain.Append(sectionNode, Scalar("Link" + i), i == length - 1 ? Copy(first.Node) : refTo("Link" + (i + 1)));
                        }

                        yield return new FuzzCase("CyclicRefs", index++, $"{seed.Name}: {section}.{name} -> chain of {length} to its content", () => seed.Render(chain));
                    }

                    if (section == "schemas")
                    {
                        var self = "#/components/schemas/" + name;
                        var shapes = new (string Label, YamlNode Node)[]
                        {
                            ("allOf itself", FlowMap(("allOf", Seq(Ref(self))))),
                            ("allOf itself next to its own properties", FlowMap(("allOf", Seq(Ref(self))), ("properties", FlowMap(("x", FlowMap(("type", Scalar("string")))))))),
                            ("oneOf itself and null", FlowMap(("oneOf", Seq(Ref(self), FlowMap(("type", Scalar("null"))))))),
                            ("anyOf itself twice", FlowMap(("anyOf", Seq(Ref(self), Ref(self))))),
                            ("array of itself", FlowMap(("type", Scalar("array")), ("items", Ref(self)))),
                            ("map of itself", FlowMap(("type", Scalar("object")), ("additionalProperties", Ref(self)))),
                            ("object with itself as property", FlowMap(("type", Scalar("object")), ("properties", FlowMap(("self", Ref(self)), ("list", FlowMap(("type", Scalar("array")), ("items", Ref(self)))))))),
                            ("not itself", FlowMap(("not", Ref(self)))),
                        };
                        foreach (var (label, node) in shapes)
                        {
                            yield return new FuzzCase("CyclicRefs", index++, $"{seed.Name}: schemas.{name} is {label}", () => seed.Render(TreeEdit.Replace(first.Node, node)));
                        }
                    }
                }
            }

            // requestBodies: neither seed has the section, so it is added with a cycle and an operation uses it.
            var bodySite = seed.Sites.FirstOrDefault(site => site.Key?.Value == "requestBody") ?? seed.Sites.First(site => site.Key?.Value == "get");
            var bodies = FlowMap(
                ("B0", Ref("#/components/requestBodies/B1")),
                ("B1", Ref("#/components/requestBodies/B0")),
                ("Self", Ref("#/components/requestBodies/Self")));
            foreach (var target in new[] { "B0", "Self" })
            {
                var edit = new TreeEdit().Append(components, Scalar("requestBodies"), bodies);
                if (bodySite.Key!.Value == "requestBody")
                {
                    edit.Replaced[bodySite.Node] = Ref("#/components/requestBodies/" + target);
                }
                else
                {
                    edit.Append(bodySite.Node, Scalar("requestBody"), Ref("#/components/requestBodies/" + target));
                }

                yield return new FuzzCase("CyclicRefs", index++, $"{seed.Name}: {bodySite.Path} uses requestBodies.{target} in a cycle", () => seed.Render(edit));
            }
        }
    }

    public static IEnumerable<FuzzCase> DuplicateKeys()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(1501);
            var mappings = seed.Sites.Where(site => site.Node is YamlMappingNode { Children.Count: > 0 }).Select(site => (site.Node, site.Path)).Prepend((seed.Root, "(root)")).ToList();
            foreach (var (node, path) in Shuffle(mappings, random).Take(60))
            {
                var mapping = (YamlMappingNode)node;
                var entry = mapping.Children[random.Next(mapping.Children.Count)];
                var key = ((YamlScalarNode)entry.Key).Value!;
                var (value, label) = random.Next(3) switch
                {
                    0 => (Copy(entry.Value), "same value"),
                    1 => ((YamlNode)Scalar("duplicate"), "a scalar"),
                    _ => (Copy(mapping.Children[random.Next(mapping.Children.Count)].Value), "a sibling's value"),
                };
                var style = random.Next(3) switch { 0 => ScalarStyle.Plain, 1 => ScalarStyle.SingleQuoted, _ => ScalarStyle.DoubleQuoted };
                var edit = new TreeEdit().Append(mapping, Scalar(key, style), value);
                yield return new FuzzCase("DuplicateKeys", index++, $"{seed.Name}: {path}.{key} again ({style}) with {label}", () => seed.Render(edit));
            }

            // The same done on the text: a key line and its block repeated right after it.
            var lines = seed.Text.Split('\n');
            var keyLines = Enumerable.Range(0, lines.Length).Where(i => KeyLine.IsMatch(lines[i])).ToList();
            foreach (var line in Shuffle(keyLines, random).Take(40))
            {
                var first = lines[line];
                var inSequenceItem = first.TrimStart().StartsWith("- ", StringComparison.Ordinal);
                var keyColumn = Indentation(first) + (inSequenceItem ? 2 : 0);
                var end = line + 1;
                while (end < lines.Length && (lines[end].Trim().Length == 0 || Indentation(lines[end]) > keyColumn))
                {
                    end++;
                }

                // A key that opens a sequence item is repeated without the dash, inside the same item.
                var copy = lines.Skip(line).Take(end - line).Select((text, i) => i == 0 && inSequenceItem ? new string(' ', keyColumn) + text.TrimStart().Substring(2) : text).ToList();
                yield return new FuzzCase("DuplicateKeys", index++, $"{seed.Name}: line {line + 1} '{first.Trim()}' and its block repeated", () => string.Join("\n", lines.Take(end).Concat(copy).Concat(lines.Skip(end))));
            }
        }

        // Duplicates spelled differently, or in places with special meaning.
        var synthetic = FuzzSeed.Synthetic.Text;
        var variants = new (string Label, Func<string> Text)[]
        {
            ("flow mapping type twice", () => synthetic.Replace("{type: string}", "{type: string, type: integer}", StringComparison.Ordinal)),
            ("flow mapping $ref twice", () => synthetic.Replace("{$ref: '#/components/schemas/", "{$ref: '#/components/schemas/Nope', $ref: '#/components/schemas/", StringComparison.Ordinal)),
            ("quoted and plain openapi", () => "'openapi': 3.0.3\n" + synthetic),
            ("explicit key paths twice", () => synthetic + "? paths\n: {}\n"),
            ("components twice", () => synthetic + "components: {}\n"),
            ("openapi twice, second 2.0", () => synthetic + "openapi: '2.0'\n"),
            ("servers twice", () => synthetic + "servers: [{url: 'http://other.test'}]\n"),
            ("schemas twice", () => synthetic + "  schemas: {}\n"),
            ("parameters twice", () => synthetic + "  parameters: {}\n"),
            ("same path twice with different methods", () => synthetic.Replace("paths:\n", "paths:\n  /api/v1/area0/accounts-0:\n    patch: {responses: {'204': {description: x}}}\n", StringComparison.Ordinal)),
            ("key equal after Unicode normalization", () => synthetic.Replace("paths:\n", "x-caf\u00e9: 1\nx-cafe\u0301: 2\npaths:\n", StringComparison.Ordinal)),
            ("null key twice", () => synthetic + "~: 1\nnull: 2\n"),
            ("empty key twice", () => synthetic + "'': 1\n\"\": 2\n"),
        };
        foreach (var (label, text) in variants)
        {
            yield return new FuzzCase("DuplicateKeys", index++, "synthetic: " + label, text);
        }
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    private static (YamlNode Replacement, string Label) WrongTypeFor(YamlNode original, Random random) => original switch
    {
        YamlScalarNode => random.Next(6) switch
        {
            0 => (FlowMap(("x", Scalar("1"))), "scalar -> mapping"),
            1 => (new YamlMappingNode(), "scalar -> empty mapping"),
            2 => (Seq(), "scalar -> empty sequence"),
            3 => (Seq(Scalar("a"), FlowMap(("b", Scalar("c")))), "scalar -> sequence"),
            4 => (Seq(Copy(original)), "scalar -> sequence of itself"),
            _ => (Map(("value", Copy(original))), "scalar -> mapping holding it"),
        },
        YamlMappingNode => random.Next(7) switch
        {
            0 => (Scalar("text"), "mapping -> string"),
            1 => (Scalar("42"), "mapping -> number"),
            2 => (Scalar("true"), "mapping -> boolean"),
            3 => (Scalar("~"), "mapping -> null"),
            4 => (Seq(Copy(original)), "mapping -> sequence holding it"),
            5 => (Seq(), "mapping -> empty sequence"),
            _ => (Scalar(string.Empty, ScalarStyle.DoubleQuoted), "mapping -> empty string"),
        },
        _ => random.Next(5) switch
        {
            0 => (Scalar("item"), "sequence -> string"),
            1 => (Scalar(string.Empty), "sequence -> empty"),
            2 => (new YamlMappingNode(), "sequence -> empty mapping"),
            3 => (Map(("0", ((YamlSequenceNode)original).Children.Count > 0 ? Copy(((YamlSequenceNode)original).Children[0]) : Scalar("x"))), "sequence -> mapping"),
            _ => (Scalar("-1"), "sequence -> number"),
        },
    };
}
