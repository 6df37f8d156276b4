using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;

namespace UsageGen.Cli
{
    /// <summary>
    /// Maps the generated enums to the values they have on the wire (their <see cref="EnumMemberAttribute"/>), so the
    /// command line accepts exactly what the API documents, e.g. <c>month_to_date</c> rather than <c>Month_to_date</c>.
    /// </summary>
    internal static class EnumWireValues
    {
        /// <summary>The wire values of <typeparamref name="TEnum"/>, in declaration order.</summary>
        public static IReadOnlyList<string> Of<TEnum>()
            where TEnum : struct, Enum =>
            Members<TEnum>().Select(member => member.Wire).ToArray();

        /// <summary>The member whose wire value is <paramref name="wire"/>; option validation has already checked it.</summary>
        public static TEnum Parse<TEnum>(string wire)
            where TEnum : struct, Enum =>
            Members<TEnum>().First(member => string.Equals(member.Wire, wire, StringComparison.Ordinal)).Value;

        private static IEnumerable<(TEnum Value, string Wire)> Members<TEnum>()
            where TEnum : struct, Enum =>
            typeof(TEnum)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => ((TEnum)field.GetValue(null)!, field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name));
    }
}
