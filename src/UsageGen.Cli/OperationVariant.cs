using System.CommandLine;

namespace UsageGen.Cli
{
    /// <summary>An operation a command runs, chosen by a flag (<c>streams --by-sdk-version</c>) or, without one, by default.</summary>
    internal sealed class OperationVariant
    {
        public OperationVariant(UsageOperation operation, Option<bool>? flag = null)
        {
            Operation = operation;
            Flag = flag;
        }

        public UsageOperation Operation { get; }

        public Option<bool>? Flag { get; }
    }
}
