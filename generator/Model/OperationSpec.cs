using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>One HTTP operation of a request builder: its executor and request-information methods.</summary>
    /// <param name="MethodName">The verb in PascalCase (<c>Get</c>), used in member names.</param>
    /// <param name="HttpMethod">The verb as Kiota's <c>Method</c> enum member (<c>GET</c>).</param>
    /// <param name="UrlTemplate">The operation's own URL template when it differs from the builder's; otherwise null.</param>
    /// <param name="LegacyReturnType">
    /// In Kiota's backward-compatible mode, the obsolete <c>…Response</c> type the executor returns while
    /// <c>{Method}As{ReturnType}Async</c> returns <see cref="ReturnType"/>; otherwise null.
    /// </param>
    internal sealed record OperationSpec(
        string MethodName,
        string HttpMethod,
        string Description,
        string? DeprecationMessage,
        string? ExternalDocsUrl,
        QueryParametersSpec? QueryParameters,
        TypeRef? ReturnType,
        RequestBodySpec? RequestBody,
        EquatableArray<ErrorMappingSpec> ErrorMappings,
        string? Accept,
        EquatableArray<HeaderSpec> ConstantHeaders,
        string? UrlTemplate,
        TypeRef? LegacyReturnType = null);
}
