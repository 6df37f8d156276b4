using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>The typed view of an object-typed query parameter, beside the string property Kiota gives it.</summary>
    /// <param name="PropertyName">The typed property (<c>CreatedAsGetCreatedQueryParameterType</c>).</param>
    /// <param name="Type">The generated class of the object.</param>
    /// <param name="Leaves">The values it sends, in the order they are written.</param>
    internal sealed record QueryObjectSpec(string PropertyName, TypeRef Type, QueryObjectStyle Style, EquatableArray<QueryObjectLeafSpec> Leaves);
}
