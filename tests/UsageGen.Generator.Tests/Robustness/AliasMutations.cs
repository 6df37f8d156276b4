using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;
using static UsageGen.Generator.Tests.Robustness.YamlNodes;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// YAML anchors and aliases used against the generator: "billion laughs" expansion bombs (anchors referenced
/// many times at several levels) at the top level and inside schemas, parameters, responses and paths, an
/// anchor whose alias appears inside itself, and aliases to anchors that do not exist (yet).
/// </summary>
internal static class AliasMutations
{
    private const int FanOut = 10;

    public static IEnumerable<FuzzCase> AliasBombs()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var info = seed.Root.Children[Scalar("info")];
            var components = (YamlMappingNode)seed.Root.Children[Scalar("components")];
            var schemas = (YamlMappingNode)components.Children[Scalar("schemas")];

            // The classic: each level a list (or mapping) of ten aliases of the level below.
            for (var levels = 1; levels <= 9; levels++)
            {
                var sequences = Levels("l", levels, Seq(Scalar("lol")), below => Seq(Enumerable.Repeat<YamlNode>(Alias(below), FanOut).ToArray()));
                var mappings = Levels("m", levels, FlowMap(("lol", Scalar("lol"))), below => Map(Enumerable.Range(0, FanOut).Select(i => ("k" + i, (YamlNode)Alias(below))).ToArray()));
                yield return new FuzzCase("AliasBombs", index++, $"{seed.Name}: {levels} levels of 10 sequence aliases at the top level", () => seed.Render(new TreeEdit().Append(seed.Root, Scalar("x-lol"), sequences)));
                yield return new FuzzCase("AliasBombs", index++, $"{seed.Name}: {levels} levels of 10 mapping aliases at the top level", () => seed.Render(new TreeEdit().Append(seed.Root, Scalar("x-lol"), mappings)));
            }

            // Bombs defined under info (before every use) and expanded where the generator reads.
            foreach (var levels in new[] { 4, 9 })
            {
                var top = "s" + levels;
                var schemaTop = "o" + levels;
                var parameterTop = "p" + levels;
                var definitions = Map(
                    ("list", Levels("s", levels, Seq(Scalar("lol")), below => Seq(Enumerable.Repeat<YamlNode>(Alias(below), FanOut).ToArray()))),
                    ("schema", Levels("o", levels, FlowMap(("type", Scalar("object")), ("properties", FlowMap(("v", FlowMap(("type", Scalar("string"))))))), below =>
                        FlowMap(("type", Scalar("object")), ("properties", Map(Enumerable.Range(0, FanOut).Select(i => ("p" + i, (YamlNode)Alias(below))).ToArray()))))),
                    ("parameters", Levels("p", levels, FlowMap(("name", Scalar("q")), ("in", Scalar("query")), ("schema", FlowMap(("type", Scalar("string"))))), below => Seq(Enumerable.Repeat<YamlNode>(Alias(below), FanOut).ToArray()))));
                TreeEdit Defined() => new TreeEdit().Append(info, Scalar("x-defs"), definitions);

                var usages = new (string Label, Func<TreeEdit> Edit)[]
                {
                    ("schema properties", () => Defined().Append(schemas, Scalar("Bomb"), FlowMap(("type", Scalar("object")), ("properties", FlowMap(("root", Alias(schemaTop))))))),
                    ("a component schema", () => Defined().Append(schemas, Scalar("Bomb"), Alias(schemaTop))),
                    ("allOf", () => Defined().Append(schemas, Scalar("Bomb"), FlowMap(("allOf", Seq(Enumerable.Repeat<YamlNode>(Alias(schemaTop), FanOut).ToArray()))))),
                    ("array items", () => Defined().Append(schemas, Scalar("Bomb"), FlowMap(("type", Scalar("array")), ("items", Alias(schemaTop))))),
                    ("enum", () => Defined().Append(schemas, Scalar("Bomb"), FlowMap(("type", Scalar("string")), ("enum", Alias(top))))),
                    ("required", () => Defined().Append(schemas, Scalar("Bomb"), FlowMap(("type", Scalar("object")), ("required", Alias(top)), ("properties", FlowMap(("a", FlowMap(("type", Scalar("string"))))))))),
                    ("a schema extension", () => Defined().Append(schemas, Scalar("Bomb"), FlowMap(("type", Scalar("object")), ("x-data", Alias(top))))),
                    ("a mapping key", () => Defined().Append(schemas, Alias(top), FlowMap(("type", Scalar("string"))))),
                    ("servers", () => WithReplaced(Defined(), seed.Root.Children[Scalar("servers")], Alias(top))),
                    ("operation parameters", () => WithOperation(seed, Defined(), "parameters", Alias(parameterTop))),
                    ("a response", () => WithOperation(seed, Defined(), "responses", FlowMap(("299", FlowMap(("description", Scalar("bomb")), ("content", FlowMap(("application/json", FlowMap(("schema", Alias(schemaTop))))))))))),
                    ("request body", () => WithOperation(seed, Defined(), "requestBody", FlowMap(("content", FlowMap(("application/json", FlowMap(("schema", Alias(schemaTop))))))))),
                };
                foreach (var (label, edit) in usages)
                {
                    yield return new FuzzCase("AliasBombs", index++, $"{seed.Name}: {levels}-level alias bomb in {label}", () => seed.Render(edit()));
                }
            }

