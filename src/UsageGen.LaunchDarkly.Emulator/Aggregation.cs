namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>How daily amounts become a series value.</summary>
    internal enum Aggregation
    {
        /// <summary>The amount of the period itself (<c>incremental</c>, legacy <c>daily_incremental</c>).</summary>
        Incremental,

        /// <summary>The running total since the first of the calendar month (<c>month_to_date</c>).</summary>
        MonthToDate,

        /// <summary>The total of the 30 days ending with the period (<c>rolling_30d</c>).</summary>
        Rolling30Days,
    }
}
