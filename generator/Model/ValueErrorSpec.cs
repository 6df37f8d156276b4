namespace UsageGen.Generator.Model
{
    /// <summary>
    /// An exception for an error response whose JSON body is not an object (a string, a number, an enum, an array, a
    /// union or anything at all): it derives from Kiota's <c>ApiException</c> and holds the body in <c>Value</c>.
    /// </summary>
    /// <param name="Value">The body's type: a primitive, an enum, a collection, a composed wrapper or <c>UntypedNode</c>.</param>
    internal sealed record ValueErrorSpec(string Namespace, string Name, string Description, TypeRef Value)
        : GeneratedTypeSpec(Namespace, Name);
}
