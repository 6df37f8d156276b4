using System;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>A child process ran past its time limit and was killed with its whole process tree.</summary>
    public sealed class ProcessTimeoutException : Exception
    {
        public ProcessTimeoutException(string message)
            : base(message)
        {
        }
    }
}
