using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>A path parameter of an operation, taken as a positional argument.</summary>
    internal static class PathArgument
    {
        /// <summary>Any text, such as a project key.</summary>
        public static Argument<string> Text(string name, string description) => new(name) { Description = description };

        /// <summary>One of the wire values of <typeparamref name="TEnum"/>, such as <c>client</c>.</summary>
        public static Argument<string> Choice<TEnum>(string name, string description)
            where TEnum : struct, Enum
        {
            IReadOnlyList<string> allowed = EnumWireValues.Of<TEnum>();
            var argument = new Argument<string>(name) { Description = description, HelpName = string.Join("|", allowed) };
            argument.CompletionSources.Add(allowed.ToArray());
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens)
                {
                    if (!allowed.Contains(token.Value, StringComparer.Ordinal))
                    {
                        result.AddError($"{name}: '{token.Value}' is not one of {string.Join(", ", allowed)}.");
                    }
                }
            });
            return argument;
        }
    }
}
