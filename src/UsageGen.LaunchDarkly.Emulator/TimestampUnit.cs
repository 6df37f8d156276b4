namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The unit of an operation's <c>from</c>/<c>to</c> (the spec's <c>x-timestamp-unit</c>; unspecified reads as milliseconds).</summary>
    internal enum TimestampUnit
    {
        Milliseconds,
        Seconds,
    }
}
