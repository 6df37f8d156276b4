using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace UsageGen.Testing.Http
{
    /// <summary>A response a test queues on a <see cref="RecordingServer"/> for a request still to come.</summary>
    public sealed class ScriptedResponse
    {
        private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

        private ScriptedResponse(int status, string? contentType, byte[]? body, IReadOnlyDictionary<string, string>? headers)
        {
            Status = status;
            ContentType = contentType;
            Body = body;
            Headers = headers ?? NoHeaders;
        }

        /// <summary>The status code.</summary>
        public int Status { get; }

        /// <summary>The Content-Type header; none when null.</summary>
        public string? ContentType { get; }

        /// <summary>The body bytes; no body when null.</summary>
        public byte[]? Body { get; }

        /// <summary>Further response headers.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>True when the server drops the connection instead of answering.</summary>
        public bool AbortsConnection { get; private init; }

        /// <summary>Writes the whole response itself, for faults a status and a body cannot express; null for an ordinary response.</summary>
        public Func<HttpContext, Task>? Respond { get; private init; }

        /// <summary>A JSON body sent as <c>application/json</c>.</summary>
        public static ScriptedResponse Json(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
            new(status, "application/json", Encoding.UTF8.GetBytes(json), headers);

        /// <summary>A JSON body sent with another JSON media type, such as <c>application/problem+json</c>.</summary>
        public static ScriptedResponse Json(int status, string json, string contentType) =>
            new(status, contentType, Encoding.UTF8.GetBytes(json), null);

        /// <summary>A text body, <c>text/plain</c> unless <paramref name="contentType"/> says otherwise.</summary>
        public static ScriptedResponse Text(int status, string text, string contentType = "text/plain") =>
            new(status, contentType, Encoding.UTF8.GetBytes(text), null);

        /// <summary>These body bytes with this content type.</summary>
        public static ScriptedResponse Binary(int status, string contentType, byte[] body) =>
            new(status, contentType, body, null);

        /// <summary>A status line and headers only, as for 204, 202 or a HEAD answer.</summary>
        public static ScriptedResponse Empty(int status) => new(status, null, null, null);

        /// <summary>A 302 to <paramref name="location"/>.</summary>
        public static ScriptedResponse Redirect(string location) =>
            new(302, null, null, new Dictionary<string, string> { ["Location"] = location });

        /// <summary>A connection dropped without any response: what a network fault looks like to the client.</summary>
        public static ScriptedResponse Abort() => new(0, null, null, null) { AbortsConnection = true };

        /// <summary>A response <paramref name="respond"/> writes itself.</summary>
        public static ScriptedResponse Custom(Func<HttpContext, Task> respond) => new(0, null, null, null) { Respond = respond };
    }
}
