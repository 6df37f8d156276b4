using System.Threading.Tasks;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>The configured API server plus a second one on another port: a different origin on the same host.</summary>
    public sealed class TwoServerFixture : IAsyncLifetime
    {
        public UsageApiServer Api { get; } = new();

        public UsageApiServer Other { get; } = new();

        public async Task InitializeAsync()
        {
            await Api.InitializeAsync();
            await Other.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await Other.DisposeAsync();
            await Api.DisposeAsync();
        }
    }
}
