using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// What became of a large scripted body: how much the server wrote, and whether the client hung up before the end.
    /// (Kestrel accepts and discards writes for a moment after the client hangs up, so the byte count says little about
    /// a body the client abandoned; the hang-up does.)
    /// </summary>
    public sealed class ResponseProgress
    {
        private readonly TaskCompletionSource<long> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _clientHungUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _bytesWritten;

        public long BytesWritten => Interlocked.Read(ref _bytesWritten);

        /// <summary>Completes with the bytes written once the server stops writing, for whatever reason.</summary>
        public Task<long> Finished => _finished.Task;

        /// <summary>Completes when the client closes the connection while the response is being written.</summary>
        public Task ClientHungUp => _clientHungUp.Task;

        public void Add(int bytes) => Interlocked.Add(ref _bytesWritten, bytes);

        public void Finish() => _finished.TrySetResult(BytesWritten);

        public void HangUp() => _clientHungUp.TrySetResult();
    }
}
