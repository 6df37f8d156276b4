using System;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>A spec operation called through the generated client, and the path the call requests.</summary>
    public sealed record EmulatorOperation(string OperationId, string Path, Func<LaunchDarklyUsageClient, Task<object?>> Invoke)
    {
        public override string ToString() => OperationId;
    }
}
