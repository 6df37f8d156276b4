using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>A model class built from an object schema.</summary>
    /// <param name="IsError">Used by an error response: derives from Kiota's <c>ApiException</c>.</param>
    /// <param name="PrimaryMessageProperty">The property that <c>Message</c> returns on an error model.</param>
    internal sealed record ModelSpec(
        string Namespace,
        string Name,
        string Description,
        string? DeprecationMessage,
        string? BaseType,
        bool IsError,
        bool HasAdditionalData,
        string? PrimaryMessageProperty,
        DiscriminatorSpec? Discriminator,
        EquatableArray<PropertySpec> Properties)
        : GeneratedTypeSpec(Namespace, Name);
}
