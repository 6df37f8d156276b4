using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// How a request builder leads to the builder of a child segment: a property for a literal segment, or, for a
    /// segment that mixes text and parameters, a method taking <see cref="Parameters"/>.
    /// </summary>
    internal sealed record NavigationSpec(string PropertyName, string TargetType, string Summary, EquatableArray<PathParameterSpec> Parameters = default);
}
