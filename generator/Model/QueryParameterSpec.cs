namespace UsageGen.Generator.Model
{
    /// <summary>One query parameter: C# property, URL-template name and type.</summary>
    /// <param name="TimestampUnit">
    /// <c>milliseconds</c> or <c>seconds</c> when the parameter is a Unix timestamp (<c>x-timestamp-unit</c>): a
    /// <c>DateTimeOffset</c> companion property converts to that unit.
    /// </param>
    /// <param name="TypedPropertyName">
    /// In Kiota's backward-compatible mode, the enum-typed sibling of an enum parameter (<c>KindAsPetKind</c>), while
    /// <see cref="PropertyName"/> keeps the old untyped property; otherwise null.
    /// </param>
    /// <param name="Object">
    /// For an object-typed parameter (deepObject or form style), the typed property whose values are sent one by one,
    /// while <see cref="PropertyName"/> keeps Kiota's string property; otherwise null.
    /// </param>
    /// <param name="Separator">
    /// For an array sent as one value joined by a space, tab or pipe (OpenAPI 3's spaceDelimited and pipeDelimited,
    /// Swagger 2.0's ssv, tsv and pipes), that character: the request joins the values itself, since an RFC 6570
    /// template joins with commas only. Otherwise null.
    /// </param>
    internal sealed record QueryParameterSpec(string PropertyName, string TemplateName, TypeRef Type, string Description, string? DeprecationMessage, string? TimestampUnit, string? TypedPropertyName = null, QueryObjectSpec? Object = null, string? Separator = null);
}
