using System;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// A response arrived but cannot be used: an empty, cut-off or invalid JSON body, a body that is not JSON (a
    /// proxy's HTML error page), one larger than <see cref="LaunchDarklyUsageClientOptions.MaxResponseBytes"/>, or a
    /// connection lost while reading it. It is an <see cref="ApiException"/>, so <c>catch (ApiException)</c> still
    /// catches every failed call; <see cref="ApiException.ResponseStatusCode"/> and
    /// <see cref="ApiException.ResponseHeaders"/> describe the response as received. The message says what happened
    /// and what to do, and never quotes the body, the request or its headers.
    /// </summary>
    public sealed class LaunchDarklyUnusableResponseException : ApiException
    {
        /// <summary>Creates the exception for a response with the given status and content type.</summary>
        public LaunchDarklyUnusableResponseException(UnusableResponseReason reason, int responseStatusCode, string? responseContentType, string message, Exception? innerException = null)
            : base(message, innerException!)
        {
            Reason = reason;
            ResponseStatusCode = responseStatusCode;
            ResponseContentType = responseContentType;
        }

        /// <summary>What was wrong with the response.</summary>
        public UnusableResponseReason Reason { get; }

        /// <summary>The media type of the response (such as <c>text/html</c>), or null when it had none.</summary>
        public string? ResponseContentType { get; }
    }
}
