using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Models;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>The spec's error responses: which model each status maps to and the service code it carries.</summary>
    public static class ErrorModels
    {
        public static Type TypeFor(int status) => status switch
        {
            400 => typeof(InvalidRequestErrorRep),
            401 => typeof(UnauthorizedErrorRep),
            403 => typeof(ForbiddenErrorRep),
            404 => typeof(NotFoundErrorRep),
            429 => typeof(RateLimitedErrorRep),
            503 => typeof(StatusServiceUnavailable),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an error status of the spec."),
        };

        public static string CodeFor(int status) => status switch
        {
            400 => "invalid_request",
            401 => "unauthorized",
            403 => "forbidden",
            404 => "not_found",
            429 => "rate_limited",
            503 => "service_unavailable",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an error status of the spec."),
        };

        /// <summary>The <c>code</c> and <c>message</c> a typed error model parsed from the body.</summary>
        public static (string? Code, string? Message) Read(ApiException exception) => exception switch
        {
            InvalidRequestErrorRep e => (e.Code, e.MessageEscaped),
            UnauthorizedErrorRep e => (e.Code, e.MessageEscaped),
            ForbiddenErrorRep e => (e.Code, e.MessageEscaped),
            NotFoundErrorRep e => (e.Code, e.MessageEscaped),
            RateLimitedErrorRep e => (e.Code, e.MessageEscaped),
            StatusServiceUnavailable e => (e.Code, e.MessageEscaped),
            _ => throw new ArgumentException($"{exception.GetType()} is not one of the spec's error models.", nameof(exception)),
        };

        /// <summary>A response header of an ApiException, looked up case-insensitively.</summary>
        public static string[] Header(ApiException exception, string name) =>
            exception.ResponseHeaders
                .Where(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(header => header.Value)
                .ToArray();

        /// <summary>Headers a rate-limited or unavailable response carries; Retry-After 0 keeps retries instant.</summary>
        public static IReadOnlyDictionary<string, string> RetryHeaders(int status) => status == 429
            ? new Dictionary<string, string> { ["Retry-After"] = "0", ["X-Ratelimit-Reset"] = "1700000060000" }
            : new Dictionary<string, string> { ["Retry-After"] = "0" };
    }
}
