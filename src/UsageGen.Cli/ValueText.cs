using System;
using System.Globalization;
using System.Numerics;

namespace UsageGen.Cli
{
    /// <summary>The invariant spellings of numbers and times that every output format shares.</summary>
    internal static class ValueText
    {
        /// <summary>
        /// A value as every output writes it: a count exactly, a fractional value to 15 significant digits, which drops the
        /// binary rounding noise of sums (0.1 + 0.2 is 0.3) and never needs an exponent.
        /// </summary>
        public static decimal Decimal<TValue>(TValue value)
            where TValue : INumberBase<TValue> => decimal.CreateSaturating(value);

        /// <summary>A value without trailing zeros or thousands separators, e.g. <c>12.5</c> or <c>1204</c>.</summary>
        public static string Number<TValue>(TValue value)
            where TValue : INumberBase<TValue> => Decimal(value).ToString("0.############################", CultureInfo.InvariantCulture);

        /// <summary>An ISO 8601 UTC time, e.g. <c>2024-05-01T00:00:00Z</c>.</summary>
        public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
