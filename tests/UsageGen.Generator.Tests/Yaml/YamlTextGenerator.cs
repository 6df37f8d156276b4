using System;
using System.Linq;
using System.Text;

namespace UsageGen.Generator.Tests.Yaml;

/// <summary>
/// Makes small YAML texts from what descriptions are written with (block mappings and sequences at varied
/// indentation, plain, quoted and block scalars with their indicators, flow collections, anchors and aliases,
/// comments, empty values, CRLF, a missing last line break) and then, for a third of them, breaks a few characters.
/// Deterministic for a seed, so a failure can be replayed.
/// </summary>
internal sealed class YamlTextGenerator
{
    private static readonly string[] Words =
    {
        "a", "b", "key", "x y", "-1", "true", "null", "~", "http://h/p", "a:b", "a #b", "c#d", "*x", "&y", "", "'q'", "\"d\"",
        "[1]", "{a: 1}", "a\\tb", "é", "😀", "- z", "? k", ": v", "|", ">", "%p", "@a", "`b`", "!t", "a: b", "x *y: z",
        "**b** c", "a **b**: c", "*k:", "x *", "2024-01-01", "1e3", "...", "---",
    };

    private const string NoiseCharacters = " \n:-#'\"|>[]{},&*!?\t\\ x0+";

    private readonly Random _random;

    public YamlTextGenerator(int seed) => _random = new Random(seed);

    public string Next()
    {
        var text = new StringBuilder();
        if (Chance(10))
        {
            text.Append("---\n");
        }

        if (Chance(6))
        {
            text.Append("# c\n");
        }

        if (Chance(8))
        {
            Flow(text, 0);
            text.Append('\n');
        }
        else
        {
            Block(text, 0, _random.Next(2) == 0, 0);
        }

        var result = text.ToString();
        if (Chance(8))
        {
            result = result.Replace("\n", "\r\n");
        }

        if (Chance(6) && result.Length > 0)
        {
            result = result.Substring(0, result.Length - 1);
        }

        return Chance(3) ? Break(result) : result;
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string Word() => Words[_random.Next(Words.Length)];

    private string Break(string text)
    {
        var characters = text.ToList();
        for (int i = 0, count = _random.Next(1, 3); i < count && characters.Count > 0; i++)
        {
            var at = _random.Next(characters.Count);
            var character = NoiseCharacters[_random.Next(NoiseCharacters.Length)];
            switch (_random.Next(3))
            {
                case 0:
                    characters.RemoveAt(at);
                    break;
                case 1:
                    characters.Insert(at, character);
                    break;
                default:
                    characters[at] = character;
                    break;
            }
        }

        return new string(characters.ToArray());
    }

    private string Scalar() => _random.Next(8) switch
    {
        0 => "'" + Word().Replace("'", "''") + (Chance(4) ? "\n  more ''x''" : "") + "'",
        1 => "\"" + Word().Replace("\"", "\\\"") + (Chance(3) ? "\\n\\u00e9\\x41\\/\\\\" : "") + (Chance(4) ? "\n   \n  next\\\n  cont" : "") + "\"",
        _ => Word(),
    };

    private void Flow(StringBuilder text, int depth)
    {
        if (depth > 2 || Chance(3))
        {
            text.Append(Scalar().Replace("\n", " "));
            return;
        }

        var isMapping = _random.Next(2) == 0;
        text.Append(isMapping ? '{' : '[');
        var count = _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(Chance(3) ? ",\n  " : Chance(2) ? ", " : ",");
            }

            if (isMapping)
            {
                text.Append(Chance(2) ? "\"k" + i + "\"" : "k" + i).Append(Chance(3) ? ":" : ": ");
            }

            Flow(text, depth + 1);
        }

        if (count > 0 && Chance(6))
        {
            text.Append(',');
        }

        text.Append(isMapping ? '}' : ']');
    }

    private void Value(StringBuilder text, int indent, int depth)
    {
        var anchor = Chance(12) ? "&a" + _random.Next(3) + " " : "";
        switch (_random.Next(depth > 3 ? 4 : 8))
        {
            case 0:
                text.Append(' ').Append(anchor).Append(Scalar());
                if (Chance(5))
                {
                    text.Append("   # c");
                }

                text.Append('\n');
                if (Chance(5))
                {
                    text.Append(' ', indent + 1 + _random.Next(3)).Append(Word()).Append('\n');
                }

                break;
            case 1:
                text.Append(' ').Append(anchor);
                Flow(text, 0);
                text.Append('\n');
                break;
            case 2:
                BlockScalar(text, anchor, indent);
                break;
            case 3:
                text.Append(Chance(3) ? " *a" + _random.Next(3) : "").Append('\n');
                break;
            default:
                if (anchor.Length > 0)
                {
                    text.Append(' ').Append(anchor.TrimEnd());
                }

                if (Chance(6))
                {
                    text.Append("  # c");
                }

                text.Append('\n');
                if (Chance(5))
                {
                    text.Append('\n');
                }

                Block(text, indent + (Chance(4) ? 0 : 1 + _random.Next(4)), _random.Next(2) == 0, depth + 1);
                break;
        }
    }

    private void BlockScalar(StringBuilder text, string anchor, int indent)
    {
        text.Append(' ').Append(anchor).Append(_random.Next(2) == 0 ? '|' : '>');
        if (Chance(3))
        {
            text.Append("-+"[_random.Next(2)]);
        }

        if (Chance(5))
        {
            text.Append((char)('1' + _random.Next(3)));
        }

        if (Chance(5))
        {
            text.Append(" # h");
        }

        text.Append('\n');
        var contentIndent = indent + 1 + _random.Next(3);
        for (int i = 0, lines = _random.Next(5); i < lines; i++)
        {
            var line = _random.Next(6) switch
            {
                0 => "",
                1 => new string(' ', contentIndent + 2) + "more",
                2 => new string(' ', _random.Next(contentIndent + 3)),
                _ => new string(' ', contentIndent) + Word(),
            };
            text.Append(line).Append('\n');
        }
    }

    private void Block(StringBuilder text, int indent, bool isSequence, int depth)
    {
        for (int i = 0, count = 1 + _random.Next(4); i < count; i++)
        {
            if (Chance(10))
            {
                text.Append(' ', _random.Next(indent + 2)).Append("# note\n");
            }

            if (isSequence)
            {
                text.Append(' ', indent).Append('-');
                if (Chance(3))
                {
                    text.Append(" k").Append(_random.Next(3)).Append(':');
                    Value(text, indent + 2, depth + 1);
                    if (Chance(2))
                    {
                        text.Append(' ', indent + 2).Append("k9:");
                        Value(text, indent + 2, depth + 1);
                    }
                }
                else
                {
                    Value(text, indent, depth + 1);
                }
            }
            else
            {
                var key = Chance(8) ? "\"q" + i + "\"" : Chance(10) ? "'s" + (i % 2) + "'" : "k" + (Chance(6) ? 0 : i);
                text.Append(' ', indent).Append(key).Append(Chance(10) ? " :" : ":");
                Value(text, indent, depth);
            }
        }
    }
}
