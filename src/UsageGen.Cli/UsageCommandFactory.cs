using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>
    /// Builds the command for one or more operations: an option per documented query parameter, validation of the
    /// whole command line before anything is sent, and the action that runs the query.
    /// </summary>
    internal static class UsageCommandFactory
    {
        private static readonly string[] DateFormats =
        {
            "yyyy-MM-dd",
            "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        };

        // Filters the description says need exactly one project: environment keys are only unique within a project.
        private static readonly (string Dependent, string Project)[] NeedsOneProject =
        {
            ("environmentKey", "projectKey"),
            ("environment", "project"),
        };

        public static Command Create(
            string name,
            string description,
            UsageRunner runner,
            GlobalOptions globals,
            IReadOnlyList<Argument<string>> arguments,
            params OperationVariant[] variants)
        {
            var command = new Command(name, description);
            foreach (var argument in arguments)
            {
                command.Arguments.Add(argument);
            }

            foreach (var variant in variants)
            {
                if (variant.Flag is { } flag)
                {
                    command.Options.Add(flag);
                }
            }

            var timeRange = variants.Any(variant => variant.Operation.HasTimeRange)
                ? new[]
                {
                    TimeOption("--from", "Start of the range: an ISO 8601 date or date-time, UTC unless it has an offset (2024-05-01, 2024-05-01T08:00:00+02:00)."),
                    TimeOption("--to", "End of the range, in the same form as --from."),
                }
                : Array.Empty<Option<DateTimeOffset?>>();
            foreach (var option in timeRange)
            {
                command.Options.Add(option);
            }

            var filters = new List<(QueryFilter Filter, Option Option)>();
            foreach (var filter in variants.SelectMany(variant => variant.Operation.Filters))
            {
                if (filters.All(known => known.Filter.ParameterName != filter.ParameterName))
                {
                    var option = filter.CreateOption();
                    command.Options.Add(option);
                    filters.Add((filter, option));
                }
            }

            command.Validators.Add(result =>
            {
                globals.Validate(result);
                Validate(result, variants, timeRange, filters);
            });

            command.SetAction((parseResult, cancellationToken) =>
            {
                var operation = Select(parseResult.CommandResult, variants).Operation;
                var values = filters
                    .Where(known => Applies(operation, known.Filter.ParameterName))
                    .ToDictionary(known => known.Filter.ParameterName, known => Values(parseResult.CommandResult, known.Option), StringComparer.Ordinal);
                var positional = arguments.ToDictionary(argument => argument.Name, argument => parseResult.GetValue(argument) ?? string.Empty, StringComparer.Ordinal);
                var query = new UsageQuery(
                    operation,
                    operation.HasTimeRange ? parseResult.GetValue(timeRange[0]) : null,
                    operation.HasTimeRange ? parseResult.GetValue(timeRange[1]) : null,
                    values,
                    positional);
                return runner.RunAsync(parseResult, query, cancellationToken);
            });

            return command;
        }

        private static void Validate(
            CommandResult result,
            IReadOnlyList<OperationVariant> variants,
            IReadOnlyList<Option<DateTimeOffset?>> timeRange,
            IReadOnlyList<(QueryFilter Filter, Option Option)> filters)
        {
            var flagged = variants.Where(variant => variant.Flag is { } flag && result.GetValue(flag)).ToList();
            if (flagged.Count > 1)
            {
                result.AddError(string.Join(" and ", flagged.Select(variant => variant.Flag!.Name)) + " cannot be combined.");
                return;
            }

            var selected = Select(result, variants);
            foreach (var (filter, option) in filters)
            {
                if (result.GetResult(option) is not null && !Applies(selected.Operation, filter.ParameterName))
                {
                    result.AddError(Misplaced(option.Name, selected, variants, operation => Applies(operation, filter.ParameterName)));
                }
            }

            var given = timeRange.Where(option => result.GetResult(option) is not null).ToList();
            if (!selected.Operation.HasTimeRange && given.Count > 0)
            {
                result.AddError(Misplaced(given[0].Name, selected, variants, operation => operation.HasTimeRange));
            }
            else if (timeRange.Count == 2 && Time(result, timeRange[0]) is { } from && Time(result, timeRange[1]) is { } to && from > to)
            {
                result.AddError($"--from ({ValueText.Time(from)}) is later than --to ({ValueText.Time(to)}).");
            }

            foreach (var (dependent, project) in NeedsOneProject)
            {
                var dependentOption = filters.FirstOrDefault(known => known.Filter.ParameterName == dependent).Option;
                var projectOption = filters.FirstOrDefault(known => known.Filter.ParameterName == project).Option;
                if (dependentOption is not null && projectOption is not null
                    && Values(result, dependentOption).Length > 0 && Values(result, projectOption).Length != 1)
                {
                    result.AddError($"{dependentOption.Name} needs exactly one {projectOption.Name}; got {Values(result, projectOption).Length}.");
                }
            }

            var granularity = filters.FirstOrDefault(known => known.Filter.ParameterName == "granularity").Option;
            var aggregation = filters.FirstOrDefault(known => known.Filter.ParameterName == "aggregationType").Option;
            if (granularity is not null && aggregation is not null
                && Values(result, granularity).LastOrDefault() == "monthly"
                && Values(result, aggregation).LastOrDefault() is { } aggregationType && aggregationType != "month_to_date")
            {
                result.AddError($"--granularity monthly needs --aggregation-type month_to_date, not {aggregationType}.");
            }
        }

        private static string Misplaced(string optionName, OperationVariant selected, IReadOnlyList<OperationVariant> variants, Func<UsageOperation, bool> accepts) =>
            selected.Flag is { } flag
                ? $"{optionName} does not apply with {flag.Name}."
                : $"{optionName} needs {string.Join(" or ", variants.Where(variant => variant.Flag is not null && accepts(variant.Operation)).Select(variant => variant.Flag!.Name))}.";

        private static OperationVariant Select(CommandResult result, IReadOnlyList<OperationVariant> variants) =>
            variants.FirstOrDefault(variant => variant.Flag is { } flag && result.GetValue(flag))
            ?? variants.First(variant => variant.Flag is null);

        private static bool Applies(UsageOperation operation, string parameterName) =>
            operation.Filters.Any(filter => filter.ParameterName == parameterName);

        // Read from the token rather than GetValue, which throws for a value its parser refused (already an error).
        private static DateTimeOffset? Time(CommandResult result, Option<DateTimeOffset?> option) =>
            Values(result, option).LastOrDefault() is { } text && TryParseTime(text, out var time) ? time : null;

        private static bool TryParseTime(string text, out DateTimeOffset time) =>
            DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);

        private static string[] Values(SymbolResult result, Option option) =>
            result.GetResult(option)?.Tokens.Select(token => token.Value).ToArray() ?? Array.Empty<string>();

        private static Option<DateTimeOffset?> TimeOption(string name, string description) => new(name)
        {
            Description = description,
            HelpName = "date",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (TryParseTime(text, out var time))
                {
                    return time;
                }

                result.AddError($"{name}: '{text}' is not an ISO 8601 date or date-time such as 2024-05-01 or 2024-05-01T08:00:00Z.");
                return null;
            },
        };
    }
}
