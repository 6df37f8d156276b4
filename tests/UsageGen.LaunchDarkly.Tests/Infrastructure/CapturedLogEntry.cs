using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>Everything a log call exposed: the formatted message, the exception, the state's values and the active scopes.</summary>
    public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyList<string> StateValues, IReadOnlyList<string> Scopes)
    {
        /// <summary>All the text a logging provider could write for this entry.</summary>
        public IEnumerable<string> Texts()
        {
            yield return Message;
            if (Exception is not null)
            {
                yield return Exception;
            }

            foreach (var value in StateValues)
            {
                yield return value;
            }

            foreach (var scope in Scopes)
            {
                yield return scope;
            }
        }
    }
}
