using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using static UsageGen.Generator.Tests.Robustness.YamlNodes;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Mutations of the text itself: megabyte strings, invalid UTF-8 and lone surrogates, binary garbage,
/// truncation, and files with no content. Random choices use fixed seeds.
/// </summary>
internal static class TextMutations
{
    private const int OneMegabyte = 1 << 20;

    private const string Placeholder = "ODDCHARACTER";

    // U+0085, U+2028 and U+2029 end a line in C#: inside a doc comment they must not let text escape into code.
    private static readonly string[] OddCharacters =
    {
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\0", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F",
        "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\u00A0", "\uFFFD", "\u200B", "\u202E",
    };

    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xC3, 0x28 }, new byte[] { 0xE2, 0x28, 0xA1 }, new byte[] { 0xF0, 0x90, 0x28, 0xBC },
        new byte[] { 0xC0, 0xAF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0x80 },
        new byte[] { 0xE2, 0x82 }, new byte[] { 0xFE, 0xFF },
    };

    public static IEnumerable<FuzzCase> HugeStrings()
    {
        var index = 0;
        var contents = new (string Label, Func<string> Text)[]
        {
            ("letters", () => new string('a', OneMegabyte)),
            ("non-ASCII with surrogate pairs", () => Repeat("\u00e9\u20ac\U0001F600z", OneMegabyte)),
            ("words", () => Repeat("lorem ipsum ", OneMegabyte)),
            ("digits", () => Repeat("1234567890", OneMegabyte)),
            ("lines", () => Repeat("line of text\n", OneMegabyte)),
            ("characters C# and XML escape", () => Repeat("\"\\'<>&{}*/", OneMegabyte)),
        };
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(2101);
            var sites = new List<(string Label, Func<string, TreeEdit> Edit)>();
            void Value(string label, NodeSite? site)
            {
                if (site is not null)
                {
                    sites.Add((label + " " + site.Path, text => TreeEdit.Replace(site.Node, Quoted(text))));
                }
            }

            void Key(string label, NodeSite? site, Func<string, string>? shape = null)
            {
                if (site is not null)
                {
                    sites.Add((label + " " + site.Path, text =>
                    {
                        var edit = new TreeEdit();
                        edit.RenamedKeys[site.Node] = Quoted(shape is null ? text : shape(text));
                        return edit;
                    }));
                }
            }

            NodeSite? Pick(Func<NodeSite, bool> predicate) => Shuffle(seed.Sites.Where(predicate), random).FirstOrDefault();

            Value("description:", seed.Sites.FirstOrDefault(site => site.Path == "info.description") ?? Pick(site => site.Key?.Value == "title"));
            Value("operation description:", Pick(site => site.Key?.Value is "description" or "summary" && site.Path.StartsWith("paths.", StringComparison.Ordinal)));
            Value("schema description:", Pick(site => site.Key?.Value == "description" && site.Depth == 4 && site.Path.StartsWith("components.schemas.", StringComparison.Ordinal)));
            Value("property description:", Pick(site => site.Key?.Value == "description" && site.Path.Contains(".properties.", StringComparison.Ordinal)));
            Value("enum value:", Pick(site => site.Parent is YamlSequenceNode && site.Path.Contains(".enum[", StringComparison.Ordinal)));
            Value("default:", Pick(site => site.Key?.Value == "default"));
            Value("parameter name:", Pick(site => site.Key?.Value == "name"));
            Value("operationId:", Pick(site => site.Key?.Value == "operationId"));
            Value("server url:", Pick(site => site.Key?.Value == "url"));
            Value("$ref:", Pick(site => site.Key?.Value == "$ref"));
            Value("type:", Pick(site => site.Key?.Value == "type"));
            Value("format:", Pick(site => site.Key?.Value == "format"));
            Value("openapi version:", seed.Sites.First(site => site.Path == "openapi"));
            Key("property name:", Pick(site => site.Node is YamlMappingNode && Regex.IsMatch(site.Path, @"\.properties\.[^.]+$")));
            Key("component schema name:", Pick(site => site.Depth == 3 && site.Path.StartsWith("components.schemas.", StringComparison.Ordinal)));
            Key("path:", Pick(site => site.Depth == 2 && site.Path.StartsWith("paths.", StringComparison.Ordinal)), text => "/" + text);
            Key("path parameter segment:", Pick(site => site.Depth == 2 && site.Path.StartsWith("paths.", StringComparison.Ordinal)), text => "/items/{" + text + "}");
            Key("media type:", Pick(site => site.Parent is YamlMappingNode && site.Path.EndsWith(".application/json", StringComparison.Ordinal)), text => "application/" + text);
            Key("status code:", Pick(site => site.Key?.Value is "200" or "201" or "4XX" or "400"));
            Key("top-level extension:", seed.Sites.First(site => site.Path == "info"), text => "x-" + text);

            for (var i = 0; i < sites.Count; i++)
            {
                var (label, edit) = sites[i];
                var (contentLabel, content) = contents[(i + (seed == FuzzSeed.LaunchDarkly ? 0 : 3)) % contents.Length];
                yield return new FuzzCase("HugeStrings", index++, $"{seed.Name}: 1 MB of {contentLabel} as {label}", () => seed.Render(edit(content())));
            }

            // A new, unreferenced component whose name is 1 MB long: a class and a file named after it.
            var schemas = (YamlMappingNode)((YamlMappingNode)seed.Root.Children[Scalar("components")]).Children[Scalar("schemas")];
            yield return new FuzzCase("HugeStrings", index++, $"{seed.Name}: new component schema with a 1 MB name", () => seed.Render(new TreeEdit().Append(schemas, Quoted(new string('Q', OneMegabyte)), FlowMap(("type", Scalar("object")), ("properties", FlowMap(("a", FlowMap(("type", Scalar("string"))))))))));
            yield return new FuzzCase("HugeStrings", index++, $"{seed.Name}: enum with a 1 MB value", () => seed.Render(new TreeEdit().Append(schemas, Scalar("HugeEnum"), FlowMap(("type", Scalar("string")), ("enum", Seq(Scalar("small"), Quoted(new string('e', OneMegabyte))))))));
        }
    }

    public static IEnumerable<FuzzCase> InvalidText()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(2201);
            var bytes = Encoding.UTF8.GetBytes(seed.Text);
            for (var i = 0; i < 55; i++)
            {
                var sequence = InvalidUtf8[i % InvalidUtf8.Length];
                var offset = i < 5 ? Encoding.UTF8.GetByteCount(seed.Text.AsSpan(0, Anchor(seed.Text, i))) : random.Next(bytes.Length);
                yield return new FuzzCase("InvalidText", index++, $"{seed.Name}: bytes {Convert.ToHexString(sequence)} at byte {offset}, decoded with replacement", () =>
                    new UTF8Encoding(false, false).GetString(bytes.Take(offset).Concat(sequence).Concat(bytes.Skip(offset)).ToArray()));
            }

            for (var i = 0; i < 70; i++)
            {
                var odd = OddCharacters[i % OddCharacters.Length];
                var offset = i < 5 ? Anchor(seed.Text, i) : random.Next(seed.Text.Length + 1);
                yield return new FuzzCase("InvalidText", index++, $"{seed.Name}: {Describe(odd)} at {offset}", () => seed.Text.Insert(offset, odd));
            }

            // Lone surrogates where they end up in generated names, docs and literals. YamlDotNet's emitter refuses
            // to write them, so a placeholder is rendered and swapped for the raw character or a YAML escape.
            var targets = new[] { "description", "title", "name", "operationId", "default", "summary" };
            foreach (var site in Shuffle(seed.Sites.Where(site => site.Node is YamlScalarNode && (site.Key is null || Array.IndexOf(targets, site.Key.Value) >= 0)), random).Take(25))
            {
                var value = ((YamlScalarNode)site.Node).Value!;
                var odd = OddCharacters[random.Next(5)];
                var escaped = random.Next(2) == 0;
                yield return new FuzzCase("InvalidText", index++, $"{seed.Name}: {Describe(odd)} {(escaped ? "as a YAML escape" : "raw")} inside {site.Path}", () =>
                    WithOddCharacter(seed.Render(TreeEdit.Replace(site.Node, Quoted(value.Insert(value.Length / 2, Placeholder)))), odd, escaped));
            }

            foreach (var site in Shuffle(seed.MappingValues.Where(site => site.Path.Contains(".properties.", StringComparison.Ordinal) || site.Depth == 2 || site.Depth == 3), random).Take(15))
            {
                var edit = new TreeEdit();
                edit.RenamedKeys[site.Node] = Quoted(site.Key!.Value + Placeholder);
                var odd = OddCharacters[random.Next(5)];
                var escaped = random.Next(2) == 0;
                yield return new FuzzCase("InvalidText", index++, $"{seed.Name}: {Describe(odd)} {(escaped ? "as a YAML escape" : "raw")} in the key of {site.Path}", () => WithOddCharacter(seed.Render(edit), odd, escaped));
            }
        }

        // Whole files in other encodings, read as if they were UTF-8.
        var ld = FuzzSeed.LaunchDarkly.Text;
        var encodings = new (string Label, Func<string> Text)[]
        {
            ("UTF-16 LE bytes read as UTF-8", () => Encoding.UTF8.GetString(Encoding.Unicode.GetBytes(ld))),
            ("UTF-16 BE bytes read as UTF-8", () => Encoding.UTF8.GetString(Encoding.BigEndianUnicode.GetBytes(ld))),
            ("UTF-32 bytes read as UTF-8", () => Encoding.UTF8.GetString(Encoding.UTF32.GetBytes(ld))),
            ("Latin-1 text with accents read as UTF-8", () => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(ld.Replace("usage", "usag\u00e9", StringComparison.Ordinal)))),
            ("UTF-8 read as Latin-1", () => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(ld.Replace("usage", "usag\u00e9\u20ac", StringComparison.Ordinal)))),
            ("BOM twice", () => "\uFEFF\uFEFF" + ld),
        };
        foreach (var (label, text) in encodings)
        {
            yield return new FuzzCase("InvalidText", index++, "launchdarkly: " + label, text);
        }
    }

    public static IEnumerable<FuzzCase> BinaryGarbage()
    {
        var index = 0;
        var random = new Random(2301);
        var lengths = new[] { 1, 2, 3, 7, 16, 64, 512, 4096, 65536 };
        var decoders = new (string Label, Func<byte[], string> Decode)[]
        {
            ("UTF-8", bytes => new UTF8Encoding(false, false).GetString(bytes)),
            ("Latin-1", bytes => Encoding.Latin1.GetString(bytes)),
            ("UTF-16", bytes => Encoding.Unicode.GetString(bytes)),
        };
        for (var i = 0; i < 81; i++)
        {
            var bytes = new byte[lengths[i % lengths.Length]];
            random.NextBytes(bytes);
            var (label, decode) = decoders[i / lengths.Length % decoders.Length];
            yield return new FuzzCase("BinaryGarbage", index++, $"{bytes.Length} random bytes as {label}", () => decode(bytes));
        }

        var headers = new (string Label, byte[] Bytes)[]
        {
            ("PNG", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            ("ZIP", new byte[] { 0x50, 0x4B, 0x03, 0x04 }),
            ("PE", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0")),
            ("gzip", new byte[] { 0x1F, 0x8B, 0x08, 0x00 }),
            ("PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n")),
            ("ELF", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 }),
        };
        foreach (var (label, header) in headers)
        {
            for (var i = 0; i < 5; i++)
            {
                var body = new byte[64 << i];
                random.NextBytes(body);
                yield return new FuzzCase("BinaryGarbage", index++, $"{label} header and {body.Length} random bytes", () => new UTF8Encoding(false, false).GetString(header.Concat(body).ToArray()));
            }
        }

        // Token soup: YAML's own punctuation and keywords in random order, which reaches more of the parser than noise.
        var tokens = new[]
        {
            "-", "- ", ":", ": ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "!!str ", "!!map", "!local ", "%YAML 1.2\n", "%TAG ! tag:x,2025:\n",
            "---\n", "...\n", "|", ">-", "'", "\"", "#", "\n", "  ", "    ", "\t", "openapi", "3.1.0", "paths", "/x/{id}", "$ref", "'#/components/schemas/A'",
            "components", "schemas", "type", "object", "properties", "get", "responses", "'200'", "\\", "\\u12", "@", "`", "~", "null", "0x1F", ".inf",
        };
        for (var i = 0; i < 110; i++)
        {
            var count = 4 + random.Next(i < 55 ? 40 : 400);
            var picks = Enumerable.Range(0, count).Select(_ => tokens[random.Next(tokens.Length)]).ToArray();
            yield return new FuzzCase("BinaryGarbage", index++, $"{count} random YAML tokens", () => string.Concat(picks));
        }

        for (var i = 0; i < 30; i++)
        {
            var seed = FuzzSeed.All[i % 2];
            var offset = random.Next(seed.Text.Length);
            var noise = new byte[1 + random.Next(300)];
            random.NextBytes(noise);
            yield return new FuzzCase("BinaryGarbage", index++, $"{seed.Name}: {noise.Length} random bytes spliced in at {offset}", () => seed.Text.Insert(offset, new UTF8Encoding(false, false).GetString(noise)));
        }
    }

    public static IEnumerable<FuzzCase> Truncations()
    {
        var index = 0;
        foreach (var seed in FuzzSeed.All)
        {
            var random = new Random(2401);
            var count = seed == FuzzSeed.LaunchDarkly ? 120 : 180;
            var offsets = new SortedSet<int> { 1, 2, seed.Text.Length - 1, seed.Text.Length - 2 };
            for (var i = 1; offsets.Count < count / 2; i++)
            {
                offsets.Add((int)((long)seed.Text.Length * i / (count / 2 + 1)));
            }

            while (offsets.Count < count)
            {
                offsets.Add(1 + random.Next(seed.Text.Length - 1));
            }

            foreach (var offset in offsets)
            {
                var tail = seed.Text.Substring(Math.Max(0, offset - 12), Math.Min(12, offset)).Replace("\n", "\\n", StringComparison.Ordinal);
                yield return new FuzzCase("Truncations", index++, $"{seed.Name}: cut at {offset} after '{tail}'", () => seed.Text.Substring(0, offset));
            }
        }
    }

    public static IEnumerable<FuzzCase> EmptyAndComments()
    {
        var texts = new (string Label, Func<string> Text)[]
        {
            ("empty", () => string.Empty),
            ("one space", () => " "),
            ("newline", () => "\n"),
            ("CRLF lines", () => "\r\n\r\n\r\n"),
            ("tabs", () => "\t\t\n\t"),
            ("BOM only", () => "\uFEFF"),
            ("one comment", () => "# nothing here"),
            ("comments only", () => "# first\n# second\n   # indented\n\n#\n"),
            ("BOM and comment", () => "\uFEFF# comment\n"),
            ("comments with CRLF", () => "# a\r\n# b\r\n"),
            ("100,000 comment lines", () => Repeat("# a comment line that takes some room\n", 3_800_000)),
            ("document start only", () => "---"),
            ("document start and end", () => "---\n...\n"),
            ("document end only", () => "..."),
            ("directive only", () => "%YAML 1.2\n---\n"),
            ("two empty documents", () => "---\n---\n"),
            ("comment documents", () => "# one\n---\n# two\n---\n# three\n"),
            ("empty document, then a description", () => "---\n# nothing\n...\n---\n" + FuzzSeed.Synthetic.Text),
            ("a description, then a second document", () => FuzzSeed.Synthetic.Text + "---\nopenapi: 3.1.0\n"),
            ("null", () => "null"),
            ("tilde", () => "~"),
            ("empty quoted string", () => "''"),
            ("empty sequence", () => "[]"),
            ("empty mapping", () => "{}"),
            ("number", () => "42"),
            ("sequence item", () => "- a"),
            ("only a key", () => "openapi:"),
            ("only openapi", () => "openapi: 3.1.0\n"),
            ("openapi and comments", () => "# spec\nopenapi: 3.1.0 # version\n# end\n"),
            ("whitespace and comments mixed", () => "\n\n   \n# c\n\t\n  # d\n"),
            ("the seed, fully commented out", () => string.Join("\n", FuzzSeed.LaunchDarkly.Text.Split('\n').Select(line => "# " + line))),
        };
        for (var i = 0; i < texts.Length; i++)
        {
            yield return new FuzzCase("EmptyAndComments", i, texts[i].Label, texts[i].Text);
        }
    }

    /// <summary>Character offsets inside well-known places of a seed: a key, a value, a $ref and a description.</summary>
    private static int Anchor(string text, int which)
    {
        var markers = new[] { "paths:", "type: object", "$ref: '#/components/", "description:", "operationId:" };
        return Math.Max(0, text.IndexOf(markers[which], StringComparison.Ordinal)) + markers[which].Length / 2;
    }

    private static string WithOddCharacter(string rendered, string odd, bool escaped) =>
        rendered.Replace(Placeholder, escaped ? string.Concat(odd.Select(c => $"\\u{(int)c:X4}")) : odd, StringComparison.Ordinal);

    private static string Describe(string text) => string.Join(" ", text.Select(c => $"U+{(int)c:X4}"));

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
