using System;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace UsageGen.Cli
{
    /// <summary>Where output goes, and whether each stream is a terminal (which decides colours and the spinner).</summary>
    internal sealed class CliConsole
    {
        // Redirected tables are read by programs and people with wide editors; wrapping cells would only hurt both.
        private const int RedirectedWidth = 1000;

        public CliConsole(TextWriter output, TextWriter error, bool isOutputTerminal, bool isErrorTerminal)
        {
            Output = output;
            Error = error;
            IsOutputTerminal = isOutputTerminal;
            IsErrorTerminal = isErrorTerminal;
        }

        /// <summary>Standard output: the report.</summary>
        public TextWriter Output { get; }

        /// <summary>Standard error: notices, the spinner and error lines.</summary>
        public TextWriter Error { get; }

        /// <summary>Whether standard output is a terminal.</summary>
        public bool IsOutputTerminal { get; }

        /// <summary>Whether standard error is a terminal.</summary>
        public bool IsErrorTerminal { get; }

        /// <summary>The process's own console streams.</summary>
        public static CliConsole FromSystemConsole() =>
            new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

        /// <summary>A Spectre.Console console on standard output: plain text unless it is a terminal.</summary>
        /// <param name="columns">The width to lay tables out for (the COLUMNS variable), or null for the terminal's or, redirected, no limit.</param>
        public IAnsiConsole CreateOutputConsole(int? columns = null)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Output),
                Ansi = IsOutputTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = IsOutputTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            if (columns is { } width)
            {
                console.Profile.Width = width;
            }
            else if (!IsOutputTerminal)
            {
                console.Profile.Width = RedirectedWidth;
            }

            return console;
        }

        /// <summary>Runs <paramref name="work"/> with a spinner on standard error when that is a terminal, else just runs it.</summary>
        public async Task<T> WithSpinnerAsync<T>(string status, Func<Task<T>> work)
        {
            if (!IsErrorTerminal)
            {
                return await work().ConfigureAwait(false);
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Error),
                Ansi = AnsiSupport.Detect,
                ColorSystem = ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Yes,
            });
            return await console.Status().Spinner(Spinner.Known.Dots).StartAsync(status, _ => work()).ConfigureAwait(false);
        }
    }
}
