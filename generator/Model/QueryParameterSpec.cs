namespace UsageGen.Generator.Model
{
    /// <summary>One query parameter: C# property, URL-template name and type.</summary>
    internal sealed record QueryParameterSpec(string PropertyName, string TemplateName, TypeRef Type, string Description, string? DeprecationMessage);
}
