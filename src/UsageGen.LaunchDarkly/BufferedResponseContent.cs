using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Takes the place of a response's content so that <see cref="HttpContent.LoadIntoBufferAsync(long)"/> copies the
    /// body from the network once, into the buffer HttpClient and Kiota read from afterwards, counting bytes against the
    /// limit and checking JSON block by block on the way. Read failures become
    /// <see cref="LaunchDarklyUnusableResponseException"/>s, which HttpContent passes through unwrapped.
    /// </summary>
    internal sealed class BufferedResponseContent : HttpContent
    {
        private const int InitialBlockSize = 16 * 1024;

        private readonly HttpContent _inner;
        private readonly HttpResponseMessage _response;
        private readonly long _maxBytes;
        private readonly JsonBodyScanner? _scanner;
        private readonly CancellationToken _cancellationToken;

        public BufferedResponseContent(HttpResponseMessage response, HttpContent inner, long maxBytes, JsonBodyScanner? scanner, CancellationToken cancellationToken)
        {
            _response = response;
            _inner = inner;
            _maxBytes = maxBytes;
            _scanner = scanner;
            _cancellationToken = cancellationToken;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        /// <summary>The body's length once buffered.</summary>
        public long Length { get; private set; }

        /// <summary>What the JSON check found, once buffered; null when the body was not checked.</summary>
        public JsonBodyState? JsonState { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
#if NET8_0_OR_GREATER
            var source = await _inner.ReadAsStreamAsync(_cancellationToken).ConfigureAwait(false);
#else
            var source = await _inner.ReadAsStreamAsync().ConfigureAwait(false);
#endif

            // Some older handlers ignore the token while reading; closing the stream stops such a read too.
            using var stopOnCancel = _cancellationToken.Register(static state => ((IDisposable)state!).Dispose(), source);
            var block = ArrayPool<byte>.Shared.Rent(InitialBlockSize);
            try
            {
                // Bytes at the start of the block that the JSON check has not consumed yet: a token split across reads.
                var pending = 0;
                long total = 0;
                while (true)
                {
                    if (pending == block.Length)
                    {
                        block = Grow(block, pending);
                    }

                    // At most one byte past the limit is read: enough to know the body is too large.
                    var wanted = (int)Math.Min(block.Length - pending, _maxBytes - total + 1);
                    var read = await ReadAsync(source, block, pending, wanted, total).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                    if (total > _maxBytes)
                    {
                        throw ResponseValidationHandler.Unusable(UnusableResponseReason.TooLarge, _response, $"the body is larger than the {_maxBytes:N0}-byte limit (MaxResponseBytes); reading stopped after {total:N0} bytes. Ask for a shorter period or fewer groups, or raise LaunchDarklyUsageClientOptions.MaxResponseBytes.");
                    }

                    await stream.WriteAsync(block, pending, read, _cancellationToken).ConfigureAwait(false);
                    pending += read;
                    if (_scanner is null)
                    {
                        pending = 0;
                        continue;
                    }

                    if (!_scanner.TryScan(new ReadOnlySpan<byte>(block, 0, pending), out var consumed))
                    {
                        throw ResponseValidationHandler.Unusable(UnusableResponseReason.MalformedJson, _response, $"the body is labelled JSON but is not valid JSON (it stops being JSON near byte {_scanner.ErrorOffset:N0}); a proxy or the service sent something else. Retry later, and check any proxy between you and the service if it persists.");
                    }

                    Buffer.BlockCopy(block, consumed, block, 0, pending - consumed);
                    pending -= consumed;
                }

                Length = total;
                JsonState = _scanner?.Finish(new ReadOnlySpan<byte>(block, 0, pending));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            // The declared length lets LoadIntoBufferAsync size its buffer once.
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private async Task<int> ReadAsync(Stream source, byte[] block, int offset, int count, long receivedSoFar)
        {
            try
            {
                return await source.ReadAsync(block, offset, count, _cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                throw ResponseValidationHandler.Unusable(UnusableResponseReason.ConnectionLost, _response, $"the connection was lost after {receivedSoFar:N0} bytes of the body. The call can be retried; the client already retries this up to Retry.MaxRetries times.", ex);
            }
        }

        private static byte[] Grow(byte[] block, int used)
        {
            var larger = ArrayPool<byte>.Shared.Rent(block.Length * 2);
            Buffer.BlockCopy(block, 0, larger, 0, used);
            ArrayPool<byte>.Shared.Return(block);
            return larger;
        }
    }
}
