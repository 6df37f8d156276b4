using Xunit;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>Tests that change process environment variables run one at a time.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EnvironmentVariableCollection
    {
        public const string Name = "Environment variables";
    }
}
