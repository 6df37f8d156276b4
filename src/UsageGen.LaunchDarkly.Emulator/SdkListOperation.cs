using System;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>GET /mau/sdks: the display names of the SDKs with MAU in the window, optionally of one <c>sdktype</c>.</summary>
    internal sealed class SdkListOperation : UsageOperation
    {
        private static readonly string[] SdkTypes = { "client", "server" };

        public SdkListOperation()
            : base("/api/v2/usage/mau/sdks")
        {
        }

        public override byte[] Respond(UsageRequest request)
        {
            var sdkType = request.Query.OneOf("sdktype", SdkTypes);
            TimeWindow.Resolve(request.Query, TimestampUnit.Milliseconds, DefaultStart.SevenDaysAgo, request.Now);
            var names = UsageCatalog.Sdks
                .Where(sdk => sdkType is null || sdk.Type == sdkType)
                .Select(sdk => sdk.DisplayName)
                .OrderBy(name => name, StringComparer.Ordinal);
            return JsonBodies.SdkList(request.SelfHref, names);
        }
    }
}