            // One path item repeated under many paths, and one large scalar repeated in many descriptions.
            var firstPath = seed.Sites.First(site => site.Depth == 2 && site.Path.StartsWith("paths.", StringComparison.Ordinal));
            var paths = (YamlMappingNode)seed.Root.Children[Scalar("paths")];
            yield return new FuzzCase("AliasBombs", index++, $"{seed.Name}: {firstPath.Path} aliased under 60 more paths", () =>
            {
                var edit = TreeEdit.Replace(firstPath.Node, Anchored(Copy(firstPath.Node), "item"));
                for (var i = 0; i < 60; i++)
                {
                    edit.Append(paths, Scalar("/copies/c" + i), Alias("item"));
                }

                return seed.Render(edit);
            });
            yield return new FuzzCase("AliasBombs", index++, $"{seed.Name}: a 100 KB scalar aliased as 50 property descriptions", () =>
            {
                var edit = new TreeEdit().Append(info, Scalar("x-big"), Anchored(Scalar(new string('b', 100_000)), "big"));
                var properties = Map(Enumerable.Range(0, 50).Select(i => ("p" + i, (YamlNode)FlowMap(("type", Scalar("string")), ("description", Alias("big"))))).ToArray());
                return seed.Render(edit.Append(schemas, Scalar("Described"), FlowMap(("type", Scalar("object")), ("properties", properties))));
            });

            // An anchor whose alias appears inside itself, and aliases that name no anchor (yet).
            var selfReferences = new (string Label, Func<TreeEdit> Edit)[]
            {
                ("top-level mapping containing itself", () => new TreeEdit().Append(seed.Root, Scalar("x-self"), Anchored(Map(("me", Alias("self"))), "self"))),
                ("top-level sequence containing itself", () => new TreeEdit().Append(seed.Root, Scalar("x-self"), Anchored(Seq(Scalar("a"), Alias("self")), "self"))),
                ("sequence that is its own key", () => new TreeEdit().Append(seed.Root, Anchored(Seq(Alias("self")), "self"), Scalar("v"))),
                ("schema whose property is itself", () => new TreeEdit().Append(schemas, Scalar("Self"), Anchored(FlowMap(("type", Scalar("object")), ("properties", FlowMap(("self", Alias("self"))))), "self"))),
                ("schema whose allOf holds itself", () => new TreeEdit().Append(schemas, Scalar("Self"), Anchored(FlowMap(("allOf", Seq(Alias("self")))), "self"))),
                ("schema whose items are itself", () => new TreeEdit().Append(schemas, Scalar("Self"), Anchored(FlowMap(("type", Scalar("array")), ("items", Alias("self"))), "self"))),
                ("parameters list containing itself", () => WithOperation(seed, new TreeEdit(), "parameters", Anchored(Seq(Alias("self")), "self"))),
                ("paths containing themselves", () => new TreeEdit().Append(paths, Scalar("/self"), Anchored(Map(("get", Alias("self"))), "self"))),
                ("alias with no anchor", () => new TreeEdit().Append(schemas, Scalar("Missing"), Alias("nowhere"))),
                ("alias before its anchor", () => new TreeEdit().Append(info, Scalar("x-early"), Alias("late")).Append(schemas, Scalar("Late"), Anchored(FlowMap(("type", Scalar("string"))), "late"))),
                ("anchor defined twice", () => new TreeEdit().Append(info, Scalar("x-a"), Anchored(Scalar("first"), "twice")).Append(info, Scalar("x-b"), Anchored(FlowMap(("type", Scalar("integer"))), "twice")).Append(schemas, Scalar("Twice"), Alias("twice"))),
                ("scalar alias as a key", () => new TreeEdit().Append(info, Scalar("x-k"), Anchored(Scalar("Keyed"), "key")).Append(schemas, Alias("key"), FlowMap(("type", Scalar("string"))))),
            };
            foreach (var (label, edit) in selfReferences)
            {
                yield return new FuzzCase("AliasBombs", index++, $"{seed.Name}: {label}", () => seed.Render(edit()));
            }
        }
    }

    /// <summary>A mapping <c>{prefix0: &amp;prefix0 leaf, prefix1: &amp;prefix1 level(prefix0), …}</c>; the last entry holds the whole bomb.</summary>
    private static YamlMappingNode Levels(string prefix, int levels, YamlNode leaf, Func<string, YamlNode> level)
    {
        var map = new YamlMappingNode();
        map.Add(prefix + "0", Anchored(leaf, prefix + "0"));
        for (var i = 1; i <= levels; i++)
        {
            map.Add(prefix + i, Anchored(level(prefix + (i - 1)), prefix + i));
        }

        return map;
    }

    private static TreeEdit WithReplaced(TreeEdit edit, YamlNode node, YamlNode replacement)
    {
        edit.Replaced[node] = replacement;
        return edit;
    }

    /// <summary>Sets <paramref name="key"/> on the first operation of the seed, replacing what it had.</summary>
    private static TreeEdit WithOperation(FuzzSeed seed, TreeEdit edit, string key, YamlNode value)
    {
        var operation = seed.Sites.First(site => site.Depth == 3 && site.Path.StartsWith("paths.", StringComparison.Ordinal) && site.Node is YamlMappingNode);
        var existing = ((YamlMappingNode)operation.Node).Children.FirstOrDefault(entry => ((YamlScalarNode)entry.Key).Value == key);
        if (existing.Value is not null)
        {
            edit.Replaced[existing.Value] = value;
        }
        else
        {
            edit.Append(operation.Node, Scalar(key), value);
        }

        return edit;
    }
}
