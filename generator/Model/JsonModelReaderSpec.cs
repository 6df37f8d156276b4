using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// The generated JSON reader of one model: every property Kiota's <c>GetFieldDeserializers</c> lists for it (its
    /// base models' included), and whether unknown properties go to <c>AdditionalData</c>.
    /// </summary>
    /// <param name="TypeName">The <c>global::</c>-qualified model.</param>
    /// <param name="IsRootCollection">A response body may be an array of this model: the root parse node reads such an array itself.</param>
    /// <param name="Discriminator">The model's own discriminator, whose mapping its <c>CreateFromDiscriminatorValue</c> follows; null when that factory always makes the model itself.</param>
    internal sealed record JsonModelReaderSpec(string TypeName, bool HasAdditionalData, bool IsRootCollection, EquatableArray<JsonPropertyReaderSpec> Properties, DiscriminatorSpec? Discriminator);
}
