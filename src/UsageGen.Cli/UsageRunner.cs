using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Emulator;

namespace UsageGen.Cli
{
    /// <summary>Runs one validated query: picks the service (LaunchDarkly or the local emulator), calls it and writes the report.</summary>
    internal sealed class UsageRunner
    {
        /// <summary>The environment variable the access token is read from.</summary>
        public const string TokenVariable = "LD_ACCESS_TOKEN";


        private readonly CliConsole console;
        private readonly IDictionary<string, string?> environment;
        private readonly GlobalOptions globals;

        public UsageRunner(CliConsole console, IDictionary<string, string?> environment, GlobalOptions globals)
        {
            this.console = console;
            this.environment = environment;
            this.globals = globals;
        }

        public async Task<int> RunAsync(ParseResult parseResult, UsageQuery query, CancellationToken cancellationToken)
        {
            var errorLine = ErrorLine.For(console.Error, parseResult, globals, environment);
            var token = parseResult.GetValue(globals.Token);
            if (string.IsNullOrWhiteSpace(token))
            {
                token = environment.TryGetValue(TokenVariable, out var fromEnvironment) ? fromEnvironment : null;
            }

            var demo = parseResult.GetValue(globals.Demo);
            if (!demo && string.IsNullOrWhiteSpace(token))
            {
                // Sample data passed off as an account's usage would be worse than stopping: a script must see the failure.
                errorLine.Write($"no access token: set {TokenVariable} or pass --token, or add --demo for sample data from the local emulator.");
                return ExitCodes.AuthenticationFailed;
            }

            try
            {
                await using var emulator = demo ? await UsageEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
                if (emulator is not null)
                {
                    query = WithDemoWindow(query, out var window);
                    console.Error.Write($"--demo: sample data from the local emulator at {emulator.BaseAddress}, not your account{window}.\n");
                }

                var options = new LaunchDarklyUsageClientOptions
                {
                    AccessToken = emulator?.AccessToken ?? token,
                    BaseUrl = emulator?.BaseAddress ?? parseResult.GetValue(globals.Server) ?? LaunchDarklyServers.Default,
                    Retry = new LaunchDarklyRetryOptions { MaxRetries = parseResult.GetValue(globals.MaxRetries) },
                };
                try
                {
                    options.Validate();
                }
                catch (ArgumentException exception)
                {
                    errorLine.Write(exception.Message);
                    return ExitCodes.Usage;
                }

                using var adapter = LaunchDarklyUsageClientFactory.CreateRequestAdapter(options);
                var client = new LaunchDarklyUsageClient(adapter);
                var response = await console.WithSpinnerAsync(
                    "Fetching usage…",
                    () => query.Operation.CallAsync(client, query.PathValues, query.Apply, cancellationToken)).ConfigureAwait(false);
                Write(ResponseReports.From(query, response, demo), globals.FormatOf(parseResult));
                return ExitCodes.Success;
            }
            catch (Exception exception) when (Failure.From(exception) is { } failure)
            {
                errorLine.Write(failure.Message);
                return failure.ExitCode;
            }
        }

        /// <summary>
        /// Without --from and --to, a demo shows the last full calendar month: the service's own default (often the start
        /// of the current month) would show a single day on the first of a month, and a window across a month boundary
        /// would end a month-to-date series on its reset.
        /// </summary>
        private static UsageQuery WithDemoWindow(UsageQuery query, out string note)
        {
            note = string.Empty;
            if (query.Operation.Query("from") is not { IsTimestamp: true } || query.Operation.Query("to") is not { IsTimestamp: true }
                || query.Times.ContainsKey("from") || query.Times.ContainsKey("to"))
            {
                return query;
            }

            var now = DateTimeOffset.UtcNow;
            var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
            var from = monthStart.AddMonths(-1);
            var to = monthStart.AddMilliseconds(-1);
            note = $"; showing the last full month, {from:yyyy-MM-dd} to {to:yyyy-MM-dd} (--from and --to change it)";
            return query.WithTime("from", from).WithTime("to", to);
        }

        // COLUMNS, as shells export it, lets a script or a narrow pane ask for a table that fits.
        private int? Columns() =>
            environment.TryGetValue("COLUMNS", out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40
                ? columns
                : null;

        private void Write(UsageReport report, OutputFormat format)
        {
            switch (format)
            {
                case OutputFormat.Json:
                    JsonOutput.Write(console.Output, report);
                    break;
                case OutputFormat.Csv:
                    CsvOutput.Write(console.Output, report);
                    break;
                default:
                    TableOutput.Write(console.CreateOutputConsole(Columns()), report);
                    break;
            }
        }
    }
}
