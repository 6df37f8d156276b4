namespace UsageGen.LaunchDarkly
{
    /// <summary>What <see cref="JsonBodyScanner"/> found once it has seen the whole body; malformed JSON is reported earlier, as soon as it is seen.</summary>
    internal enum JsonBodyState
    {
        /// <summary>One complete JSON value, optionally surrounded by whitespace.</summary>
        Complete,

        /// <summary>Nothing but whitespace.</summary>
        Empty,

        /// <summary>Valid so far, but the data ended inside a value.</summary>
        Truncated,
    }
}
