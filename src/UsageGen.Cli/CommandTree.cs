using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>The <c>ldusage</c> command tree: one command per operation group of the usage API.</summary>
    internal static class CommandTree
    {
        public static Command Create(UsageRunner runner, GlobalOptions globals)
        {
            // Named explicitly: a RootCommand takes the host's executable name, which is not ldusage in tests or under "dotnet".
            var root = new Command(
                "ldusage",
                "Shows LaunchDarkly account usage (the Account Usage beta API) as a table with a bar chart of the totals, as JSON or as CSV. "
                + $"The access token comes from {UsageRunner.TokenVariable} or --token; --demo asks a local emulator with sample data instead.");
            var help = new HelpOption();
            help.Action = new ExitCodesHelpAction(help.Action!);
            root.Options.Add(help);
            root.Options.Add(new VersionOption { Action = new VersionAction() });
            globals.AddTo(root);

            var operations = ClientOperations.All.ToDictionary(operation => operation.PathTemplate, StringComparer.Ordinal);
            var groups = CommandCatalog.Groups.ToDictionary(group => group.Name, group => new Command(group.Name, group.Description), StringComparer.Ordinal);
            foreach (var entries in CommandCatalog.Commands.GroupBy(entry => entry.Words, StringComparer.Ordinal))
            {
                var variants = entries
                    .Select(entry => new OperationVariant(
                        entry,
                        operations.TryGetValue(entry.Path, out var operation)
                            ? operation
                            : throw new InvalidOperationException($"ldusage {entry.Words}: the client has no operation {entry.Path}."),
                        entry.Flag is null ? null : new Option<bool>(entry.Flag) { Description = entry.Description }))
                    .ToArray();
                var words = entries.Key.Split(' ');
                var command = UsageCommandFactory.Create(words[^1], runner, globals, variants);
                (words.Length == 1 ? root : groups[words[0]]).Subcommands.Add(command);
                if (words.Length > 1 && !root.Subcommands.Contains(groups[words[0]]))
                {
                    root.Subcommands.Add(groups[words[0]]);
                }
            }

            return root;
        }

        /// <summary>The exit-code section that every help text ends with.</summary>
        public static string ExitCodesHelp() =>
            string.Join(
                "\n",
                new[]
                {
                    "Exit codes:",
                    $"  {ExitCodes.Success}  success",
                    $"  {ExitCodes.Failure}  any other failure, such as an invalid request (400), an unknown flag or project (404), or a response over the size limit",
                    $"  {ExitCodes.Usage}  bad usage: unknown command or option, or an invalid value; nothing was requested",
                    $"  {ExitCodes.AuthenticationFailed}  no access token, or the token was refused: authentication or authorization failed (401, 403)",
                    $"  {ExitCodes.RateLimited}  rate limited (429), also after retries",
                    $"  {ExitCodes.ServiceUnavailable}  service error (5xx), also after retries, network failure, or a response that could not be read",
                }) + "\n";
    }
}
