namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// The unit a generated <c>from</c>/<c>to</c> companion converts to. The names are the emulator's
    /// <c>TimestampUnit</c>'s, whose enum is internal to it, so the emulator tests compare the two by name.
    /// </summary>
    public enum TimestampUnit
    {
        Milliseconds,
        Seconds,

        /// <summary>No <c>…AsDateTimeOffset</c> companion: the description names no unit.</summary>
        Unspecified,
    }
}
