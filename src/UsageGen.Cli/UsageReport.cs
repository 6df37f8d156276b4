namespace UsageGen.Cli
{
    /// <summary>What an operation returned, in a shape the table, JSON and CSV writers share.</summary>
    internal abstract class UsageReport
    {
        protected UsageReport(string operationId) => OperationId = operationId;

        /// <summary>The operation that produced the report.</summary>
        public string OperationId { get; }
    }
}
