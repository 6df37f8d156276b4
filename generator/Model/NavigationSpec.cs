namespace UsageGen.Generator.Model
{
    /// <summary>A property leading from a request builder to the builder of a literal child segment.</summary>
    internal sealed record NavigationSpec(string PropertyName, string TargetType, string Summary);
}
