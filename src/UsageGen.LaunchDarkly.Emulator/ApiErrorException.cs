using System;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A request the service rejects: its status and the <c>code</c>/<c>message</c> of the error body.</summary>
    internal sealed class ApiErrorException : Exception
    {
        private ApiErrorException(int status, string code, string message)
            : base(message)
        {
            Status = status;
            Code = code;
        }

        public int Status { get; }

        public string Code { get; }

        public static ApiErrorException InvalidRequest(string message) => new(400, "invalid_request", message);

        public static ApiErrorException NotFound(string message) => new(404, "not_found", message);
    }
}
