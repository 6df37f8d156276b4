using System;
using Microsoft.AspNetCore.Http;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>What an operation needs from a request: its query, path values, the data clock and the seed.</summary>
    internal sealed class UsageRequest
    {
        private readonly HttpRequest _request;

        public UsageRequest(HttpRequest request, DateTimeOffset now, int seed)
        {
            _request = request;
            Now = now;
            Seed = seed;
            Query = new QueryReader(request.Query);
        }

        public QueryReader Query { get; }

        public DateTimeOffset Now { get; }

        public int Seed { get; }

        /// <summary>The path and query as received, for <c>_links.self</c>.</summary>
        public string SelfHref => _request.PathBase.Add(_request.Path).ToUriComponent() + _request.QueryString.ToUriComponent();

        public string RouteValue(string name) => _request.RouteValues[name] as string ?? string.Empty;
    }
}
