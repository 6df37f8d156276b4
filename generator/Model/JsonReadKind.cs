namespace UsageGen.Generator.Model
{
    /// <summary>How a generated JSON reader reads one model property.</summary>
    internal enum JsonReadKind
    {
        /// <summary>A string, read straight from the token.</summary>
        String,

        /// <summary>A boolean, read straight from the token.</summary>
        Boolean,

        /// <summary>A number, read with the System.Text.Json converter Kiota's parse node uses for its type.</summary>
        Number,

        /// <summary>A model without a discriminator, filled by its own generated reader.</summary>
        Object,

        /// <summary>An array of models without a discriminator, each filled by the model's generated reader.</summary>
        ObjectCollection,

        /// <summary>
        /// A model with a discriminator: its value is looked up ahead in the object, the mapped type created, and that
        /// type's generated reader fills it, as Kiota's <c>CreateFromDiscriminatorValue</c> and parse node would.
        /// </summary>
        PolymorphicObject,

        /// <summary>An array of models with a discriminator, each read as <see cref="PolymorphicObject"/>.</summary>
        PolymorphicObjectCollection,

        /// <summary>Anything else: the value is handed to Kiota's own parse node, which reads it as it always does.</summary>
        KiotaNode,
    }
}
