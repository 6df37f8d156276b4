namespace UsageGen.Generator
{
    /// <summary>Names of the tracked pipeline steps, for incrementality tests.</summary>
    internal static class TrackingNames
    {
        public const string DescriptionFiles = nameof(DescriptionFiles);
        public const string ParseResults = nameof(ParseResults);
        public const string ClientSpecs = nameof(ClientSpecs);
        public const string GeneratedTypes = nameof(GeneratedTypes);
        public const string Diagnostics = nameof(Diagnostics);
        public const string LanguageFeatures = nameof(LanguageFeatures);
        public const string KiotaRuntime = nameof(KiotaRuntime);
        public const string MarkedFileCount = nameof(MarkedFileCount);
        public const string AdditionalFiles = nameof(AdditionalFiles);
        public const string JsonReaders = nameof(JsonReaders);
        public const string KiotaJsonRuntime = nameof(KiotaJsonRuntime);
    }
}
