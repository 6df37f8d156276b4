namespace UsageGen.Generator.Model
{
    /// <summary>One discriminator value and the <c>global::</c>-qualified model it creates.</summary>
    internal sealed record DiscriminatorMappingSpec(string Value, string TypeName);
}
