using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text;

namespace UsageGen.Cli
{
    /// <summary>
    /// One documented query parameter of an operation, offered as a command-line option named in kebab-case after it
    /// (<c>projectKey</c> becomes <c>--project-key</c>).
    /// </summary>
    internal sealed class QueryFilter
    {
        private QueryFilter(string parameterName, string description, bool repeatable, IReadOnlyList<string>? allowedValues, string[] aliases)
        {
            ParameterName = parameterName;
            OptionName = "--" + ToKebabCase(parameterName);
            Description = description;
            Repeatable = repeatable;
            AllowedValues = allowedValues;
            Aliases = aliases;
        }

        /// <summary>The query parameter's name in the description, e.g. <c>projectKey</c>.</summary>
        public string ParameterName { get; }

        /// <summary>The option's name, e.g. <c>--project-key</c>.</summary>
        public string OptionName { get; }

        /// <summary>The help text.</summary>
        public string Description { get; }

        /// <summary>Whether the parameter is an array, given once per value.</summary>
        public bool Repeatable { get; }

        /// <summary>The wire values of the parameter's enum, or null when any text is allowed.</summary>
        public IReadOnlyList<string>? AllowedValues { get; }

        /// <summary>Other names of the option.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>A single free-text value.</summary>
        public static QueryFilter Text(string parameterName, string description, params string[] aliases) =>
            new(parameterName, description, repeatable: false, allowedValues: null, aliases);

        /// <summary>Free-text values, one option per value.</summary>
        public static QueryFilter Texts(string parameterName, string description, params string[] aliases) =>
            new(parameterName, description, repeatable: true, allowedValues: null, aliases);

        /// <summary>A single value of <typeparamref name="TEnum"/>, given by its wire value.</summary>
        public static QueryFilter Choice<TEnum>(string parameterName, string description, params string[] aliases)
            where TEnum : struct, Enum =>
            new(parameterName, description, repeatable: false, EnumWireValues.Of<TEnum>(), aliases);

        /// <summary>Values of <typeparamref name="TEnum"/>, one option per value.</summary>
        public static QueryFilter Choices<TEnum>(string parameterName, string description, params string[] aliases)
            where TEnum : struct, Enum =>
            new(parameterName, description, repeatable: true, EnumWireValues.Of<TEnum>(), aliases);

        /// <summary>Creates the option: <c>string[]</c> when repeatable, else <c>string</c>; enum values are checked while parsing.</summary>
        public Option CreateOption()
        {
            Option option = Repeatable
                ? new Option<string[]>(OptionName, Aliases.ToArray())
                : new Option<string>(OptionName, Aliases.ToArray());
            option.Description = Description;
            if (AllowedValues is { } allowed)
            {
                option.HelpName = string.Join("|", allowed);
                option.CompletionSources.Add(allowed.ToArray());
                option.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens)
                    {
                        if (!allowed.Contains(token.Value, StringComparer.Ordinal))
                        {
                            result.AddError($"{OptionName}: '{token.Value}' is not one of {string.Join(", ", allowed)}.");
                        }
                    }
                });
            }

            return option;
        }

        private static string ToKebabCase(string name)
        {
            var builder = new StringBuilder(name.Length + 4);
            foreach (var character in name)
            {
                if (char.IsUpper(character))
                {
                    builder.Append('-').Append(char.ToLowerInvariant(character));
                }
                else
                {
                    builder.Append(character);
                }
            }

            return builder.ToString();
        }
    }
}
