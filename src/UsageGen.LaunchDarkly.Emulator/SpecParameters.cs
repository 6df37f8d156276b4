using System.Collections.Generic;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The query parameters the spec defines once under <c>components</c> and many operations share.</summary>
    internal static class SpecParameters
    {
        public static readonly ScopeRule EnvironmentNeedsOneProject = new("environmentKey", "projectKey");

        /// <summary><c>aggregationType</c> of the MAU, context and observability operations (AggregationType).</summary>
        public static readonly ChoiceParameter<Aggregation> AggregationType = new(
            "aggregationType",
            Aggregation.MonthToDate,
            Choice("month_to_date", Aggregation.MonthToDate),
            Choice("incremental", Aggregation.Incremental),
            Choice("rolling_30d", Aggregation.Rolling30Days));

        /// <summary>
        /// <c>aggregationType</c> of the event, experimentation, service connection, AI runs and warehouse export
        /// operations (EventAggregationType).
        /// </summary>
        public static readonly ChoiceParameter<Aggregation> EventAggregationType = new(
            "aggregationType",
            Aggregation.MonthToDate,
            Choice("month_to_date", Aggregation.MonthToDate),
            Choice("incremental", Aggregation.Incremental));

        /// <summary><c>aggregationType</c> of the observability metrics operation (ObservabilityMetricsAggregationType).</summary>
        public static readonly ChoiceParameter<Aggregation> ObservabilityMetricsAggregationType = new(
            "aggregationType",
            Aggregation.MonthToDate,
            Choice("month_to_date", Aggregation.MonthToDate),
            Choice("average", Aggregation.Average));

        /// <summary><c>aggregationType</c> of the legacy MAU operation (MauAggregationType), rolling 30 days by default.</summary>
        public static readonly ChoiceParameter<Aggregation> MauAggregationType = new(
            "aggregationType",
            Aggregation.Rolling30Days,
            Choice("rolling_30d", Aggregation.Rolling30Days),
            Choice("month_to_date", Aggregation.MonthToDate),
            Choice("daily_incremental", Aggregation.Incremental));

        /// <summary><c>granularity</c> (Granularity): daily or monthly.</summary>
        public static readonly ChoiceParameter<PeriodKind> Granularity = new(
            "granularity",
            PeriodKind.Day,
            Choice("daily", PeriodKind.Day),
            Choice("monthly", PeriodKind.Month));

        /// <summary><c>granularity</c> (EventGranularity): daily, hourly or monthly.</summary>
        public static readonly ChoiceParameter<PeriodKind> EventGranularity = new(
            "granularity",
            PeriodKind.Day,
            Choice("daily", PeriodKind.Day),
            Choice("hourly", PeriodKind.Hour),
            Choice("monthly", PeriodKind.Month));

        /// <summary>The AnonymousFilter values, <c>true</c> and <c>false</c>.</summary>
        public static readonly IReadOnlyCollection<string> AnonymousValues = new[] { "true", "false" };

        public static FilterParameter ProjectKey => new("projectKey", Dimensions.ProjectKey);

        public static FilterParameter EnvironmentKey => new("environmentKey", Dimensions.EnvironmentKey);

        public static FilterParameter ContextKind => new("contextKind", Dimensions.ContextKind);

        public static FilterParameter SdkName => new("sdkName", Dimensions.SdkName);

        public static FilterParameter SdkType => new("sdkType", Dimensions.SdkType);

        public static FilterParameter SdkVersion => new("sdkVersion", Dimensions.SdkVersion);

        public static FilterParameter SdkAppId => new("sdkAppId", Dimensions.SdkAppId);

        public static FilterParameter EventKind => new("eventKind", Dimensions.EventKind);

        public static FilterParameter Anonymous => new("anonymous", Dimensions.Anonymous) { AllowedValues = AnonymousValues };

        /// <summary>A <c>groupBy</c> value: the dimension it splits by, named in metadata as the value itself.</summary>
        public static KeyValuePair<string, GroupDimension> GroupBy(string value, string dimension) => new(value, new GroupDimension(dimension, value));

        private static KeyValuePair<string, T> Choice<T>(string value, T meaning) => new(value, meaning);
    }
}
