using System.Text;

namespace UsageGen.Generator.Helpers
{
    /// <summary>Escapes text for a C# regular string literal.</summary>
    internal static class CSharpLiteral
    {
        public static string Escape(string text)
        {
            if (!NeedsEscaping(text))
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            foreach (var character in text)
            {
                switch (character)
                {
                    case '\\': builder.Append("\\\\"); break;
                    case '"': builder.Append("\\\""); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (char.IsControl(character) || character == '\u2028' || character == '\u2029')
                        {
                            builder.Append("\\u").Append(((int)character).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(character);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        // Control characters and '"': the characters below 64 that need escaping, one bit each.
        private const ulong EscapedBelow64 = 0xFFFF_FFFFUL | (1UL << '"');

        // Runs over every character of every literal; printable ASCII costs one bit test or one comparison.
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
                else if (character == '\\' || (character >= '\u007F' && (character <= '\u009F' || character is '\u2028' or '\u2029')))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
