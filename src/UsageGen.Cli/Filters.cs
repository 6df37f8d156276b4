using UsageGen.LaunchDarkly.Models;

namespace UsageGen.Cli
{
    /// <summary>The query parameters of the usage operations, as the description documents them.</summary>
    internal static class Filters
    {
        public static readonly QueryFilter ProjectKey = QueryFilter.Texts("projectKey", "A project key to filter by; repeat for several.");

        public static readonly QueryFilter EnvironmentKey = QueryFilter.Texts("environmentKey", "An environment key to filter by; repeat for several. Needs exactly one --project-key.");

        public static readonly QueryFilter ContextKind = QueryFilter.Texts("contextKind", "A context kind to filter by; repeat for several.");

        public static readonly QueryFilter SdkName = QueryFilter.Texts("sdkName", "An SDK name to filter by; repeat for several.");

        public static readonly QueryFilter SdkType = QueryFilter.Texts("sdkType", "An SDK type to filter by, such as client or server; repeat for several.");

        public static readonly QueryFilter Anonymous = QueryFilter.Choices<AnonymousFilter>("anonymous", "An anonymous value to filter by; repeat for both.");

        public static readonly QueryFilter EventKind = QueryFilter.Texts("eventKind", "An event kind to filter by; repeat for several.");

        public static readonly QueryFilter EventKey = QueryFilter.Texts("eventKey", "An event key to filter by; repeat for several.");

        public static readonly QueryFilter ExperimentId = QueryFilter.Texts("experimentId", "An experiment ID to filter by; repeat for several.");

        public static readonly QueryFilter ConnectionType = QueryFilter.Texts("connectionType", "A connection type to filter by; repeat for several.");

        public static readonly QueryFilter RelayVersion = QueryFilter.Texts("relayVersion", "A Relay Proxy version to filter by; repeat for several.");

        public static readonly QueryFilter SdkVersion = QueryFilter.Texts("sdkVersion", "An SDK version to filter by; repeat for several.");

        public static readonly QueryFilter AggregationType = QueryFilter.Choice<LaunchDarkly.Models.AggregationType>("aggregationType", "The aggregation method; month_to_date when omitted.");

        public static readonly QueryFilter EventAggregationType = QueryFilter.Choice<LaunchDarkly.Models.EventAggregationType>("aggregationType", "The aggregation method; month_to_date when omitted.");

        public static readonly QueryFilter Granularity = QueryFilter.Choice<LaunchDarkly.Models.Granularity>("granularity", "The data granularity; daily when omitted. monthly needs month_to_date aggregation.");

        public static readonly QueryFilter EventGranularity = QueryFilter.Choice<LaunchDarkly.Models.EventGranularity>("granularity", "The data granularity; daily when omitted. monthly needs month_to_date aggregation.");

        public static readonly QueryFilter TimeZone = QueryFilter.Text("tz", "The time zone that separates days in daily data, such as America/New_York.");

        public static readonly QueryFilter MauGroupBy = QueryFilter.Choices<LaunchDarkly.Models.MauGroupBy>("groupBy", "A dimension to group by, one series per value; repeat for several.");

        public static readonly QueryFilter SdkSideGroupBy = QueryFilter.Choices<SdkSideMauGroupBy>("groupBy", "A dimension to group by, one series per value; repeat for several.");

        public static readonly QueryFilter DataExportGroupBy = QueryFilter.Choices<DataExportEventsGroupBy>("groupBy", "A dimension to group by, one series per value; repeat for several.");

        public static readonly QueryFilter ExperimentationEventsGroupBy = QueryFilter.Choices<LaunchDarkly.Models.ExperimentationEventsGroupBy>("groupBy", "A dimension to group by, one series per value; repeat for several.");

        public static readonly QueryFilter ExperimentationKeysGroupBy = QueryFilter.Choices<LaunchDarkly.Models.ExperimentationKeysGroupBy>("groupBy", "A dimension to group by, one series per value; repeat for several.");

        public static readonly QueryFilter ServiceConnectionsGroupBy = QueryFilter.Choices<LaunchDarkly.Models.ServiceConnectionsGroupBy>("groupBy", "A dimension to group by, one series per value; repeat for several.");

        // The legacy MAU endpoint names its parameters differently (project, sdktype, groupby...); the options follow
        // the description, with the modern spellings as aliases.
        public static readonly QueryFilter LegacyProject = QueryFilter.Texts("project", "A project key to filter by; repeat for several.", "--project-key");

        public static readonly QueryFilter LegacyEnvironment = QueryFilter.Texts("environment", "An environment key to filter by; repeat for several. Needs exactly one --project.", "--environment-key");

        public static readonly QueryFilter LegacySdkTypes = QueryFilter.Choices<LaunchDarkly.Models.SdkType>("sdktype", "An SDK type to filter by; repeat for both.", "--sdk-type");

        public static readonly QueryFilter LegacySdks = QueryFilter.Texts("sdk", "An SDK name to filter by; repeat for several.", "--sdk-name");

        public static readonly QueryFilter LegacyAnonymous = QueryFilter.Text("anonymous", "Filters to anonymous or non-anonymous users.");

        public static readonly QueryFilter LegacyGroupBy = QueryFilter.Choices<LegacyMauGroupBy>("groupby", "A dimension to group by, one series per value; repeat for several.", "--group-by");

        public static readonly QueryFilter LegacyAggregationType = QueryFilter.Choice<MauAggregationType>("aggregationType", "The aggregation method; rolling_30d when omitted.");

        public static readonly QueryFilter SdkTypeChoice = QueryFilter.Choice<LaunchDarkly.Models.SdkType>("sdktype", "The type of SDK to list.", "--sdk-type");

        public static readonly QueryFilter StreamSdk = QueryFilter.Text("sdk", "Only the series of this SDK name.");

        public static readonly QueryFilter StreamSdkVersion = QueryFilter.Text("version", "Only the series of this SDK version.");
    }
}
