using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>
    /// Builds the command for one or more operations: an argument per path parameter, an option per query parameter
    /// of the generated client, validation of the whole command line before anything is sent, and the action.
    /// </summary>
    internal static class UsageCommandFactory
    {
        private static readonly string[] DateFormats =
        {
            "yyyy-MM-dd",
            "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        };

        public static Command Create(string name, UsageRunner runner, GlobalOptions globals, IReadOnlyList<OperationVariant> variants)
        {
            var main = variants.Single(variant => variant.Flag is null);
            var command = new Command(name, main.Entry.Description);
            var arguments = main.Operation.PathParameters.Select(parameter => (Parameter: parameter, Argument: CreateArgument(parameter))).ToArray();
            foreach (var (_, argument) in arguments)
            {
                command.Arguments.Add(argument);
            }

            foreach (var variant in variants.Where(variant => variant.Flag is not null))
            {
                command.Options.Add(variant.Flag!);
            }

            var options = new List<(QueryParameter Parameter, Option Option)>();
            foreach (var parameter in variants.SelectMany(variant => variant.Operation.QueryParameters))
            {
                if (options.All(known => known.Parameter.WireName != parameter.WireName))
                {
                    var option = CreateOption(parameter, variants);
                    command.Options.Add(option);
                    options.Add((parameter, option));
                }
            }

            command.Validators.Add(result =>
            {
                globals.Validate(result);
                Validate(result, variants, options);
            });

            command.SetAction((parseResult, cancellationToken) =>
            {
                var variant = Select(parseResult.CommandResult, variants);
                var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
                var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var (parameter, option) in options.Where(known => variant.Operation.Query(known.Parameter.WireName) is not null))
                {
                    var texts = Values(parseResult.CommandResult, option);
                    if (parameter.IsTimestamp && texts.Length > 0 && TryParseTime(texts[^1], out var time))
                    {
                        times[parameter.WireName] = time;
                    }
                    else if (!parameter.IsTimestamp)
                    {
                        values[parameter.WireName] = texts;
                    }
                }

                var pathValues = new PathParameter.Values();
                foreach (var (parameter, argument) in arguments)
                {
                    pathValues[parameter.Name] = parseResult.GetValue(argument) ?? string.Empty;
                }

                return runner.RunAsync(parseResult, new UsageQuery(variant, times, values, pathValues), cancellationToken);
            });

            return command;
        }

        private static Argument<string> CreateArgument(PathParameter parameter)
        {
            var argument = new Argument<string>(parameter.Name) { Description = parameter.Description };
            if (parameter.AllowedValues is { } allowed)
            {
                argument.HelpName = string.Join("|", allowed);
                argument.CompletionSources.Add(allowed.ToArray());
                argument.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(token => !allowed.Contains(token.Value, StringComparer.Ordinal)))
                    {
                        result.AddError($"{parameter.Name}: '{token.Value}' is not one of {string.Join(", ", allowed)}.");
                    }
                });
            }

            return argument;
        }

        private static Option CreateOption(QueryParameter parameter, IReadOnlyList<OperationVariant> variants)
        {
            var aliases = CommandCatalog.OptionAliases.TryGetValue(parameter.WireName, out var alias)
                && variants.All(variant => variant.Operation.QueryParameters.All(other => other.OptionName != alias))
                ? new[] { alias }
                : Array.Empty<string>();
            Option option = parameter.Repeatable
                ? new Option<string[]>(parameter.OptionName, aliases)
                : new Option<string>(parameter.OptionName, aliases);
            option.Description = parameter.Description;
            if (parameter.IsTimestamp)
            {
                option.HelpName = "date";
                option.Description = (parameter.Description + " Give an ISO 8601 date or date-time, UTC unless it has an offset (2024-05-01, 2024-05-01T08:00:00+02:00).").Trim();
                option.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(token => !TryParseTime(token.Value, out _)))
                    {
                        result.AddError($"{parameter.OptionName}: '{token.Value}' is not an ISO 8601 date or date-time such as 2024-05-01 or 2024-05-01T08:00:00Z.");
                    }
                });
                return option;
            }

            if (parameter.AllowedValues is { } allowed)
            {
                option.HelpName = string.Join("|", allowed);
                option.CompletionSources.Add(allowed.ToArray());
            }

            option.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(token => !parameter.Accepts(token.Value)))
                {
                    result.AddError(parameter.Refusal(token.Value));
                }
            });
            return option;
        }

        private static void Validate(CommandResult result, IReadOnlyList<OperationVariant> variants, IReadOnlyList<(QueryParameter Parameter, Option Option)> options)
        {
            var flagged = variants.Where(variant => variant.Flag is { } flag && result.GetValue(flag)).ToList();
            if (flagged.Count > 1)
            {
                result.AddError(string.Join(" and ", flagged.Select(variant => variant.Flag!.Name)) + " cannot be combined.");
                return;
            }

            var selected = Select(result, variants);
            foreach (var (parameter, option) in options)
            {
                if (result.GetResult(option) is not null && selected.Operation.Query(parameter.WireName) is null)
                {
                    result.AddError(Misplaced(option.Name, selected, variants, parameter.WireName));
                }
            }

            if (Time(result, options, "from") is { } from && Time(result, options, "to") is { } to && from > to)
            {
                result.AddError($"--from ({ValueText.Time(from)}) is later than --to ({ValueText.Time(to)}).");
            }

            foreach (var (dependent, project) in CommandCatalog.NeedsOneProject)
            {
                var dependentOption = OptionFor(options, dependent);
                var projectOption = OptionFor(options, project);
                if (dependentOption is not null && projectOption is not null
                    && Values(result, dependentOption).Length > 0 && Values(result, projectOption).Length != 1)
                {
                    result.AddError($"{dependentOption.Name} needs exactly one {projectOption.Name}; got {Values(result, projectOption).Length}.");
                }
            }
        }

        private static string Misplaced(string optionName, OperationVariant selected, IReadOnlyList<OperationVariant> variants, string wireName) =>
            selected.Flag is { } flag
                ? $"{optionName} does not apply with {flag.Name}."
                : $"{optionName} needs {string.Join(" or ", variants.Where(variant => variant.Flag is not null && variant.Operation.Query(wireName) is not null).Select(variant => variant.Flag!.Name))}.";

        private static OperationVariant Select(CommandResult result, IReadOnlyList<OperationVariant> variants) =>
            variants.FirstOrDefault(variant => variant.Flag is { } flag && result.GetValue(flag))
            ?? variants.First(variant => variant.Flag is null);

        private static Option? OptionFor(IReadOnlyList<(QueryParameter Parameter, Option Option)> options, string wireName) =>
            options.FirstOrDefault(known => known.Parameter.WireName == wireName).Option;

        private static DateTimeOffset? Time(CommandResult result, IReadOnlyList<(QueryParameter Parameter, Option Option)> options, string wireName) =>
            OptionFor(options, wireName) is { } option && Values(result, option).LastOrDefault() is { } text && TryParseTime(text, out var time) ? time : null;

        private static bool TryParseTime(string text, out DateTimeOffset time) =>
            DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);

        private static string[] Values(SymbolResult result, Option option) =>
            result.GetResult(option)?.Tokens.Select(token => token.Value).ToArray() ?? Array.Empty<string>();
    }
}
