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

        private static bool NeedsEscaping(string text)
        {
            foreach (var character in text)
            {
                if (character is '\\' or '"' or '\u2028' or '\u2029' || char.IsControl(character))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
