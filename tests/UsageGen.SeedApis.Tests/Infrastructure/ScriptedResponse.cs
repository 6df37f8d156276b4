using System.Collections.Generic;

namespace UsageGen.SeedApis.Tests.Infrastructure
{
    /// <summary>A response the test server sends for the next request to one of its routes.</summary>
    public sealed class ScriptedResponse
    {
        private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

        public ScriptedResponse(int status, string? jsonBody, IReadOnlyDictionary<string, string>? headers = null)
        {
            Status = status;
            JsonBody = jsonBody;
            Headers = headers ?? NoHeaders;
        }

        public int Status { get; }

        /// <summary>Sent as <c>application/json</c>; no body when null.</summary>
        public string? JsonBody { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public static ScriptedResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
            new(status, body, headers);
    }
}
