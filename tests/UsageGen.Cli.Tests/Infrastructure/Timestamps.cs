using System;
using System.Globalization;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>The range the output tests ask for, in both units the description uses.</summary>
    public static class Timestamps
    {
        public const string From = "2024-03-01";
        public const string To = "2024-03-10";

        public static long FromMilliseconds => Parse(From).ToUnixTimeMilliseconds();

        public static long ToMilliseconds => Parse(To).ToUnixTimeMilliseconds();

        public static long FromSeconds => Parse(From).ToUnixTimeSeconds();

        public static long ToSeconds => Parse(To).ToUnixTimeSeconds();

        /// <summary>The ISO 8601 UTC spelling the CLI writes for a millisecond timestamp.</summary>
        public static string Iso(long milliseconds) =>
            DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static DateTimeOffset Parse(string date) =>
            DateTimeOffset.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }
}
