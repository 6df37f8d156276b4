using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator.Model.Building
{
    /// <summary>Schemas: component and inline models, enums and the mapping of OpenAPI types to C# types.</summary>
    internal sealed partial class ClientSpecBuilder
    {
        private const int MaxReferenceChain = 32;

        // Exception members an error model's properties must not hide.
        private static readonly HashSet<string> ExceptionMembers = new(StringComparer.Ordinal)
        {
            "Data", "HelpLink", "HResult", "InnerException", "Message", "Source", "StackTrace", "TargetSite",
            "ResponseStatusCode", "ResponseHeaders",
        };

        private readonly List<string> _componentOrder = new();
        private readonly Dictionary<string, OpenApiSchema> _components = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _errorComponents = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolvingComponents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);

        // One schema object (shared through a YAML alias) is one type, however often it is used.
        private readonly Dictionary<OpenApiSchema, TypeRef> _inlineTypes = new();

        private void IndexComponents()
        {
            foreach (var entry in _document.Schemas)
            {
                _components[entry.Key] = entry.Value;
                _componentOrder.Add(entry.Key);
            }

            foreach (var response in _document.Paths.SelectMany(path => path.Operations).SelectMany(operation => operation.Responses))
            {
                var code = response.StatusCode;
                if (!(code.StartsWith("4", StringComparison.Ordinal) || code.StartsWith("5", StringComparison.Ordinal) || code.Equals("default", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                foreach (var content in response.Content)
                {
                    if (content.Value is { ReferenceName: { } name })
                    {
                        _errorComponents.Add(name);
                    }
                }
            }
        }

        /// <summary>The type a component schema stands for; models and enums are created on first use.</summary>
        private TypeRef ResolveComponent(string name)
        {
            if (_componentTypes.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_components.TryGetValue(name, out var schema) || !_resolvingComponents.Add(name))
            {
                // A component that only refers back to itself has no shape to generate.
                return TypeRef.Untyped;
            }

            try
            {
                var typeName = SymbolNames.TypeName(name, "Model");
                if (IsEnum(schema) || IsObject(schema))
                {
                    // Reserve the name first so recursive schemas can refer to the model while it is built.
                    var reserved = ReserveTypeName(ModelsNamespace, typeName);
                    var reference = new TypeRef(IsEnum(schema) ? TypeRefKind.Enum : TypeRefKind.Model, PrimitiveKind.None, "global::" + ModelsNamespace + "." + reserved, false);
                    _componentTypes[name] = reference;
                    if (IsEnum(schema))
                    {
                        AddEnum(ModelsNamespace, reserved, schema);
                    }
                    else
                    {
                        AddModel(ModelsNamespace, reserved, schema, _errorComponents.Contains(name));
                    }

                    return reference;
                }

                var alias = ResolveType(schema, ModelsNamespace, typeName);
                _componentTypes[name] = alias;
                return alias;
            }
            finally
            {
                _resolvingComponents.Remove(name);
            }
        }

        /// <summary>
        /// Maps a schema to a type. Inline enums and objects become new types named <paramref name="inlineName"/>
        /// in <paramref name="inlineNamespace"/>.
        /// </summary>
        private TypeRef ResolveType(OpenApiSchema schema, string inlineNamespace, string inlineName, bool isError = false)
        {
            if (schema.ReferenceName is { } reference)
            {
                return ResolveComponent(reference);
            }

            if (Unwrap(schema) is { } single)
            {
                return ResolveType(single, inlineNamespace, inlineName, isError);
            }

            if (schema.AllOf.Count > 0 || schema.OneOf.Count > 0 || schema.AnyOf.Count > 0)
            {
                var keyword = schema.AllOf.Count > 0 ? "allOf" : schema.OneOf.Count > 0 ? "oneOf" : "anyOf";
                Report(DiagnosticDescriptors.UnsupportedConstruct, schema.Location, $"A schema composed with '{keyword}'", $"'{inlineName}' is generated as UntypedNode");
                return TypeRef.Untyped;
            }

            if (_inlineTypes.TryGetValue(schema, out var known))
            {
                return known;
            }

            if (IsEnum(schema))
            {
                var name = ReserveTypeName(inlineNamespace, inlineName);
                var inlineType = new TypeRef(TypeRefKind.Enum, PrimitiveKind.None, "global::" + inlineNamespace + "." + name, false);
                _inlineTypes[schema] = inlineType;
                AddEnum(inlineNamespace, name, schema);
                return inlineType;
            }

            if (schema.Type == "array")
            {
                var items = schema.Items is null ? TypeRef.Untyped : ResolveType(schema.Items, inlineNamespace, inlineName, isError);
                return items.IsCollection || items.Kind == TypeRefKind.Stream ? TypeRef.Untyped : items.AsCollection();
            }

            if (IsObject(schema))
            {
                var name = ReserveTypeName(inlineNamespace, inlineName);
                var inlineType = new TypeRef(TypeRefKind.Model, PrimitiveKind.None, "global::" + inlineNamespace + "." + name, false);
                _inlineTypes[schema] = inlineType;
                AddModel(inlineNamespace, name, schema, isError);
                return inlineType;
            }

            return Primitive(schema) is { } primitive ? TypeRef.Of(primitive) : TypeRef.Untyped;
        }

        /// <summary>A <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> of exactly one schema and nothing else stands for that schema.</summary>
        private static OpenApiSchema? Unwrap(OpenApiSchema schema)
        {
            var members = schema.AllOf.Concat(schema.OneOf).Concat(schema.AnyOf).ToList();
            return members.Count == 1 && schema.Properties.Count == 0 && schema.Type is null or "object" && schema.EnumValues is null
                ? members[0]
                : null;
        }

        private OpenApiSchema? Dereference(OpenApiSchema schema)
        {
            var current = schema;
            for (var i = 0; i < MaxReferenceChain && current?.ReferenceName is { } name; i++)
            {
                current = _components.TryGetValue(name, out var target) ? target : null;
            }

            return current;
        }

        private static bool IsEnum(OpenApiSchema schema) =>
            schema.EnumValues is { Count: > 0 } && schema.Type is null or "string" or "integer" or "number";

        private static bool IsObject(OpenApiSchema schema) =>
            schema.IsObjectLike && schema.AllOf.Count == 0 && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0;

        private static PrimitiveKind? Primitive(OpenApiSchema schema)
        {
            var format = schema.Format?.ToLowerInvariant();
            switch (schema.Type)
            {
                case "string":
                    return format switch
                    {
                        "date-time" => PrimitiveKind.DateTimeOffset,
                        "date" => PrimitiveKind.Date,
                        "time" => PrimitiveKind.Time,
                        "duration" => PrimitiveKind.TimeSpan,
                        "uuid" => PrimitiveKind.Guid,
                        "byte" or "base64" or "binary" => PrimitiveKind.ByteArray,
                        _ => PrimitiveKind.String,
                    };
                case "integer":
                    return format switch
                    {
                        "int64" => PrimitiveKind.Int64,
                        "int8" => PrimitiveKind.SByte,
                        "uint8" => PrimitiveKind.Byte,
                        _ => PrimitiveKind.Int32,
                    };
                case "number":
                    return format switch
                    {
                        "float" => PrimitiveKind.Float,
                        "decimal" => PrimitiveKind.Decimal,
                        "int64" => PrimitiveKind.Int64,
                        "int32" => PrimitiveKind.Int32,
                        _ => PrimitiveKind.Double,
                    };
                case "boolean":
                    return PrimitiveKind.Boolean;
                default:
                    return null;
            }
        }

        private void AddEnum(string ns, string name, OpenApiSchema schema)
        {
            var memberNames = new HashSet<string>(StringComparer.Ordinal);
            var members = schema.EnumValues!
                .Distinct(StringComparer.Ordinal)
                .Select(value => new EnumMemberSpec(SymbolNames.Unique(SymbolNames.EnumMemberName(value), memberNames), value))
                .ToEquatableArray();
            var spec = new EnumSpec(ns, name, schema.Description ?? schema.Title ?? $"The values of {name}", members);
            _enums[spec.FullName] = spec;
            _types.Add(spec);
        }

        private void AddModel(string ns, string name, OpenApiSchema schema, bool isError)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal) { name, "AdditionalData" };
            if (isError)
            {
                taken.UnionWith(ExceptionMembers);
            }

            string? primaryMessage = null;
            var properties = new List<PropertySpec>();
            foreach (var entry in schema.Properties)
            {
                var wireName = entry.Key;
                var propertySchema = entry.Value;
                var candidate = SymbolNames.PropertyName(wireName);
                if (candidate == name)
                {
                    candidate += "Prop";
                }
                else if (isError && ExceptionMembers.Contains(candidate))
                {
                    candidate += "Escaped";
                }

                var propertyName = SymbolNames.Unique(candidate, taken);
                var type = ResolveType(propertySchema, ns, SymbolNames.TypeName(name + "_" + wireName, name + "Property"));
                if (isError && wireName == "message" && type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveKind.String, IsCollection: false })
                {
                    primaryMessage = propertyName;
                }

                var target = Dereference(propertySchema) ?? propertySchema;
                properties.Add(new PropertySpec(
                    propertyName,
                    wireName,
                    type,
                    propertySchema.Description ?? target.Description ?? $"The {wireName} property",
                    propertySchema.ReadOnly || target.ReadOnly,
                    propertySchema.Deprecated || target.Deprecated ? "This property is deprecated in the API description." : null,
                    DefaultValue(type, target)));
            }

            _types.Add(new ModelSpec(
                ns,
                name,
                schema.Description ?? schema.Title ?? $"The {name} model",
                schema.Deprecated ? "This model is deprecated in the API description." : null,
                null,
                isError,
                !schema.AdditionalPropertiesForbidden,
                primaryMessage,
                properties.OrderBy(property => property.Name, StringComparer.Ordinal).ToEquatableArray()));
        }

        /// <summary>The schema's <c>default</c> as a C# expression, when it fits the property's type.</summary>
        private string? DefaultValue(TypeRef type, OpenApiSchema schema)
        {
            if (schema.Default is not { } value || type.IsCollection)
            {
                return null;
            }

            if (type.Kind == TypeRefKind.Enum)
            {
                var member = _enums.TryGetValue(type.TypeName!, out var enumSpec)
                    ? enumSpec.Members.FirstOrDefault(m => m.WireValue == value)
                    : null;
                return member is null ? null : type.TypeName + "." + member.Name;
            }

            if (type.Kind != TypeRefKind.Primitive)
            {
                return null;
            }

            var invariant = CultureInfo.InvariantCulture;
            return type.Primitive switch
            {
                PrimitiveKind.String => "\"" + CSharpLiteral.Escape(value) + "\"",
                PrimitiveKind.Boolean when bool.TryParse(value, out var flag) => flag ? "true" : "false",
                PrimitiveKind.Int32 when int.TryParse(value, NumberStyles.Integer, invariant, out var number) => number.ToString(invariant),
                PrimitiveKind.Int64 when long.TryParse(value, NumberStyles.Integer, invariant, out var number) => number.ToString(invariant) + "L",
                PrimitiveKind.Double when double.TryParse(value, NumberStyles.Float, invariant, out var number) => number.ToString("R", invariant) + "d",
                PrimitiveKind.Float when float.TryParse(value, NumberStyles.Float, invariant, out var number) => number.ToString("R", invariant) + "f",
                PrimitiveKind.Decimal when decimal.TryParse(value, NumberStyles.Float, invariant, out var number) => number.ToString(invariant) + "m",
                _ => null,
            };
        }
    }
}
