using System;
using System.Collections.Generic;
using System.CommandLine;
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

            var server = parseResult.GetValue(globals.Server);
            var useEmulator = parseResult.GetValue(globals.Demo) || string.IsNullOrWhiteSpace(token);
            if (useEmulator && server is not null)
            {
                // Quietly answering from sample data when a real server was named would be worse than stopping.
                errorLine.Write($"--server needs an access token: set {TokenVariable} or pass --token.");
                return ExitCodes.Usage;
            }

            try
            {
                await using var emulator = useEmulator ? await UsageEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
                if (emulator is not null)
                {
                    var reason = parseResult.GetValue(globals.Demo) ? "--demo" : "No " + TokenVariable;
                    console.Error.Write($"{reason}: using the local emulator at {emulator.BaseAddress} (sample data, not your account).\n");
                }

                var options = new LaunchDarklyUsageClientOptions
                {
                    AccessToken = emulator?.AccessToken ?? token,
                    BaseUrl = emulator?.BaseAddress ?? server ?? LaunchDarklyServers.Default,
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
                var report = await console.WithSpinnerAsync(
                    "Fetching usage…",
                    () => query.Operation.Fetch(client, query, cancellationToken)).ConfigureAwait(false);
                Write(report, globals.FormatOf(parseResult));
                return ExitCodes.Success;
            }
            catch (Exception exception) when (Failure.From(exception) is { } failure)
            {
                errorLine.Write(failure.Message);
                return failure.ExitCode;
            }
        }

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
                    TableOutput.Write(console.CreateOutputConsole(), report);
                    break;
            }
        }
    }
}
