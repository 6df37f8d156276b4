using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>A C# enum built from a closed set of string (or integer) values.</summary>
    /// <param name="IsInteger">The values are integers: members get them as their numeric values.</param>
    internal sealed record EnumSpec(string Namespace, string Name, string Description, bool IsInteger, EquatableArray<EnumMemberSpec> Members)
        : GeneratedTypeSpec(Namespace, Name);
}
