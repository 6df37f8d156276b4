using System;
using System.Collections.Generic;
using System.Text;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>What the server saw of one request, exactly as it arrived on the wire.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="RawPath">The path of the request target, still percent-encoded.</param>
    /// <param name="RawQuery">The query of the request target without the '?', still percent-encoded; empty when none.</param>
    /// <param name="Headers">The request headers, looked up case-insensitively.</param>
    /// <param name="ContentType">The Content-Type header; null when the request had none.</param>
    /// <param name="Body">The body bytes; empty when there was no body.</param>
    /// <param name="Query">The query as ASP.NET Core reads it: names and values percent-decoded, each name's values in order.</param>
    public sealed record RecordedRequest(
        string Method,
        string RawPath,
        string RawQuery,
        IReadOnlyDictionary<string, string[]> Headers,
        string? ContentType,
        byte[] Body,
        IReadOnlyDictionary<string, string[]> Query)
    {
        /// <summary>The body decoded as UTF-8.</summary>
        public string BodyText => Encoding.UTF8.GetString(Body);

        /// <summary>All values the server received for a header; empty when absent.</summary>
        public string[] HeaderValues(string name) =>
            Headers.TryGetValue(name, out var values) ? values : Array.Empty<string>();
    }
}
