namespace UsageGen.Cli
{
    /// <summary>How a report is written to standard output.</summary>
    internal enum OutputFormat
    {
        /// <summary>A table and a bar chart of the totals, for people.</summary>
        Table,

        /// <summary>JSON, for scripts.</summary>
        Json,

        /// <summary>CSV rows, for scripts and spreadsheets.</summary>
        Csv,
    }
}
