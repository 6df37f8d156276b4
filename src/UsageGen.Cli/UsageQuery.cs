using System;
using System.Collections.Generic;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>The validated values of one command line, ready to be set on an operation's query parameters.</summary>
    internal sealed class UsageQuery
    {
        private readonly IReadOnlyDictionary<string, string[]> values;
        private readonly IReadOnlyDictionary<string, string> arguments;
        private readonly DateTimeOffset? from;
        private readonly DateTimeOffset? to;

        public UsageQuery(
            UsageOperation operation,
            DateTimeOffset? from,
            DateTimeOffset? to,
            IReadOnlyDictionary<string, string[]> values,
            IReadOnlyDictionary<string, string> arguments)
        {
            Operation = operation;
            this.from = from;
            this.to = to;
            this.values = values;
            this.arguments = arguments;
        }

        /// <summary>The operation the values are for.</summary>
        public UsageOperation Operation { get; }

        /// <summary>The start of the range in the unit the operation documents.</summary>
        public long? From => ToTimestamp(from);

        /// <summary>The end of the range in the unit the operation documents.</summary>
        public long? To => ToTimestamp(to);

        /// <summary>The values of a repeatable parameter, or null when none were given.</summary>
        public string[]? Texts(string parameterName) =>
            values.TryGetValue(parameterName, out var given) && given.Length > 0 ? given : null;

        /// <summary>The value of a single-valued parameter, or null.</summary>
        public string? Text(string parameterName) => Texts(parameterName)?[0];

        /// <summary>The values of a repeatable enum parameter, or null when none were given.</summary>
        public TEnum[]? Choices<TEnum>(string parameterName)
            where TEnum : struct, Enum =>
            Texts(parameterName)?.Select(EnumWireValues.Parse<TEnum>).ToArray();

        /// <summary>The value of a single-valued enum parameter, or null.</summary>
        public TEnum? Choice<TEnum>(string parameterName)
            where TEnum : struct, Enum =>
            Text(parameterName) is { } wire ? EnumWireValues.Parse<TEnum>(wire) : null;

        /// <summary>A positional argument (a path parameter).</summary>
        public string Argument(string name) => arguments[name];

        private long? ToTimestamp(DateTimeOffset? time)
        {
            if (time is not { } value)
            {
                return null;
            }

            return OperationTimestampUnits.Of(Operation.OperationId) == TimestampUnit.Seconds
                ? value.ToUnixTimeSeconds()
                : value.ToUnixTimeMilliseconds();
        }
    }
}
