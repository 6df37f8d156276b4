using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace UsageGen.Cli
{
    /// <summary>The <c>ldusage</c> executable: the process's console, environment and Ctrl+C around <see cref="CliApplication"/>.</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            using var cancellation = new CancellationTokenSource();
            Console.CancelKeyPress += (_, eventArgs) =>
            {
                // Let the request be cancelled and the process end with one error line.
                eventArgs.Cancel = true;
                cancellation.Cancel();
            };

            var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                environment[(string)variable.Key] = variable.Value as string;
            }

            return await CliApplication.RunAsync(args, CliConsole.FromSystemConsole(), environment, cancellation.Token).ConfigureAwait(false);
        }
    }
}
