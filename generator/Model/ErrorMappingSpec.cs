namespace UsageGen.Generator.Model
{
    /// <summary>A status code (<c>404</c>, <c>4XX</c>, <c>XXX</c>) and the error model thrown for it.</summary>
    internal sealed record ErrorMappingSpec(string StatusCode, string ErrorType);
}
