using System;
using System.CommandLine;
using System.CommandLine.Help;
using UsageGen.LaunchDarkly.Models;

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
                + $"The access token comes from {UsageRunner.TokenVariable} or --token; without one, or with --demo, a local emulator with sample data answers.");
            var help = new HelpOption();
            help.Action = new ExitCodesHelpAction(help.Action!);
            root.Options.Add(help);
            root.Options.Add(new VersionOption { Action = new VersionAction() });
            globals.AddTo(root);

            Command Operation(string name, string description, UsageOperation operation, params Argument<string>[] arguments) =>
                UsageCommandFactory.Create(name, description, runner, globals, arguments, new OperationVariant(operation));

            Command Group(string name, string description, params Command[] commands)
            {
                var group = new Command(name, description);
                foreach (var command in commands)
                {
                    group.Subcommands.Add(command);
                }

                return group;
            }

            root.Subcommands.Add(Group(
                "mau",
                "Monthly active users (MAU): context keys of the primary context kind.",
                Operation("total", "MAU from all SDKs.", UsageOperations.TotalMau),
                Operation("clientside", "MAU reported by client-side SDKs.", UsageOperations.ClientsideMau),
                Operation("sdks", "The SDKs that connected with MAU in the range (a list).", UsageOperations.MauSdks),
                Operation("bycategory", "MAU by category: browser, mobile or backend (deprecated by LaunchDarkly).", UsageOperations.MauByCategory),
                Operation("legacy", "The legacy MAU endpoint, GET /api/v2/usage/mau (deprecated by LaunchDarkly).", UsageOperations.LegacyMau)));

            root.Subcommands.Add(Group(
                "contexts",
                "Context key usage, including non-primary context kinds.",
                Operation("total", "Contexts from all SDKs.", UsageOperations.TotalContexts),
                Operation("clientside", "Contexts reported by client-side SDKs.", UsageOperations.ClientsideContexts),
                Operation("serverside", "Contexts reported by server-side SDKs.", UsageOperations.ServersideContexts)));

            root.Subcommands.Add(Operation(
                "evaluations",
                "Evaluations of one flag, by variation.",
                UsageOperations.Evaluations,
                PathArgument.Text("project", "The project key."),
                PathArgument.Text("environment", "The environment key."),
                PathArgument.Text("flag", "The feature flag key.")));

            root.Subcommands.Add(Operation(
                "events",
                "Events received or published.",
                UsageOperations.Events,
                PathArgument.Choice<EventType>("type", "Which events to count.")));

            var bySdkVersion = new Option<bool>("--by-sdk-version") { Description = "One series per SDK name and version." };
            var sdkVersions = new Option<bool>("--sdk-versions") { Description = "List the SDK names and versions that connected in the past 60 days." };
            var streams = UsageCommandFactory.Create(
                "streams",
                "Streaming connections from client-side or server-side SDKs.",
                runner,
                globals,
                new[] { PathArgument.Choice<StreamSource>("source", "Which SDKs' connections to count.") },
                new OperationVariant(UsageOperations.Streams),
                new OperationVariant(UsageOperations.StreamsBySdkVersion, bySdkVersion),
                new OperationVariant(UsageOperations.StreamSdkVersions, sdkVersions));
            root.Subcommands.Add(streams);

            root.Subcommands.Add(Operation("data-export-events", "Data export events.", UsageOperations.DataExportEvents));

            root.Subcommands.Add(Group(
                "experimentation",
                "Experimentation usage.",
                Operation("events", "Experimentation events.", UsageOperations.ExperimentationEvents),
                Operation("keys", "Experimentation keys.", UsageOperations.ExperimentationKeys)));

            root.Subcommands.Add(Operation("service-connections", "Service connection minutes.", UsageOperations.ServiceConnections));

            root.Subcommands.Add(Group(
                "observability",
                "Observability usage.",
                Operation("errors", "Observability errors.", UsageOperations.ObservabilityErrors),
                Operation("logs", "Observability logs.", UsageOperations.ObservabilityLogs),
                Operation("metrics", "Observability metrics.", UsageOperations.ObservabilityMetrics),
                Operation("sessions", "Observability sessions.", UsageOperations.ObservabilitySessions),
                Operation("traces", "Observability traces.", UsageOperations.ObservabilityTraces)));

            root.Subcommands.Add(Operation("vega-ai", "Vega AI usage.", UsageOperations.VegaAi));
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
                    $"  {ExitCodes.AuthenticationFailed}  the token was refused: authentication or authorization failed (401, 403)",
                    $"  {ExitCodes.RateLimited}  rate limited (429), also after retries",
                    $"  {ExitCodes.ServiceUnavailable}  service error (5xx), also after retries, network failure, or a response that could not be read",
                }) + "\n";
    }
}
