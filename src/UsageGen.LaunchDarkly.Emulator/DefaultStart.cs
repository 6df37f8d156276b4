namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>Where an operation's window starts when <c>from</c> is absent, as its description says.</summary>
    internal enum DefaultStart
    {
        StartOfMonth,
        ThirtyDaysAgo,
        SevenDaysAgo,
        TwentyFourHoursAgo,
    }
}
