namespace UsageGen.Generator.Model
{
    /// <summary>An enum member and the value it stands for on the wire.</summary>
    internal sealed record EnumMemberSpec(string Name, string WireValue);
}
