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
        /// <summary>The wire values of <paramref name="enumType"/>, in declaration order.</summary>
        public static IReadOnlyList<string> Of(Type enumType) => Members(enumType).Select(member => member.Wire).ToArray();

        /// <summary>The member whose wire value is <paramref name="wire"/>; option validation has already checked it.</summary>
        public static object Parse(Type enumType, string wire) =>
            Members(enumType).First(member => string.Equals(member.Wire, wire, StringComparison.Ordinal)).Value;

        /// <summary>The wire value of an enum member.</summary>
        public static string Wire(Enum value) =>
            Members(value.GetType()).First(member => Equals(member.Value, value)).Wire;

        private static IEnumerable<(object Value, string Wire)> Members(Type enumType) =>
            enumType
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (field.GetValue(null)!, field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name));
    }
}
