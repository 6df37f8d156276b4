using System;
using System.Globalization;

namespace UsageGen.Cli
{
    /// <summary>The invariant spellings of numbers and times that every output format shares.</summary>
    internal static class ValueText
    {
        /// <summary>A value without trailing zeros or thousands separators, e.g. <c>12.5</c>.</summary>
        public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

        /// <summary>An ISO 8601 UTC time, e.g. <c>2024-05-01T00:00:00Z</c>.</summary>
        public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
