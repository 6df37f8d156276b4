namespace UsageGen.LaunchDarkly
{
    /// <summary>Why a response could not be used; see <see cref="LaunchDarklyUnusableResponseException"/>.</summary>
    public enum UnusableResponseReason
    {
        /// <summary>The body was empty (or only whitespace) where the operation returns JSON.</summary>
        EmptyBody,

        /// <summary>The JSON body ended before the document was complete.</summary>
        TruncatedJson,

        /// <summary>The body was labelled JSON but is not valid JSON, such as a plain-text error under <c>application/json</c>.</summary>
        MalformedJson,

        /// <summary>
        /// The body is not JSON (or has no content type), such as an HTML error page from a proxy or gateway in front
        /// of the service. The status code is kept: a 502 page is a 502.
        /// </summary>
        UnexpectedContentType,

        /// <summary>The body is larger than <see cref="LaunchDarklyUsageClientOptions.MaxResponseBytes"/>.</summary>
        TooLarge,

        /// <summary>The connection failed while the body was being received, after the status and headers had arrived.</summary>
        ConnectionLost,
    }
}
