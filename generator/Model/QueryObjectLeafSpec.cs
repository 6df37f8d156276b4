using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>One value of an object-typed query parameter that is sent on its own.</summary>
    /// <param name="TemplateName">Its URL-template name (<c>created%5Bgte%5D</c>); for <see cref="QueryObjectStyle.Form"/>, the parameter's.</param>
    /// <param name="WireName">The property's name in the description, written before its value in <see cref="QueryObjectStyle.Form"/>.</param>
    /// <param name="Path">The C# properties that lead to the value from the parameter's object.</param>
    /// <param name="IsCollection">An array, sent as the key repeated once per item.</param>
    internal sealed record QueryObjectLeafSpec(string TemplateName, string WireName, EquatableArray<string> Path, bool IsCollection);
}
