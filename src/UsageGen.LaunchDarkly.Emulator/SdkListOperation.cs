using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>GET /mau/sdks: the display names of the SDKs with MAU in the window, optionally of one <c>sdktype</c>.</summary>
    internal sealed class SdkListOperation : UsageOperation
    {
        private static readonly FilterParameter SdkType = new("sdktype", Dimensions.SdkType) { AllowedValues = new[] { "client", "server" }, IsSingleValued = true };

        public SdkListOperation()
            : base("/api/v2/usage/mau/sdks", TimestampUnit.Milliseconds, 400, 401, 403, 429)
        {
        }

        public override IReadOnlyList<IQueryParameter> QueryParameters => TimeWindow.Parameters.Append(SdkType).ToArray();

        public override byte[] Respond(UsageRequest request)
        {
            var sdkTypes = SdkType.Read(request.Query);
            TimeWindow.Resolve(request.Query, TimestampUnit.Milliseconds, DefaultStart.SevenDaysAgo, request.Now);
            var names = UsageCatalog.Sdks
                .Where(sdk => sdkTypes.Count == 0 || sdkTypes.Contains(sdk.Type, StringComparer.Ordinal))
                .Select(sdk => sdk.DisplayName)
                .OrderBy(name => name, StringComparer.Ordinal);
            return JsonBodies.SdkList(request.SelfHref, names);
        }
    }
}
