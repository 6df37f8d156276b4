using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The deprecated MAU operations (mau, mau/bycategory, mau/sdks): daily points, a 30-day default window, keys
    /// and SDK display names rather than IDs, and rolling 30-day counts by default.
    /// </summary>
    internal static class LegacyMauOperations
    {
        private static readonly string[] SdkTypes = { "client", "server" };

        public static IEnumerable<UsageOperation> Create()
        {
            yield return new DimensionalOperation("/api/v2/usage/mau", TimestampUnit.Unspecified, 400, 401, 403, 429)
            {
                DefaultStart = DefaultStart.ThirtyDaysAgo,
                Rows = UsageRows.Contexts,
                Filters = new[]
                {
                    new FilterParameter("project", Dimensions.ProjectKey),
                    new FilterParameter("environment", Dimensions.EnvironmentKey),
                    new FilterParameter("sdktype", Dimensions.SdkType) { AllowedValues = SdkTypes },
                    new FilterParameter("sdk", Dimensions.SdkDisplayName),
                    new FilterParameter("anonymous", Dimensions.Anonymous) { AllowedValues = SpecParameters.AnonymousValues, IsSingleValued = true },

                    // "If not set, queries for the user context kind."
                    new FilterParameter("contextKind", Dimensions.ContextKind) { DefaultValues = new[] { UsageCatalog.PrimaryContextKind } },
                },
                GroupBy = new GroupByParameter(
                    "groupby",
                    SpecParameters.GroupBy("project", Dimensions.ProjectKey),
                    SpecParameters.GroupBy("environment", Dimensions.EnvironmentKey),
                    SpecParameters.GroupBy("sdktype", Dimensions.SdkType),
                    SpecParameters.GroupBy("sdk", Dimensions.SdkDisplayName),
                    SpecParameters.GroupBy("anonymous", Dimensions.Anonymous),
                    SpecParameters.GroupBy("contextKind", Dimensions.ContextKind),
                    SpecParameters.GroupBy("sdkAppId", Dimensions.SdkAppId)),
                AggregationParameter = SpecParameters.MauAggregationType,
                Scope = new ScopeRule("environment", "project"),
            };

            // Categories: browser, mobile or backend, from the SDK that saw the user.
            yield return new DimensionalOperation("/api/v2/usage/mau/bycategory", TimestampUnit.Unspecified, 400, 401, 403, 404, 429)
            {
                DefaultStart = DefaultStart.ThirtyDaysAgo,
                Rows = UsageRows.Contexts.Where(row => row[Dimensions.ContextKind] == UsageCatalog.PrimaryContextKind).ToArray(),
                AlwaysGroupedBy = new[] { new GroupDimension(Dimensions.Category, "category") },
                FixedAggregation = Aggregation.Rolling30Days,
            };

            yield return new SdkListOperation();
        }
    }
}
