namespace UsageGen.Cli
{
    /// <summary>The unit an operation's <c>from</c>/<c>to</c> query parameters are counted in.</summary>
    internal enum TimestampUnit
    {
        /// <summary>Unix milliseconds; also used where the description leaves the unit unspecified.</summary>
        Milliseconds,

        /// <summary>Unix seconds.</summary>
        Seconds,
    }
}
