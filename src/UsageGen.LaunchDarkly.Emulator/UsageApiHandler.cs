using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// Answers one request the way the service does: faults first (they stand in for the service's front door, within
    /// the statuses the operation documents), then the token (401), the beta header (403) and the operation itself
    /// (404, 400 or 200).
    /// </summary>
    internal sealed class UsageApiHandler
    {
        internal const string JsonContentType = "application/json";

        private readonly UsageEmulatorOptions _options;
        private long _requestCount;

        public UsageApiHandler(UsageEmulatorOptions options)
        {
            _options = options;
        }

        public async Task HandleAsync(HttpContext context, UsageOperation? operation)
        {
            var faults = _options.Faults;
            await DelayAsync(faults.ResponseDelay, context.RequestAborted).ConfigureAwait(false);

            var number = Interlocked.Increment(ref _requestCount);
            if (IsNth(number, faults.RateLimitEveryNthRequest) && MayAnswer(operation, StatusCodes.Status429TooManyRequests))
            {
                // Clients wait in real time, so the reset is on the system clock even when the data clock is fixed.
                var reset = DateTimeOffset.UtcNow.AddSeconds(faults.RetryAfterSeconds).ToUnixTimeMilliseconds();
                context.Response.Headers["Retry-After"] = faults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-Ratelimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
                await WriteAsync(context, StatusCodes.Status429TooManyRequests, JsonBodies.Error("rate_limited", "You've exceeded the API rate limit. Try again later.")).ConfigureAwait(false);
                return;
            }

            if (IsNth(number, faults.ServiceUnavailableEveryNthRequest) && MayAnswer(operation, StatusCodes.Status503ServiceUnavailable))
            {
                await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, JsonBodies.Error("service_unavailable", "Requested service unavailable")).ConfigureAwait(false);
                return;
            }

            var headers = context.Request.Headers;
            if (headers.Authorization.Count != 1 || !string.Equals(headers.Authorization[0], _options.AccessToken, StringComparison.Ordinal))
            {
                await WriteAsync(context, StatusCodes.Status401Unauthorized, JsonBodies.Error("unauthorized", "Invalid access token")).ConfigureAwait(false);
                return;
            }

            var version = headers["LD-API-Version"];
            if (version.Count != 1 || !string.Equals(version[0], "beta", StringComparison.Ordinal))
            {
                await WriteAsync(context, StatusCodes.Status403Forbidden, JsonBodies.Error("forbidden", "The LD-API-Version header must be beta for this resource")).ConfigureAwait(false);
                return;
            }

            if (operation is null)
            {
                await WriteAsync(context, StatusCodes.Status404NotFound, JsonBodies.Error("not_found", "Invalid resource identifier")).ConfigureAwait(false);
                return;
            }

            byte[] body;
            try
            {
                body = operation.Respond(new UsageRequest(context.Request, (_options.Now ?? DateTimeOffset.UtcNow).ToUniversalTime(), _options.Seed));
            }
            catch (ApiErrorException error)
            {
                await WriteAsync(context, error.Status, JsonBodies.Error(error.Code, error.Message)).ConfigureAwait(false);
                return;
            }

            await WriteAsync(context, StatusCodes.Status200OK, body).ConfigureAwait(false);
        }

        // Timers may fire a little early; the delay is promised as a minimum, so wait out any remainder.
        private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            for (var elapsed = TimeSpan.Zero; elapsed < delay; elapsed = Stopwatch.GetElapsedTime(started))
            {
                await Task.Delay(delay - elapsed, cancellationToken).ConfigureAwait(false);
            }
        }

        private static bool IsNth(long number, int every) => every > 0 && number % every == 0;

        private bool MayAnswer(UsageOperation? operation, int status) =>
            _options.Faults.AllowUndocumentedStatuses || (operation is not null && operation.DocumentedErrorStatuses.Contains(status));

        private static async Task WriteAsync(HttpContext context, int status, byte[] body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = JsonContentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
