using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// GET /sdk-versions/details and /sdk-versions/all: a top-level array of SdkVersionDetailsRep, one per SDK
    /// version seen in the last 24 hours in each environment (every SDK of the catalogue runs in every environment,
    /// every version of it). <c>details</c> keeps only the highest version of each SDK per project, environment and
    /// application; <c>all</c> keeps every version and takes single-valued filters, where a value the account does
    /// not have matches nothing (an empty array). Neither has a time window: the data is the last 24 hours'.
    /// </summary>
    internal sealed class SdkVersionDetailsOperation : UsageOperation
    {
        private static readonly IReadOnlyList<SdkVersionDetail> Seen = (
            from project in UsageCatalog.Projects
            from environment in project.Environments
            from sdk in UsageCatalog.Sdks
            from version in sdk.Versions
            select new SdkVersionDetail(project, environment, sdk, version))
            .OrderBy(detail => detail.Project.Key, StringComparer.Ordinal)
            .ThenBy(detail => detail.Environment.Key, StringComparer.Ordinal)
            .ThenBy(detail => detail.Sdk.Name, StringComparer.Ordinal)
            .ThenByDescending(detail => Version.Parse(detail.Version))
            .ToArray();

        private readonly bool _highestVersionOnly;
        private readonly IReadOnlyList<FilterParameter> _filters;

        private SdkVersionDetailsOperation(string template, bool highestVersionOnly, params FilterParameter[] filters)
            : base(template, unit: null, 400, 401, 403, 429, 503)
        {
            _highestVersionOnly = highestVersionOnly;
            _filters = filters;
        }

        public override IReadOnlyList<IQueryParameter> QueryParameters => _filters;

        public static IEnumerable<UsageOperation> Create()
        {
            yield return new SdkVersionDetailsOperation("/api/v2/usage/sdk-versions/details", highestVersionOnly: true);
            yield return new SdkVersionDetailsOperation(
                "/api/v2/usage/sdk-versions/all",
                highestVersionOnly: false,
                Single("environmentId", Dimensions.EnvironmentId),
                Single("projectId", Dimensions.ProjectId),
                Single("sdkName", Dimensions.SdkName),
                Single("sdkType", Dimensions.SdkType),
                Single("sdkAppId", Dimensions.SdkAppId),
                Single("connectionType", Dimensions.ConnectionType));
        }

        public override byte[] Respond(UsageRequest request)
        {
            var filters = _filters.Select(filter => (filter.Dimension, Values: filter.Read(request.Query))).ToArray();
            var details = Seen.Where(detail => filters.All(filter => filter.Values.Count == 0 || filter.Values.Contains(detail[filter.Dimension], StringComparer.Ordinal)));
            if (_highestVersionOnly)
            {
                // Seen lists each SDK's versions highest first, so the first of each group is its highest.
                details = details
                    .GroupBy(detail => (detail.Project.Key, detail.Environment.Key, detail.Sdk.Name, detail.Sdk.AppId))
                    .Select(group => group.First());
            }

            return JsonBodies.SdkVersionDetails(details);
        }

        private static FilterParameter Single(string name, string dimension) => new(name, dimension) { IsSingleValued = true };
    }
}
