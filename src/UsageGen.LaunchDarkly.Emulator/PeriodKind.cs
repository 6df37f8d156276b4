namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The length of the periods a series has one point for.</summary>
    internal enum PeriodKind
    {
        Minute,
        Hour,
        Day,
        Month,
    }
}
