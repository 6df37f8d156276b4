using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The 27 operations of spec/launchdarkly-usage.yaml.</summary>
    internal static class UsageOperations
    {
        public static readonly IReadOnlyList<UsageOperation> All = ContextOperations.Create()
            .Concat(EventOperations.Create())
            .Concat(ObservabilityOperations.Create())
            .Concat(LegacyMauOperations.Create())
            .Concat(FlagAndStreamOperations.Create())
            .Concat(SdkVersionDetailsOperation.Create())
            .ToArray();
    }
}
