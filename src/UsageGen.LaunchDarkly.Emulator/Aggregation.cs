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

        /// <summary>
        /// The mean amount per period of the calendar month so far (<c>average</c>, observability metrics only): the
        /// month-to-date total divided by the periods from the first of the month to this one, rounded like the
        /// amounts. Monthly points are the daily mean at the month's last day.
        /// </summary>
        Average,
    }
}
