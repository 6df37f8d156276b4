namespace UsageGen.Cli
{
    /// <summary>What an operation returned, in a shape the table, JSON and CSV writers share.</summary>
    internal abstract class UsageReport
    {
        protected UsageReport(string command, string path)
        {
            Command = command;
            Path = path;
        }

        /// <summary>The command that produced the report, e.g. <c>mau total</c>.</summary>
        public string Command { get; }

        /// <summary>The operation's path, e.g. <c>/api/v2/usage/total-mau</c>.</summary>
        public string Path { get; }

        /// <summary>Whether the data came from the local emulator rather than LaunchDarkly.</summary>
        public bool Demo { get; init; }
    }
}
