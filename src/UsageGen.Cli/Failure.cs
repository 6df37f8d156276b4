using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Cli
{
    /// <summary>A failed request, reduced to the exit code and the one line that explains it.</summary>
    internal sealed class Failure
    {
        private Failure(int exitCode, string message)
        {
            ExitCode = exitCode;
            Message = message;
        }

        /// <summary>One of <see cref="ExitCodes"/>.</summary>
        public int ExitCode { get; }

        /// <summary>The explanation, without the <c>error: </c> prefix.</summary>
        public string Message { get; }

        /// <summary>Classifies what a request threw, or returns null for exceptions that are not request failures.</summary>
        public static Failure? From(Exception exception) => exception switch
        {
            LaunchDarklyUnusableResponseException unusable => FromUnusableResponse(unusable),
            ApiException api => FromResponse(api),
            HttpRequestException network => new Failure(ExitCodes.ServiceUnavailable, "network failure: " + network.Message),

            // HttpClient reports its timeout as a cancellation nobody asked for.
            TaskCanceledException { InnerException: TimeoutException } => new Failure(ExitCodes.ServiceUnavailable, "the request timed out"),
            _ => null,
        };

        // A response that could not be read is the service's (or a proxy's) failure, unless its status says otherwise;
        // a body over the size limit is not: asking for less is what helps, not waiting.
        private static Failure FromUnusableResponse(LaunchDarklyUnusableResponseException exception)
        {
            var exitCode = exception.Reason == UnusableResponseReason.TooLarge
                ? ExitCodes.Failure
                : exception.ResponseStatusCode switch
                {
                    401 or 403 => ExitCodes.AuthenticationFailed,
                    429 => ExitCodes.RateLimited,
                    _ => ExitCodes.ServiceUnavailable,
                };
            return new Failure(exitCode, exception.Message);
        }

        private static Failure FromResponse(ApiException exception)
        {
            var status = exception.ResponseStatusCode;
            var (code, message) = exception switch
            {
                InvalidRequestErrorRep error => (error.Code, error.Message),
                UnauthorizedErrorRep error => (error.Code, error.Message),
                ForbiddenErrorRep error => (error.Code, error.Message),
                NotFoundErrorRep error => (error.Code, error.Message),
                RateLimitedErrorRep error => (error.Code, error.Message),
                StatusServiceUnavailable error => (error.Code, error.Message),
                _ => (null, exception.Message),
            };
            var exitCode = status switch
            {
                401 or 403 => ExitCodes.AuthenticationFailed,
                429 => ExitCodes.RateLimited,
                >= 500 => ExitCodes.ServiceUnavailable,
                _ => ExitCodes.Failure,
            };
            var text = string.IsNullOrEmpty(message) ? "(no message)" : message;
            return new Failure(exitCode, string.IsNullOrEmpty(code) ? $"{status}: {text}" : $"{status} {code}: {text}");
        }
    }
}
