namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The end-of-life statuses of an SDK or Relay Proxy version (the wire values of <c>SdkEolStatus</c>).</summary>
    internal static class EolStatusValues
    {
        public const string AllClear = "EolAllClear";
        public const string Near = "EolNear";
        public const string Past = "EolPast";
        public const string MajorVersionAvailable = "MajorVersionAvailable";
        public const string Unknown = "EolUnknown";
    }
}
