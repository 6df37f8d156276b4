using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Turns responses that Kiota cannot use into a <see cref="LaunchDarklyUnusableResponseException"/> with a
    /// <see cref="UnusableResponseReason"/>, instead of a <c>JsonException</c>, an <c>InvalidOperationException</c>
    /// about a missing parse-node factory, a null result or a plain <c>ApiException</c>. For every request that
    /// accepts JSON (all generated operations do) it buffers the body once, at most
    /// <see cref="LaunchDarklyUsageClientOptions.MaxResponseBytes"/>, and checks it: empty, cut off, not JSON, not
    /// labelled JSON, too large, or the connection lost while reading. Error statuses are checked too: a proxy's HTML
    /// 502 page becomes <see cref="UnusableResponseReason.UnexpectedContentType"/> with status 502. HEAD requests and
    /// 1xx, 204 and 3xx responses pass untouched. It sits inside <see cref="LaunchDarklyRetryHandler"/>, which retries
    /// what it throws for 429 and 503 responses and for lost connections.
    /// </summary>
    public sealed class ResponseValidationHandler : DelegatingHandler
    {
        /// <summary>The largest body accepted when no limit is given: 16 MiB.</summary>
        public const long DefaultMaxResponseBytes = 16L * 1024 * 1024;

        private readonly long _maxResponseBytes;

        /// <summary>Creates the handler with the largest body it buffers.</summary>
        /// <param name="maxResponseBytes">From 1 byte to <see cref="int.MaxValue"/> (HttpContent's buffer limit).</param>
        public ResponseValidationHandler(long maxResponseBytes = DefaultMaxResponseBytes)
        {
            if (maxResponseBytes < 1 || maxResponseBytes > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(maxResponseBytes), maxResponseBytes, "The limit must be between 1 byte and int.MaxValue bytes.");
            }

            _maxResponseBytes = maxResponseBytes;
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!ShouldCheck(request, response))
            {
                return response;
            }

            try
            {
                await CheckAsync(response, cancellationToken).ConfigureAwait(false);
                return response;
            }
            catch
            {
                // Closes the connection rather than draining a body nobody will read.
                response.Dispose();
                throw;
            }
        }

        internal static LaunchDarklyUnusableResponseException Unusable(UnusableResponseReason reason, HttpResponseMessage response, string detail, Exception? innerException = null)
        {
            var status = (int)response.StatusCode;
            var contentType = response.Content?.Headers.ContentType?.MediaType;
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "LaunchDarkly usage API: unusable response (status {0}, {1}): {2}",
                status,
                contentType is null ? "no content type" : "content type " + contentType,
                detail);
            var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
            {
                headers[header.Key] = header.Value;
            }

            return new LaunchDarklyUnusableResponseException(reason, status, contentType, message, innerException) { ResponseHeaders = headers };
        }

        private static bool ShouldCheck(HttpRequestMessage request, HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            if (request.Method == HttpMethod.Head || status < 200 || status == 204 || (status >= 300 && status < 400))
            {
                return false;
            }

            foreach (var accept in request.Headers.Accept)
            {
                if (IsJson(accept.MediaType))
                {
                    return true;
                }
            }

            return false;
        }

        private async Task CheckAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var content = response.Content;
            var declaredLength = content?.Headers.ContentLength;
            if (declaredLength > _maxResponseBytes)
            {
                throw Unusable(UnusableResponseReason.TooLarge, response, $"the body is {declaredLength:N0} bytes, over the {_maxResponseBytes:N0}-byte limit (MaxResponseBytes); it was not read. Ask for a shorter period or fewer groups, or raise LaunchDarklyUsageClientOptions.MaxResponseBytes.");
            }

            var isJson = IsJson(content?.Headers.ContentType?.MediaType);
            if (!isJson && declaredLength > 0)
            {
                // Not read: its length is known, and whatever it says, Kiota could not parse it.
                throw NotJson(response);
            }

            if (content is null || declaredLength == 0)
            {
                throw Empty(response);
            }

            var buffered = new BufferedResponseContent(response, content, _maxResponseBytes, isJson ? new JsonBodyScanner() : null, cancellationToken);
            response.Content = buffered;
            await buffered.LoadIntoBufferAsync(_maxResponseBytes).ConfigureAwait(false);
            switch (buffered.JsonState)
            {
                case null when buffered.Length == 0:
                case JsonBodyState.Empty:
                    throw Empty(response);
                case null:
                    throw NotJson(response);
                case JsonBodyState.Truncated:
                    throw Unusable(UnusableResponseReason.TruncatedJson, response, $"the JSON body ended after {buffered.Length:N0} bytes, before the document was complete; the response was cut short. Retry the call.");
            }
        }

        private static LaunchDarklyUnusableResponseException Empty(HttpResponseMessage response) =>
            Unusable(UnusableResponseReason.EmptyBody, response, "the body is empty where the operation returns JSON. Retry later, and check any proxy between you and the service if it persists.");

        private static LaunchDarklyUnusableResponseException NotJson(HttpResponseMessage response) =>
            Unusable(UnusableResponseReason.UnexpectedContentType, response, "the body is not JSON; it is probably an error page from a proxy or gateway in front of the service. Check BaseUrl and any proxy settings, and retry later.");

        // What Kiota's JSON parse-node factory accepts: application/json and vendor types such as application/problem+json.
        private static bool IsJson(string? mediaType) =>
            mediaType is not null &&
            (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase) ||
             (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
    }
}
