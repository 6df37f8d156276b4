using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// The text of a metadata value as Kiota parsed it: strings as they are, numbers and booleans invariant, objects
    /// and arrays (untyped nodes) as compact JSON, null as no text.
    /// </summary>
    internal static class MetadataText
    {
        public static string? Of(object? value) => value switch
        {
            null or UntypedNull => null,
            string text => text,
            UntypedString text => text.GetValue(),
            UntypedObject or UntypedArray => Json(value),
            _ => Scalar(value),
        };

        private static string Json(object value)
        {
            var json = new StringBuilder();
            Write(json, value);
            return json.ToString();
        }

        private static void Write(StringBuilder json, object? value)
        {
            switch (value)
            {
                case null or UntypedNull:
                    json.Append("null");
                    break;

                case string text:
                    WriteString(json, text);
                    break;

                case UntypedString text:
                    WriteString(json, text.GetValue() ?? string.Empty);
                    break;

                case UntypedObject obj:
                    json.Append('{');
                    foreach (var property in obj.GetValue())
                    {
                        if (json[json.Length - 1] != '{')
                        {
                            json.Append(',');
                        }

                        WriteString(json, property.Key);
                        json.Append(':');
                        Write(json, property.Value);
                    }

                    json.Append('}');
                    break;

                case UntypedArray array:
                    json.Append('[');
                    foreach (var item in array.GetValue())
                    {
                        if (json[json.Length - 1] != '[')
                        {
                            json.Append(',');
                        }

                        Write(json, item);
                    }

                    json.Append(']');
                    break;

                default:
                    json.Append(Scalar(value));
                    break;
            }
        }

        private static string Scalar(object value) => value switch
        {
            bool flag => flag ? "true" : "false",
            UntypedBoolean flag => flag.GetValue() ? "true" : "false",
            UntypedInteger number => number.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedLong number => number.GetValue().ToString(CultureInfo.InvariantCulture),
            UntypedDecimal number => number.GetValue().ToString(CultureInfo.InvariantCulture),

            // "R" round-trips on every target; netstandard2.0 runtimes may otherwise drop digits.
            UntypedFloat number => number.GetValue().ToString("R", CultureInfo.InvariantCulture),
            UntypedDouble number => number.GetValue().ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        // Readable, so only what JSON requires is escaped: quotes, backslashes and control characters.
        private static void WriteString(StringBuilder json, string text)
        {
            json.Append('"');
            foreach (var character in text)
            {
                switch (character)
                {
                    case '"':
                        json.Append("\\\"");
                        break;
                    case '\\':
                        json.Append("\\\\");
                        break;
                    case '\n':
                        json.Append("\\n");
                        break;
                    case '\r':
                        json.Append("\\r");
                        break;
                    case '\t':
                        json.Append("\\t");
                        break;
                    case < ' ':
                        json.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                        break;
                    default:
                        json.Append(character);
                        break;
                }
            }

            json.Append('"');
        }
    }
}
