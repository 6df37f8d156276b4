namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>The 200 body schema a route answers with, as the spec declares it.</summary>
    public enum ResponseKind
    {
        SeriesList,
        SeriesListFloat,
        SdkList,
        SdkVersionList,
    }
}
