using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The MAU and context operations (total-mau, clientside-mau, total-contexts, clientside-contexts,
    /// serverside-contexts). MAU counts the primary context kind only; the context operations count every kind and
    /// always split by it.
    /// </summary>
    internal static class ContextOperations
    {
        private static readonly GroupDimension ContextKind = new(Dimensions.ContextKind, "contextKind");

        public static IEnumerable<UsageOperation> Create()
        {
            var primary = UsageRows.Contexts.Where(row => row[Dimensions.ContextKind] == UsageCatalog.PrimaryContextKind).ToArray();
            var clientSide = UsageRows.Contexts.Where(row => row[Dimensions.SdkType] == "client").ToArray();
            var serverSide = UsageRows.Contexts.Where(row => row[Dimensions.SdkType] == "server").ToArray();

            yield return Operation("/api/v2/usage/total-mau", TimestampUnit.Milliseconds, primary, MauGroupBy(), alwaysByKind: false,
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, SpecParameters.SdkName, SpecParameters.SdkType, SpecParameters.Anonymous);
            yield return Operation("/api/v2/usage/clientside-mau", TimestampUnit.Milliseconds, primary.Where(row => row[Dimensions.SdkType] == "client").ToArray(), SdkSideGroupBy(), alwaysByKind: false,
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, SpecParameters.SdkName, SpecParameters.Anonymous);
            yield return Operation("/api/v2/usage/total-contexts", TimestampUnit.Milliseconds, UsageRows.Contexts, MauGroupBy(), alwaysByKind: true,
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, SpecParameters.ContextKind, SpecParameters.SdkName, SpecParameters.SdkType, SpecParameters.Anonymous);
            yield return Operation("/api/v2/usage/clientside-contexts", TimestampUnit.Milliseconds, clientSide, SdkSideGroupBy(), alwaysByKind: true,
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, SpecParameters.ContextKind, SpecParameters.SdkName, SpecParameters.Anonymous);

            // The spec documents this operation's from/to in Unix seconds, unlike its siblings.
            yield return Operation("/api/v2/usage/serverside-contexts", TimestampUnit.Seconds, serverSide, SdkSideGroupBy(), alwaysByKind: true,
                SpecParameters.ProjectKey, SpecParameters.EnvironmentKey, SpecParameters.ContextKind, SpecParameters.SdkName, SpecParameters.Anonymous);
        }

        private static DimensionalOperation Operation(
            string template,
            TimestampUnit unit,
            IReadOnlyList<UsageRow> rows,
            GroupByParameter groupBy,
            bool alwaysByKind,
            params FilterParameter[] filters) => new(template, unit, 400, 401, 403, 429, 503)
        {
            DefaultStart = DefaultStart.StartOfMonth,
            Rows = rows,
            Filters = filters,
            GroupBy = groupBy,
            AlwaysGroupedBy = alwaysByKind ? new[] { ContextKind } : Array.Empty<GroupDimension>(),
            AggregationParameter = SpecParameters.AggregationType,
            GranularityParameter = SpecParameters.Granularity,
            Scope = SpecParameters.EnvironmentNeedsOneProject,
        };

        // MauGroupBy: projectId, environmentId, sdkName, sdkType, sdkAppId, anonymousV2.
        private static GroupByParameter MauGroupBy() => new(
            "groupBy",
            SpecParameters.GroupBy("projectId", Dimensions.ProjectId),
            SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
            SpecParameters.GroupBy("sdkName", Dimensions.SdkName),
            SpecParameters.GroupBy("sdkType", Dimensions.SdkType),
            SpecParameters.GroupBy("sdkAppId", Dimensions.SdkAppId),
            SpecParameters.GroupBy("anonymousV2", Dimensions.Anonymous));

        // SdkSideMauGroupBy: as MauGroupBy, without sdkType.
        private static GroupByParameter SdkSideGroupBy() => new(
            "groupBy",
            SpecParameters.GroupBy("projectId", Dimensions.ProjectId),
            SpecParameters.GroupBy("environmentId", Dimensions.EnvironmentId),
            SpecParameters.GroupBy("sdkName", Dimensions.SdkName),
            SpecParameters.GroupBy("sdkAppId", Dimensions.SdkAppId),
            SpecParameters.GroupBy("anonymousV2", Dimensions.Anonymous));
    }
}
