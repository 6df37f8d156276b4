using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.Cli
{
    /// <summary>The <c>ldusage</c> command line, runnable in-process with any output writers and environment.</summary>
    public static class CliApplication
    {
        /// <summary>
        /// Runs one command line. Nothing is written to the process's console: the report goes to
        /// <paramref name="stdout"/>, notices and errors to <paramref name="stderr"/>. Both count as redirected, so the
        /// output is plain text and there is no spinner.
        /// </summary>
        /// <param name="args">The arguments, without the program name.</param>
        /// <param name="stdout">Receives the report (table, JSON or CSV) and help texts.</param>
        /// <param name="stderr">Receives notices and the single <c>error: …</c> line of a failure.</param>
        /// <param name="environment">The environment variables to read, such as <c>LD_ACCESS_TOKEN</c>.</param>
        /// <returns>One of <see cref="ExitCodes"/>.</returns>
        public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment) =>
            RunAsync(args, new CliConsole(stdout, stderr, isOutputTerminal: false, isErrorTerminal: false), environment, CancellationToken.None);

        internal static async Task<int> RunAsync(string[] args, CliConsole console, IDictionary<string, string?> environment, CancellationToken cancellationToken)
        {
            var globals = new GlobalOptions();
            var root = CommandTree.Create(new UsageRunner(console, environment, globals), globals);
            var parseResult = root.Parse(args);
            var errorLine = ErrorLine.For(console.Error, parseResult, globals, environment);
            if (parseResult.Errors.Count > 0)
            {
                errorLine.Write($"{string.Join(" ", parseResult.Errors.Select(error => error.Message))} (see ldusage {CommandPath(parseResult)}--help)");
                return ExitCodes.Usage;
            }

            try
            {
                return await parseResult.InvokeAsync(
                    new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                errorLine.Write("cancelled");
                return ExitCodes.Failure;
            }
            catch (Exception exception)
            {
                // Anything unexpected (a malformed response, a bug) still ends in one line rather than a stack trace.
                errorLine.Write($"{exception.GetType().Name}: {exception.Message}");
                return ExitCodes.Failure;
            }
        }

        private static string CommandPath(ParseResult parseResult)
        {
            var names = new List<string>();
            for (var command = parseResult.CommandResult; command.Parent is System.CommandLine.Parsing.CommandResult parent; command = parent)
            {
                names.Insert(0, command.Command.Name);
            }

            return names.Count == 0 ? string.Empty : string.Join(" ", names) + " ";
        }
    }
}
