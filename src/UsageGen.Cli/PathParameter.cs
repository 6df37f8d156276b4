using System;
using System.Collections.Generic;

namespace UsageGen.Cli
{
    /// <summary>A path parameter of an operation (<c>{projectKey}</c>), taken as a positional argument.</summary>
    internal sealed class PathParameter
    {
        public PathParameter(string name, Type? enumType, string description)
        {
            Name = name;
            EnumType = enumType;
            Description = description;
        }

        /// <summary>The name in the URL template, e.g. <c>projectKey</c>.</summary>
        public string Name { get; }

        /// <summary>The generated enum of its documented values, or null when any text is allowed.</summary>
        public Type? EnumType { get; }

        /// <summary>The help text, from the generated indexer's documentation.</summary>
        public string Description { get; }

        /// <summary>The wire values the argument accepts, or null for any text.</summary>
        public IReadOnlyList<string>? AllowedValues => EnumType is null ? null : EnumWireValues.Of(EnumType);

        /// <summary>The indexer argument for a command-line value: the enum member, or the text itself.</summary>
        public object ToArgument(string value) => EnumType is null ? value : EnumWireValues.Parse(EnumType, value);

        /// <summary>The command line's values of the path parameters, by name.</summary>
        internal sealed class Values : Dictionary<string, string>
        {
            public Values()
                : base(StringComparer.Ordinal)
            {
            }
        }
    }
}
