namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The unit an operation's description gives its <c>from</c>/<c>to</c> in (the spec's <c>x-timestamp-unit</c>).</summary>
    internal enum TimestampUnit
    {
        Milliseconds,
        Seconds,

        /// <summary>The description names no unit; the emulator reads milliseconds, as the service's other operations use.</summary>
        Unspecified,
    }
}
