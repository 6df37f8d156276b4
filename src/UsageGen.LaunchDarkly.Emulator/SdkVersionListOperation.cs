using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>GET /streams/{source}/sdkversions: the SDK name and version pairs connected from that source.</summary>
    internal sealed class SdkVersionListOperation : UsageOperation
    {
        // No query parameters, so its description lists no 400.
        public SdkVersionListOperation()
            : base("/api/v2/usage/streams/{source}/sdkversions", unit: null, 401, 403, 429)
        {
        }

        public override IReadOnlyList<IQueryParameter> QueryParameters => Array.Empty<IQueryParameter>();

        public override byte[] Respond(UsageRequest request)
        {
            var source = StreamSources.Read(request);
            var versions = UsageCatalog.SdkVersions(source).Select(pair => (pair.Sdk.DisplayName, pair.Version));
            return JsonBodies.SdkVersionList(request.SelfHref, versions);
        }
    }
}
