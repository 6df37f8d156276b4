using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace UsageGen.Testing.Http
{
    /// <summary>What the server saw of one request, as it arrived on the wire.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="Path">The decoded path (ASP.NET Core keeps %2F encoded).</param>
    /// <param name="RawTarget">The request target exactly as sent: percent-encoded path and query.</param>
    /// <param name="Headers">The request headers, looked up case-insensitively.</param>
    /// <param name="ContentType">The Content-Type header; null when the request had none.</param>
    /// <param name="Body">The body bytes; empty when there was no body.</param>
    public sealed record RecordedRequest(
        string Method,
        string Path,
        string RawTarget,
        IReadOnlyDictionary<string, string[]> Headers,
        string? ContentType,
        byte[] Body)
    {
        /// <summary>The path part of the request target, still percent-encoded.</summary>
        public string RawPath => RawTarget.Split('?')[0];

        /// <summary>The query part of the request target without the '?', still percent-encoded; empty when there is none.</summary>
        public string RawQuery
        {
            get
            {
                var separator = RawTarget.IndexOf('?', StringComparison.Ordinal);
                return separator < 0 ? string.Empty : RawTarget.Substring(separator + 1);
            }
        }

        /// <summary>The query as ASP.NET Core parsed it (keys decoded, <c>created[gte]</c>), values by key in wire order.</summary>
        public IReadOnlyDictionary<string, string[]> Query { get; init; } = new Dictionary<string, string[]>();

        /// <summary>The body decoded as UTF-8.</summary>
        public string BodyText => Encoding.UTF8.GetString(Body);

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
                    var separator = part.IndexOf('=', StringComparison.Ordinal);
                    return separator < 0
                        ? new KeyValuePair<string, string>(Uri.UnescapeDataString(part), string.Empty)
                        : new KeyValuePair<string, string>(
                            Uri.UnescapeDataString(part.Substring(0, separator)),
                            Uri.UnescapeDataString(part.Substring(separator + 1)));
                })
                .ToArray();
    }
}
