using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>The property whose value picks the derived model to create, and the value → model table.</summary>
    internal sealed record DiscriminatorSpec(string PropertyName, EquatableArray<DiscriminatorMappingSpec> Mappings);
}
