using System.CommandLine;
using System.CommandLine.Invocation;

namespace UsageGen.Cli
{
    /// <summary>Writes System.CommandLine's help, then the exit codes, which scripts need and the default help omits.</summary>
    internal sealed class ExitCodesHelpAction : SynchronousCommandLineAction
    {
        private readonly CommandLineAction help;

        public ExitCodesHelpAction(CommandLineAction help) => this.help = help;

        /// <summary>Help is shown even for an incomplete command line, as with the action it wraps.</summary>
        public override bool ClearsParseErrors => help.ClearsParseErrors;

        /// <inheritdoc/>
        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = ((SynchronousCommandLineAction)help).Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.Write(CommandTree.ExitCodesHelp() + "\n");
            return exitCode;
        }
    }
}
