using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>A C# enum built from a closed set of string (or integer) values.</summary>
    internal sealed record EnumSpec(string Namespace, string Name, string Description, EquatableArray<EnumMemberSpec> Members)
        : GeneratedTypeSpec(Namespace, Name);
}
