using System;
using System.Collections.Generic;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>What the server saw of one request, as it arrived on the wire.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="RawTarget">The request target exactly as sent: percent-encoded path and query.</param>
    /// <param name="Headers">The request headers, looked up case-insensitively.</param>
    public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string[]> Headers)
    {
        /// <summary>All values the server received for a header; empty when absent.</summary>
        public string[] HeaderValues(string name) =>
            Headers.TryGetValue(name, out var values) ? values : Array.Empty<string>();
    }
}
