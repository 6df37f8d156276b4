namespace UsageGen.Generator.Model
{
    /// <summary>
    /// A parameter of a path segment that mixes text and parameters (<c>{from}..{to}</c>): an argument of the parent's
    /// <c>With…</c> method and an optional one of the builder's constructor.
    /// </summary>
    /// <param name="Name">The C# parameter name.</param>
    /// <param name="TemplateKey">The URL-template variable the value fills.</param>
    internal sealed record PathParameterSpec(string Name, string TemplateKey, TypeRef Type, string Description);
}
