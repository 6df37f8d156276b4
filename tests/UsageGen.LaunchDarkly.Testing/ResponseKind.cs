namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>The 200 body schema an operation answers with, as the spec declares it.</summary>
    public enum ResponseKind
    {
        SeriesList,
        SeriesListFloat,
        SdkList,
        SdkVersionList,

        /// <summary>A top-level JSON array of SdkVersionDetailsRep.</summary>
        SdkVersionDetailsList,
    }
}
