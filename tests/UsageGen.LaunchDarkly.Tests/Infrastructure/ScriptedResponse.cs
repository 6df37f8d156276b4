using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>A response a test queues for the next request to a path.</summary>
    public sealed record ScriptedResponse(int Status, string? Body, IReadOnlyDictionary<string, string> Headers)
    {
        public static ScriptedResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
            new(status, body, headers ?? new Dictionary<string, string>());

        public static ScriptedResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
            Json(status, UsageResponses.Error(code, message), headers);

        /// <summary>Marks a script that drops the connection instead of answering.</summary>
        public const int AbortStatus = -1;

        public static ScriptedResponse Abort() => new(AbortStatus, null, new Dictionary<string, string>());

        public static ScriptedResponse Redirect(string location) =>
            new(302, null, new Dictionary<string, string> { ["Location"] = location });

        /// <summary>Writes the whole response itself, for faults a status and a JSON body cannot express (see <see cref="FaultResponses"/>).</summary>
        public Func<HttpContext, Task>? Respond { get; init; }

        public static ScriptedResponse Custom(Func<HttpContext, Task> respond) =>
            new(0, null, new Dictionary<string, string>()) { Respond = respond };
    }
}
