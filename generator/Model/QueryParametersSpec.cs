using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>The nested query-parameters class of one operation.</summary>
    internal sealed record QueryParametersSpec(string ClassName, EquatableArray<QueryParameterSpec> Parameters);
}
