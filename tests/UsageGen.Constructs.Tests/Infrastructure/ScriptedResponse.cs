using System.Text;

namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>A response the test server sends for the next request to a route of constructs.yaml.</summary>
    public sealed class ScriptedResponse
    {
        private ScriptedResponse(int status, string? contentType, byte[]? body)
        {
            Status = status;
            ContentType = contentType;
            Body = body;
        }

        public int Status { get; }

        /// <summary>The Content-Type header; none when null.</summary>
        public string? ContentType { get; }

        /// <summary>The body bytes; no body when null.</summary>
        public byte[]? Body { get; }

        public static ScriptedResponse Json(int status, string json, string contentType = "application/json") =>
            new(status, contentType, Encoding.UTF8.GetBytes(json));

        public static ScriptedResponse Text(int status, string text) =>
            new(status, "text/plain", Encoding.UTF8.GetBytes(text));

        public static ScriptedResponse Binary(int status, string contentType, byte[] body) =>
            new(status, contentType, body);

        /// <summary>A status line and headers only, as for 204, 202 or a HEAD answer.</summary>
        public static ScriptedResponse Empty(int status) => new(status, null, null);
    }
}
