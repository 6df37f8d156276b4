using System;
using System.Text;

namespace UsageGen.Generator.Emit
{
    /// <summary>Writes descriptions from the spec as XML documentation comments.</summary>
    internal static class XmlDoc
    {
        /// <summary>Escapes text for an XML doc comment.</summary>
        public static string Escape(string text)
        {
            if (!NeedsEscaping(text))
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            for (var i = 0; i < text.Length; i++)
            {
                var character = text[i];
                if (char.IsSurrogate(character))
                {
                    // A pair is kept; a lone half is not valid XML.
                    if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(character).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    continue;
                }

                switch (character)
                {
                    // Every character C# treats as a line end would end the comment and turn the rest into code.
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        builder.Append('\n');
                        break;
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    case '\'': builder.Append("&apos;"); break;
                    case '\r': break;
                    default: builder.Append(char.IsControl(character) && character != '\n' ? ' ' : character); break;
                }
            }

            return builder.ToString();
        }

        // Control characters other than '\n', and " & ' < >: the characters below 64 that need escaping, one bit each.
        private const ulong EscapedBelow64 = 0xFFFF_FBFFUL | (1UL << '"') | (1UL << '&') | (1UL << '\'') | (1UL << '<') | (1UL << '>');

        // Most descriptions are plain text; building a copy of each one was a tenth of all emit allocations. The check
        // runs over every description character, so printable ASCII costs one bit test.
        private static bool NeedsEscaping(string text)
        {
            foreach (var character in text)
            {
                if (character < 64)
                {
                    if (((EscapedBelow64 >> character) & 1) != 0)
                    {
                        return true;
                    }
                }
                else if (character >= '\u007F' && (character <= '\u009F' || character is '\u2028' or '\u2029' || char.IsSurrogate(character)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A <c>summary</c> element, one comment line per description line.</summary>
        public static void Summary(SourceWriter writer, string text, string? extraLine = null)
        {
            writer.WriteLine("/// <summary>");
            foreach (var line in Escape(text).Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    writer.WriteLine($"/// {trimmed}");
                }
            }

            if (extraLine is not null)
            {
                writer.WriteLine($"/// {extraLine}");
            }

            writer.WriteLine("/// </summary>");
        }

        /// <summary>A one-line <c>summary</c> element for members.</summary>
        public static void InlineSummary(SourceWriter writer, string text, bool raw = false)
        {
            var escaped = raw ? text : Escape(text);
            if (escaped.IndexOf('\n') < 0 && escaped.Length > 0 && !char.IsWhiteSpace(escaped[0]) && !char.IsWhiteSpace(escaped[escaped.Length - 1]))
            {
                // One line with nothing to trim, as most are: written as it is.
                writer.WriteLine($"/// <summary>{escaped}</summary>");
                return;
            }

            writer.WriteLine($"/// <summary>{string.Join(" ", escaped.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim()}</summary>");
        }

        public static void Param(SourceWriter writer, string name, string text) =>
            writer.WriteLine($"/// <param name=\"{name}\">{(string.Join(" ", Escape(text).Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim())}</param>");
    }
}
