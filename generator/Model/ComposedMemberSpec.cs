namespace UsageGen.Generator.Model
{
    /// <summary>One member of a composed type.</summary>
    /// <param name="DiscriminatorValue">The discriminator value that selects this member, when mapped.</param>
    /// <param name="ProbeProperty">A wire property only this member declares: its presence selects the member when no discriminator decides.</param>
    internal sealed record ComposedMemberSpec(string PropertyName, TypeRef Type, string? DiscriminatorValue, string? ProbeProperty);
}
