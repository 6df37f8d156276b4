namespace UsageGen.Generator.Model
{
    /// <summary>The body an operation sends and its media type.</summary>
    internal sealed record RequestBodySpec(TypeRef Type, string ContentType, string Description);
}
