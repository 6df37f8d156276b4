using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>What the server saw of one request, as it arrived on the wire.</summary>
    /// <param name="Path">The decoded path (ASP.NET Core keeps %2F encoded).</param>
    /// <param name="RawTarget">The request target exactly as sent: encoded path and query.</param>
    /// <param name="RawQuery">The query string as sent, without the leading '?'.</param>
    public sealed record RecordedRequest(
        string Method,
        string Path,
        string RawTarget,
        string RawQuery,
        IReadOnlyDictionary<string, string[]> Headers)
    {
        /// <summary>The raw path part of the request target.</summary>
        public string RawPath => RawTarget.Split('?')[0];

        /// <summary>All values the server received for a header; empty when absent.</summary>
        public string[] HeaderValues(string name) =>
            Headers.TryGetValue(name, out var values) ? values : Array.Empty<string>();

        /// <summary>The raw <c>key=value</c> parts of the query, still percent-encoded.</summary>
        public IReadOnlyList<string> RawQueryParts() =>
            RawQuery.Length == 0 ? Array.Empty<string>() : RawQuery.Split('&');

        /// <summary>The query as decoded key/value pairs, in wire order (repeated keys stay repeated).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> QueryPairs() =>
            RawQueryParts()
                .Select(part =>
                {
                    var separator = part.IndexOf('=');
                    return separator < 0
                        ? new KeyValuePair<string, string>(Uri.UnescapeDataString(part), string.Empty)
                        : new KeyValuePair<string, string>(
                            Uri.UnescapeDataString(part.Substring(0, separator)),
                            Uri.UnescapeDataString(part.Substring(separator + 1)));
                })
                .ToArray();
    }
}
