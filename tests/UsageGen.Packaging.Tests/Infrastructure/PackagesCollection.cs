using Xunit;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>
    /// The test classes that share one <see cref="PackagedFeed"/>: packing is the expensive part, so it happens once,
    /// and the consumer builds run one after another instead of competing for the CPU.
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class PackagesCollection : ICollectionFixture<PackagedFeed>
    {
        public const string Name = "Packages";
    }
}
