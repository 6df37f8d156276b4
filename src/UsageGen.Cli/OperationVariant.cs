using System.CommandLine;

namespace UsageGen.Cli
{
    /// <summary>An operation a command runs, chosen by a flag (<c>streams --by-sdk-version</c>) or, without one, by default.</summary>
    internal sealed class OperationVariant
    {
        public OperationVariant(CommandEntry entry, ClientOperation operation, Option<bool>? flag)
        {
            Entry = entry;
            Operation = operation;
            Flag = flag;
        }

        public CommandEntry Entry { get; }

        public ClientOperation Operation { get; }

        public Option<bool>? Flag { get; }
    }
}
