using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using UsageGen.Testing.Http;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>Responses that go wrong on the wire: wrong content types, bodies cut short, connections dropped or stalled, huge bodies.</summary>
    public static class FaultResponses
    {
        private const string TotalMauPath = "/api/v2/usage/total-mau";

        // Longer than any test waits: a stalled response ends when the client hangs up, this is only a backstop.
        private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

        private static readonly TimeSpan OutputLoopGrace = TimeSpan.FromMilliseconds(250);

        /// <summary>A valid series-list body of the total-mau route.</summary>
        public static string ValidBody => UsageResponses.SeriesList(TotalMauPath);

        /// <summary>Exactly this status, content type (none when null) and body, with a correct Content-Length.</summary>
        public static ScriptedResponse Body(int status, string? contentType, string body, IReadOnlyDictionary<string, string>? headers = null) =>
            ScriptedResponse.Custom(async context =>
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = contentType;
                context.Response.ContentLength = bytes.Length;
                foreach (var header in headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[header.Key] = header.Value;
                }

                await context.Response.Body.WriteAsync(bytes);
            });

        /// <summary>A 200 JSON response whose connection is reset after <paramref name="sentBytes"/> bytes of a longer, declared body.</summary>
        public static ScriptedResponse ResetMidBody(int sentBytes) =>
            ScriptedResponse.Custom(async context =>
            {
                await SendPartOfBodyAsync(context, sentBytes);

                // A flush hands the bytes to Kestrel's output loop, not yet to the socket; aborting at once could drop
                // them, and the client would see a reset before the headers instead of in the middle of the body.
                await Task.Delay(OutputLoopGrace);
                context.Abort();
            });

        /// <summary>Never answers: the request waits for headers until the client gives up.</summary>
        public static ScriptedResponse StallBeforeHeaders() =>
            ScriptedResponse.Custom(context => StallAsync(context));

        /// <summary>Sends the headers and part of the body, signals <paramref name="bodyStarted"/>, then stalls until the client gives up.</summary>
        public static ScriptedResponse StallMidBody(int sentBytes, TaskCompletionSource bodyStarted) =>
            ScriptedResponse.Custom(async context =>
            {
                await SendPartOfBodyAsync(context, sentBytes);
                bodyStarted.TrySetResult();
                await StallAsync(context);
            });

        /// <summary>A valid JSON body written a few bytes at a time, each piece flushed, so the client reads it in many small blocks.</summary>
        public static ScriptedResponse Trickle(string body, int pieceSize) =>
            ScriptedResponse.Custom(async context =>
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                for (var offset = 0; offset < bytes.Length; offset += pieceSize)
                {
                    await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(pieceSize, bytes.Length - offset)));
                    await context.Response.Body.FlushAsync();
                }
            });

        /// <summary>
        /// A valid series-list body of <paramref name="totalBytes"/> bytes, padded with whitespace inside the document,
        /// declared with Content-Length or sent chunked. It stops writing when the client hangs up.
        /// </summary>
        public static ScriptedResponse Large(long totalBytes, bool declareLength, ResponseProgress progress) =>
            ScriptedResponse.Custom(async context =>
            {
                // The whitespace goes after "series": where a JSON reader consumes it as it goes.
                var body = ValidBody;
                var split = body.IndexOf("\"series\":", StringComparison.Ordinal) + "\"series\":".Length;
                var head = Encoding.UTF8.GetBytes(body.Substring(0, split));
                var tail = Encoding.UTF8.GetBytes(body.Substring(split));
                var padding = new byte[64 * 1024];
                padding.AsSpan().Fill((byte)' ');
                // Kept registered after the writes end: Kestrel may signal the hang-up only after it has discarded them all.
                context.RequestAborted.Register(progress.HangUp);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                if (declareLength)
                {
                    context.Response.ContentLength = totalBytes;
                }

                try
                {
                    await WriteAsync(context, head, head.Length, progress);
                    var remaining = totalBytes - head.Length - tail.Length;
                    while (remaining > 0)
                    {
                        var piece = (int)Math.Min(padding.Length, remaining);
                        await WriteAsync(context, padding, piece, progress);
                        remaining -= piece;
                    }

                    await WriteAsync(context, tail, tail.Length, progress);
                }
                catch (Exception ex) when (ex is OperationCanceledException or System.IO.IOException or InvalidOperationException)
                {
                    // The client hung up; how far the server got is what the test looks at.
                }
                finally
                {
                    progress.Finish();
                }
            });

        private static async Task WriteAsync(HttpContext context, byte[] bytes, int count, ResponseProgress progress)
        {
            // Once the client has hung up, Kestrel accepts writes and discards them until RequestAborted fires.
            context.RequestAborted.ThrowIfCancellationRequested();
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, count), context.RequestAborted);
            progress.Add(count);
        }

        private static async Task StallAsync(HttpContext context)
        {
            try
            {
                await Task.Delay(StallLimit, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client hung up, as the test intends.
            }
        }

        // Declares the whole valid body's length but sends only its first bytes.
        private static async Task SendPartOfBodyAsync(HttpContext context, int sentBytes)
        {
            var body = Encoding.UTF8.GetBytes(ValidBody);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body.AsMemory(0, sentBytes));
            await context.Response.Body.FlushAsync();
        }
    }
}
