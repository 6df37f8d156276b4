
namespace UsageGen.Generator.Bind
{
    /// <summary>What a schema becomes in C#.</summary>
    internal enum SchemaShape
    {
        /// <summary>A primitive, an untyped value, or nothing usable.</summary>
        Other,
        Enum,

        /// <summary>A class: properties, an additionalProperties map, or <c>allOf</c> inheritance.</summary>
        Object,

        /// <summary>A <c>oneOf</c>/<c>anyOf</c> wrapper.</summary>
        Composed,
        Array,
    }
}
