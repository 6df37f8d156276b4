using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>GET /streams/{source}/sdkversions: the SDK name and version pairs connected from that source.</summary>
    internal sealed class SdkVersionListOperation : UsageOperation
    {
        public SdkVersionListOperation()
            : base("/api/v2/usage/streams/{source}/sdkversions")
        {
        }

        public override byte[] Respond(UsageRequest request)
        {
            var source = StreamSources.Read(request);
            var versions = UsageCatalog.SdkVersions(source).Select(pair => (pair.Sdk.DisplayName, pair.Version));
            return JsonBodies.SdkVersionList(request.SelfHref, versions);
        }
    }
}
