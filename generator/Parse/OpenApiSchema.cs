using System.Collections.Generic;
using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// A schema object; a <c>$ref</c> to a component schema keeps only the component's name, and a <c>$ref</c> to any
    /// other schema in the description is that schema's object.
    /// </summary>
    internal sealed class OpenApiSchema
    {
        // Most schemas of a large description have no properties, compositions or mappings: they share these empty lists.
        private static readonly KeyValuePair<string, OpenApiSchema>[] NoProperties = new KeyValuePair<string, OpenApiSchema>[0];
        private static readonly OpenApiSchema[] NoSchemas = new OpenApiSchema[0];
        private static readonly KeyValuePair<string, string>[] NoMappings = new KeyValuePair<string, string>[0];

        // Created for the few schemas that have a required list: most schemas in a large description do not.
        private HashSet<string>? _required;

        public OpenApiSchema(LocationInfo location) => Location = location;

        public LocationInfo Location { get; }

        /// <summary>The name of the referenced component schema, when this schema is a <c>$ref</c>.</summary>
        public string? ReferenceName { get; set; }

        /// <summary>A <c>$ref</c> that is not to a whole component points at this schema.</summary>
        public bool IsPointerTarget { get; set; }

        /// <summary>The schema whose <c>properties</c> hold this one where it is written (not through a <c>$ref</c>).</summary>
        public OpenApiSchema? HomeParent { get; set; }

        /// <summary>This schema's property name in <see cref="HomeParent"/>.</summary>
        public string? HomeProperty { get; set; }

        public string? Type { get; set; }

        /// <summary>3.0 <c>nullable: true</c> or 3.1 <c>type: [x, "null"]</c>.</summary>
        public bool Nullable { get; set; }

        public string? Format { get; set; }

        public List<string>? EnumValues { get; set; }

        public IReadOnlyList<KeyValuePair<string, OpenApiSchema>> Properties { get; set; } = NoProperties;

        /// <summary>Whether <c>required</c> names <paramref name="property"/>.</summary>
        public bool IsRequired(string property) => _required?.Contains(property) == true;

        public void AddRequired(string property) => (_required ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(property);

        public OpenApiSchema? Items { get; set; }

        public OpenApiSchema? AdditionalProperties { get; set; }

        /// <summary><c>additionalProperties: false</c>.</summary>
        public bool AdditionalPropertiesForbidden { get; set; }

        public string? Title { get; set; }

        public string? Description { get; set; }

        public bool Deprecated { get; set; }

        public bool ReadOnly { get; set; }

        public bool WriteOnly { get; set; }

        /// <summary>A scalar <c>default</c>, as written.</summary>
        public string? Default { get; set; }

        public IReadOnlyList<OpenApiSchema> AllOf { get; set; } = NoSchemas;

        public IReadOnlyList<OpenApiSchema> OneOf { get; set; } = NoSchemas;

        public IReadOnlyList<OpenApiSchema> AnyOf { get; set; } = NoSchemas;

        /// <summary>The <c>discriminator.propertyName</c>, when the schema declares one.</summary>
        public string? DiscriminatorProperty { get; set; }

        /// <summary><c>discriminator.mapping</c>: wire value → component schema name, in document order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> DiscriminatorMapping { get; set; } = NoMappings;

        public bool IsObjectLike => Type == "object" || Properties.Count > 0 || AdditionalProperties is not null;

        /// <summary>
        /// A union member that only says the value may be null: <c>{type: "null"}</c> (3.1), or <c>{nullable: true}</c>
        /// with nothing else (3.0, as generators write <c>anyOf: [X, {nullable: true}]</c>).
        /// </summary>
        public bool IsNullType =>
            ReferenceName is null
            && (Type == "null"
                || (Type is null && Nullable && Properties.Count == 0 && EnumValues is null && Items is null && AdditionalProperties is null
                    && AllOf.Count == 0 && OneOf.Count == 0 && AnyOf.Count == 0));
    }
}
