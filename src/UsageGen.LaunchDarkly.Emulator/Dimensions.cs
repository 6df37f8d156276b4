namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The names of the dimensions data rows carry.</summary>
    internal static class Dimensions
    {
        public const string ProjectKey = "projectKey";
        public const string ProjectId = "projectId";
        public const string EnvironmentKey = "environmentKey";
        public const string EnvironmentId = "environmentId";
        public const string SdkName = "sdkName";
        public const string SdkDisplayName = "sdk";
        public const string SdkType = "sdkType";
        public const string SdkAppId = "sdkAppId";
        public const string SdkVersion = "sdkVersion";
        public const string Category = "category";
        public const string ContextKind = "contextKind";
        public const string Anonymous = "anonymous";
        public const string EventKind = "eventKind";
        public const string EventKey = "eventKey";
        public const string ExperimentId = "experimentId";
        public const string ConnectionType = "connectionType";
        public const string RelayVersion = "relayVersion";
        public const string Destination = "destination";
    }
}
