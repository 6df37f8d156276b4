using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Retries 429 and 503 responses and transient network failures, waiting as the service asks
    /// (<c>Retry-After</c>, else LaunchDarkly's <c>X-Ratelimit-Reset</c>, else exponential back-off), a bounded
    /// number of times. When retries run out, the last response is returned as it is, so the caller gets the
    /// typed error with the service's code and message. Kiota's RetryHandler throws an
    /// <c>AggregateException</c> there instead, and ignores <c>X-Ratelimit-Reset</c>. A
    /// <see cref="LaunchDarklyUnusableResponseException"/> from <see cref="ResponseValidationHandler"/> is retried the
    /// same way when the connection was lost mid-body or the status was 429 or 503 (a proxy's HTML 503 page), and
    /// thrown as it is when retries run out.
    /// </summary>
    public sealed class LaunchDarklyRetryHandler : DelegatingHandler
    {
        /// <summary>The header carrying the retry number on retried requests, as Kiota's handler sends it.</summary>
        public const string RetryAttemptHeader = "Retry-Attempt";

        private readonly LaunchDarklyRetryOptions _options;
        private readonly TimeProvider _timeProvider;

        /// <summary>Creates the handler with the given retry settings and clock.</summary>
        public LaunchDarklyRetryHandler(LaunchDarklyRetryOptions options, TimeProvider? timeProvider = null)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _timeProvider = timeProvider ?? TimeProvider.System;
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                // A body can be sent again only from a buffer.
                await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            }

            // Kiota's per-request RetryHandlerOption keeps working: code written for Kiota's handler sets MaxRetry there.
            var maxRetries = request.GetRequestOption<RetryHandlerOption>()?.MaxRetry ?? _options.MaxRetries;
            for (var attempt = 0; ; attempt++)
            {
                HttpResponseMessage response;
                var unusableDelay = TimeSpan.Zero;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsTransient(ex, cancellationToken) && attempt < maxRetries && Backoff(attempt) <= _options.MaxDelay)
                {
                    await WaitAsync(Backoff(attempt), request, attempt, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (LaunchDarklyUnusableResponseException ex) when (attempt < maxRetries && TryGetRetryDelay(ex, attempt, cancellationToken, out unusableDelay))
                {
                    await WaitAsync(unusableDelay, request, attempt, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!IsRetryable(response.StatusCode) || attempt >= maxRetries)
                {
                    return response;
                }

                var delay = RequestedDelay(response) ?? Backoff(attempt);
                if (delay > _options.MaxDelay)
                {
                    return response;
                }

                response.Dispose();
                await WaitAsync(delay, request, attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task WaitAsync(TimeSpan delay, HttpRequestMessage request, int attempt, CancellationToken cancellationToken)
        {
            if (delay > TimeSpan.Zero)
            {
#if NET8_0_OR_GREATER
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
#else
                await _timeProvider.Delay(delay, cancellationToken).ConfigureAwait(false);
#endif
            }

            request.Headers.Remove(RetryAttemptHeader);
            request.Headers.TryAddWithoutValidation(RetryAttemptHeader, (attempt + 1).ToString(CultureInfo.InvariantCulture));
        }

        private static bool IsRetryable(HttpStatusCode status) => (int)status == 429 || status == HttpStatusCode.ServiceUnavailable;

        private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
            !cancellationToken.IsCancellationRequested && exception is HttpRequestException or IOException;

        private TimeSpan Backoff(int attempt) => TimeSpan.FromTicks(_options.InitialDelay.Ticks * (1L << Math.Min(attempt, 20)));

        /// <summary>The wait the service asked for, if it said: Retry-After (seconds or a date), else the reset time.</summary>
        private TimeSpan? RequestedDelay(HttpResponseMessage response) =>
            RateLimitHeaders.DelayFrom(
                response.Headers.RetryAfter,
                response.Headers.TryGetValues(RateLimitHeaders.RateLimitReset, out var values) ? values.FirstOrDefault() : null,
                _timeProvider.GetUtcNow());

        /// <summary>Whether an unusable response is worth another attempt, and after how long.</summary>
        private bool TryGetRetryDelay(LaunchDarklyUnusableResponseException exception, int attempt, CancellationToken cancellationToken, out TimeSpan delay)
        {
            delay = TimeSpan.Zero;
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            if (exception.Reason == UnusableResponseReason.ConnectionLost)
            {
                delay = Backoff(attempt);
            }
            else if (IsRetryable((HttpStatusCode)exception.ResponseStatusCode))
            {
                delay = RateLimitHeaders.DelayFrom(exception.ResponseHeaders, _timeProvider.GetUtcNow()) ?? Backoff(attempt);
            }
            else
            {
                return false;
            }

            return delay <= _options.MaxDelay;
        }
    }
}
