using System;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>One call of an operation through the generated client, and the request path it must produce.</summary>
    public class OperationCall
    {
        private readonly Func<LaunchDarklyUsageClient, IRequestOption[], Task<object?>> _invoke;

        public OperationCall(string path, Func<LaunchDarklyUsageClient, IRequestOption[], Task<object?>> invoke)
        {
            Path = path;
            _invoke = invoke;
        }

        /// <summary>The decoded request path, its path parameters filled in (none of them needs escaping).</summary>
        public string Path { get; }

        /// <summary>Sends the call; the options are added to the request (e.g. to turn retries off).</summary>
        public Task<object?> InvokeAsync(LaunchDarklyUsageClient client, params IRequestOption[] options) => _invoke(client, options);
    }
}
