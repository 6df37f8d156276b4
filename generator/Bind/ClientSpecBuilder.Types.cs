using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator.Bind
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

        // A model's own members; a property named like one gets a "Property" suffix, as in Kiota.
        private static readonly HashSet<string> ModelMembers = new(StringComparer.Ordinal)
        {
            "AdditionalData", "GetFieldDeserializers", "Serialize", "CreateFromDiscriminatorValue",
        };

        private readonly List<string> _componentOrder = new();
        private readonly Dictionary<string, OpenApiSchema> _components = new(StringComparer.Ordinal);
        private readonly Dictionary<OpenApiSchema, string> _componentsBySchema = new();
        private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _errorComponents = new(StringComparer.Ordinal);

        // Inline error schemas: a $ref to the middle of the description can reach one from elsewhere too, and whichever
        // use is bound first, its type must be an exception for the error mapping.
        private readonly HashSet<OpenApiSchema> _errorSchemas = new();
        private readonly HashSet<string> _resolvingComponents = new(StringComparer.Ordinal);
        private readonly Queue<(string Component, string Namespace, string Name, SchemaShape Shape, OpenApiSchema Schema)> _pendingComponents = new();
        private ComponentNames _componentNames = null!;
        private int _aliasDepth;
        private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);

        // Base component → components that inherit from it through allOf, for implicit discriminator mappings.
        private readonly Dictionary<string, List<string>> _derived = new(StringComparer.Ordinal);

        // One schema object (shared through a YAML alias) is one type, however often it is used.
        // Keyed by the copy being built too: a model that copies another's properties has its own inline types, named
        // after it, as in Kiota. Otherwise one schema is one type however often it is reached (YAML aliases included).
        private readonly Dictionary<(OpenApiSchema Schema, string Scope), TypeRef> _inlineTypes = new();
        private string _inlineScope = string.Empty;

        // Composed wrappers are models to the type mapping, but not objects an error can derive from.
        private readonly HashSet<string> _composedTypes = new(StringComparer.Ordinal);

        private void IndexComponents()
        {
            foreach (var entry in _document.Schemas)
            {
                _components[entry.Key] = entry.Value;
                _componentOrder.Add(entry.Key);
                if (!_componentsBySchema.ContainsKey(entry.Value))
                {
                    _componentsBySchema.Add(entry.Value, entry.Key);
                }
            }

            _componentNames = new ComponentNames(_componentOrder, ModelsNamespace, _options.ClientClassName);

            foreach (var entry in _document.Schemas)
            {
                if (CopiesItsOnlyMember(entry.Value))
                {
                    continue;
                }

                foreach (var member in entry.Value.AllOf)
                {
                    if (member.ReferenceName is { } baseName)
                    {
                        if (!_derived.TryGetValue(baseName, out var list))
                        {
                            _derived[baseName] = list = new List<string>();
                        }

                        list.Add(entry.Key);
                    }
                }
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
                    // Kiota makes the items of an error array exceptions too; ours are the same types, so code written against its output compiles.
                    var schema = content.Value is { ReferenceName: null, Type: "array" } array ? array.Items : content.Value;
                    if (schema is { ReferenceName: { } name })
                    {
                        MarkError(name, 0);
                    }
                    else if (content.Value is { } inline)
                    {
                        _errorSchemas.Add(inline);
                    }
                }
            }
        }

        /// <summary>Builds the component models and wrappers that were referenced but not built yet.</summary>
        private void BuildPendingComponents()
        {
            while (_pendingComponents.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var (component, ns, name, shape, schema) = _pendingComponents.Dequeue();
                AddType(shape, ns, name, schema, _errorComponents.Contains(component), component);
            }
        }

        /// <summary>An error model's base classes must be exceptions too, so the mark travels up allOf.</summary>
        private void MarkError(string name, int depth)
        {
            if (depth > MaxReferenceChain || !_errorComponents.Add(name) || !_components.TryGetValue(name, out var schema))
            {
                return;
            }

            foreach (var member in schema.AllOf)
            {
                if (member.ReferenceName is { } baseName)
                {
                    MarkError(baseName, depth + 1);
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
                var typeName = ComponentNames.TypeName(name);
                var ns = _componentNames.NamespaceOf(name);
                var unwrapped = Unwrap(schema);
                var shape = unwrapped is null ? ShapeOf(schema) : IsSingleBaseComponent(schema, unwrapped) ? SchemaShape.Object : SchemaShape.Other;
                if (shape is SchemaShape.Enum or SchemaShape.Object or SchemaShape.Composed)
                {
                    // Reserve the name first so recursive schemas can refer to the type while it is built.
                    var reserved = ReserveTypeName(ns, typeName);
                    var reference = new TypeRef(shape == SchemaShape.Enum ? TypeRefKind.Enum : TypeRefKind.Model, EnumWireKind(schema, shape), "global::" + ns + "." + reserved, false);
                    _componentTypes[name] = reference;
                    if (shape == SchemaShape.Composed)
                    {
                        _composedTypes.Add(reference.TypeName!);
                    }

                    if (shape == SchemaShape.Enum)
                    {
                        AddEnum(ns, reserved, schema);
                    }
                    else
                    {
                        // Built later from a queue: building here would recurse once per $ref in a chain of
                        // models, and a long chain would overflow the compiler's stack.
                        _pendingComponents.Enqueue((name, ns, reserved, shape, schema));
                    }

                    return reference;
                }

                if (_aliasDepth >= MaxReferenceChain)
                {
                    Report(DiagnosticDescriptors.GeneratorLimit, schema.Location, $"A chain of more than {MaxReferenceChain} schemas that only refer to the next", $"'{name}' is generated as UntypedNode");
                    return TypeRef.Untyped;
                }

                _aliasDepth++;
                var alias = ResolveType(schema, ns, typeName);
                _aliasDepth--;
                _componentTypes[name] = alias;
                return alias;
            }
            finally
            {
                _resolvingComponents.Remove(name);
            }
        }

        /// <summary>
        /// Maps a schema to a type. Inline enums, objects and compositions become new types named
        /// <paramref name="inlineName"/> in <paramref name="inlineNamespace"/>.
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

            var key = (schema, _inlineScope);
            if (_inlineTypes.TryGetValue(key, out var known))
            {
                return known;
            }

            var shape = ShapeOf(schema);
            if (shape == SchemaShape.Composed && SinglePrimitive(schema) is { } only)
            {
                // anyOf: [{const: a}, {type: string}] is a string: Kiota types it so, and a one-member wrapper adds nothing.
                return TypeRef.Of(only);
            }

            switch (shape)
            {
                case SchemaShape.Enum or SchemaShape.Object or SchemaShape.Composed:
                    if (schema.IsPointerTarget && HomeTypeName(schema, 0) is { } home)
                    {
                        // Named where it is written, not where a $ref to it happens to be bound first, so that adding
                        // a $ref to it elsewhere renames nothing.
                        inlineNamespace = home.Namespace;
                        inlineName = home.Name;
                    }

                    var name = ReserveTypeName(inlineNamespace, inlineName);
                    var inlineType = new TypeRef(shape == SchemaShape.Enum ? TypeRefKind.Enum : TypeRefKind.Model, EnumWireKind(schema, shape), "global::" + inlineNamespace + "." + name, false);
                    _inlineTypes[key] = inlineType;
                    if (shape == SchemaShape.Composed)
                    {
                        _composedTypes.Add(inlineType.TypeName!);
                    }

                    AddType(shape, inlineNamespace, name, schema, isError || _errorSchemas.Contains(schema), null);
                    return inlineType;
                case SchemaShape.Array:
                    // An array of arrays, of streams or of anything at all ({}) is one untyped node, as in Kiota.
                    var items = schema.Items is null ? TypeRef.Untyped : ResolveType(schema.Items, inlineNamespace, inlineName, isError);
                    return items.IsCollection || items.Kind is TypeRefKind.Stream or TypeRefKind.Untyped ? TypeRef.Untyped : AsWireType(items).AsCollection();
                default:
                    return Primitive(schema) is { } primitive ? TypeRef.Of(primitive) : TypeRef.Untyped;
            }
        }

        /// <summary>
        /// The name a property's inline schema gets in the component model that holds it, through any number of inline
        /// object properties (<c>Pet_owner</c>, <c>Pet_owner_address</c>); null when it is not written in such a chain.
        /// </summary>
        private (string Namespace, string Name)? HomeTypeName(OpenApiSchema schema, int depth)
        {
            if (schema.HomeParent is not { } parent || schema.HomeProperty is not { } property || depth > MaxReferenceChain)
            {
                return null;
            }

            string ns;
            string owner;
            if (_componentsBySchema.TryGetValue(parent, out var component))
            {
                ns = _componentNames.NamespaceOf(component);
                owner = ComponentNames.UnescapedTypeName(component);
            }
            else if (ShapeOf(parent) == SchemaShape.Object && HomeTypeName(parent, depth + 1) is { } outer)
            {
                (ns, owner) = outer;
            }
            else
            {
                return null;
            }

            return (ns, SymbolNames.TypeName(owner + "_" + SymbolNames.Cleanup(property), owner + "Property"));
        }

        private bool IsNewInlineComposition(OpenApiSchema schema) =>
            schema.ReferenceName is null && Unwrap(schema) is null && ShapeOf(schema) == SchemaShape.Composed && SinglePrimitive(schema) is null;

        /// <summary>The wrapper of a property's inline <c>oneOf</c>/<c>anyOf</c>, nested in the model as Kiota nests it.</summary>
        private TypeRef ResolveNestedComposition(OpenApiSchema schema, string ns, string owner, string inlineName)
        {
            var key = (schema, _inlineScope);
            if (_inlineTypes.TryGetValue(key, out var known))
            {
                return known;
            }

            var name = ReserveTypeName(ns + "." + owner, inlineName);
            var type = new TypeRef(TypeRefKind.Model, EnumWireKind(schema, SchemaShape.Composed), "global::" + ns + "." + owner + "." + name, false);
            _inlineTypes[key] = type;
            AddComposed(ns, name, schema, owner);
            return type;
        }

        private void AddType(SchemaShape shape, string ns, string name, OpenApiSchema schema, bool isError, string? componentName)
        {
            // Inline types are named after the component as named before the reserved-name escape, as Kiota names them.
            var inlineBase = componentName is not null && name == ComponentNames.TypeName(componentName) ? ComponentNames.UnescapedTypeName(componentName) : name;
            switch (shape)
            {
                case SchemaShape.Enum:
                    AddEnum(ns, name, schema);
                    break;
                case SchemaShape.Composed:
                    AddComposed(ns, name, schema, inlineBase: inlineBase);
                    break;
                default:
                    AddModel(ns, name, schema, isError, componentName, inlineBase);
                    break;
            }
        }

        /// <summary>
        /// A composition of exactly one schema (not counting <c>type: "null"</c> members) and nothing else
        /// stands for that schema; this is how OpenAPI 3.1 and many tools spell a nullable reference.
        /// </summary>
        private static OpenApiSchema? Unwrap(OpenApiSchema schema)
        {
            if (schema.Properties.Count > 0 || schema.EnumValues is not null || schema.Type is not (null or "object") || schema.AdditionalProperties is not null)
            {
                return null;
            }

            OpenApiSchema? single = null;
            var count = 0;
            foreach (var member in schema.AllOf.Concat(schema.OneOf).Concat(schema.AnyOf))
            {
                if (member.IsNullType || IsAnnotationOnly(member))
                {
                    continue;
                }

                single = member;
                count++;
            }

            return count == 1 ? single : null;
        }

        /// <summary>
        /// A member that only annotates (<c>allOf: [$ref: X, {description: …}]</c>) and adds nothing to the shape, which
        /// Kiota does not count as a member.
        /// </summary>
        private static bool IsAnnotationOnly(OpenApiSchema schema) =>
            schema.ReferenceName is null && schema.Type is null && schema.Format is null && schema.EnumValues is null && schema.Items is null
            && schema.Properties.Count == 0 && schema.AdditionalProperties is null && !schema.AdditionalPropertiesForbidden
            && schema.AllOf.Count == 0 && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0;

        /// <summary>allOf one member and nothing of its own is not inheritance for Kiota: the model is a copy of the other one.</summary>
        private static bool CopiesItsOnlyMember(OpenApiSchema schema) =>
            schema.Properties.Count == 0 && schema.AllOf.Count(member => !member.IsNullType && !IsAnnotationOnly(member)) == 1;

        /// <summary>
        /// A component that is <c>allOf</c> one other object component and nothing else is, as in Kiota, a class of its
        /// own with a copy of that one's properties (an inline schema of that shape simply stands for the referenced type).
        /// </summary>
        private bool IsSingleBaseComponent(OpenApiSchema schema, OpenApiSchema unwrapped) =>
            schema.OneOf.Count == 0 && schema.AnyOf.Count == 0 && schema.AllOf.Contains(unwrapped)
            && unwrapped.ReferenceName is not null && Dereference(unwrapped) is { } target && ShapeOf(target) == SchemaShape.Object;

        /// <summary>
        /// Integer enums are C# enums whose values travel as JSON numbers; <see cref="PrimitiveKind.Int32"/> on the
        /// reference tells the emitters so. (Kiota reads and writes every enum as a string.)
        /// </summary>
        private static PrimitiveKind EnumWireKind(OpenApiSchema schema, SchemaShape shape) =>
            shape == SchemaShape.Enum && IsIntegerEnum(schema) ? PrimitiveKind.Int32 : PrimitiveKind.None;

        private static bool IsIntegerEnum(OpenApiSchema schema) =>
            schema.Type == "integer" && schema.EnumValues is { } values && values.All(value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));

        /// <summary>Where no enum conversion can be emitted (collections, bodies, responses), an integer enum is an int.</summary>
        internal static TypeRef AsWireType(TypeRef type) =>
            type.Kind == TypeRefKind.Enum && type.Primitive == PrimitiveKind.Int32 ? new TypeRef(TypeRefKind.Primitive, PrimitiveKind.Int32, null, type.IsCollection) : type;

        private static SchemaShape ShapeOf(OpenApiSchema schema)
        {
            if (schema.EnumValues is { } values && values.Any(value => value.Length > 0) && schema.Type is null or "string" or "integer" or "number")
            {
                return SchemaShape.Enum;
            }

            if ((schema.OneOf.Count(member => !member.IsNullType) > 1 || schema.AnyOf.Count(member => !member.IsNullType) > 1)
                && !schema.OneOf.Concat(schema.AnyOf).All(IsConstraintOnly))
            {
                return SchemaShape.Composed;
            }

            if (schema.IsObjectLike || schema.AllOf.Count > 0)
            {
                return SchemaShape.Object;
            }

            return schema.Type == "array" ? SchemaShape.Array : SchemaShape.Other;
        }

        /// <summary>The one primitive every member of an inline union is (enums and consts count as their primitive); null otherwise.</summary>
        private static PrimitiveKind? SinglePrimitive(OpenApiSchema schema)
        {
            PrimitiveKind? kind = null;
            foreach (var member in schema.OneOf.Concat(schema.AnyOf).Where(member => !member.IsNullType))
            {
                if (member.ReferenceName is not null || member.Properties.Count > 0 || member.Items is not null || member.AllOf.Count + member.OneOf.Count + member.AnyOf.Count > 0)
                {
                    return null;
                }

                var memberKind = ShapeOf(member) == SchemaShape.Enum ? (IsIntegerEnum(member) ? PrimitiveKind.Int32 : PrimitiveKind.String) : Primitive(member);
                if (memberKind is null || (kind is not null && kind != memberKind))
                {
                    return null;
                }

                kind = memberKind;
            }

            return kind;
        }

        private static bool IsNamelessNonPrimitive(OpenApiSchema member) =>
            member.ReferenceName is null && Primitive(member) is null
            && !(member.Type == "array" && member.Items is { } items && (items.ReferenceName is not null || Primitive(items) is not null));

        /// <summary>
        /// A union member that only constrains the value (<c>oneOf: [{required: [a]}, {required: [b]}]</c>: "a or b must be
        /// present") and declares no type of its own: the schema is its object, as in Kiota.
        /// </summary>
        private static bool IsConstraintOnly(OpenApiSchema member) =>
            member.ReferenceName is null && member.Type is null && member.Properties.Count == 0 && member.Items is null
            && member.AdditionalProperties is null && member.EnumValues is null && member.AllOf.Count == 0 && member.OneOf.Count == 0
            && member.AnyOf.Count == 0 && !member.IsNullType;

        private OpenApiSchema? Dereference(OpenApiSchema schema)
        {
            var current = schema;
            for (var i = 0; i < MaxReferenceChain && current?.ReferenceName is { } name; i++)
            {
                current = _components.TryGetValue(name, out var target) ? target : null;
            }

            return current;
        }

        /// <summary>
        /// The distinct primitive kinds of a <c>oneOf</c>/<c>anyOf</c> whose members are all primitives (enums of strings
        /// count as strings), in member order; empty for anything else.
        /// </summary>
        private List<PrimitiveKind> PrimitiveUnionMembers(OpenApiSchema schema)
        {
            var kinds = new List<PrimitiveKind>();
            var union = Dereference(schema) ?? schema;
            foreach (var member in union.OneOf.Concat(union.AnyOf).Where(member => !member.IsNullType))
            {
                var target = Dereference(member) ?? member;
                if (target.Properties.Count > 0 || target.OneOf.Count > 0 || target.AnyOf.Count > 0 || target.AllOf.Count > 0
                    || Primitive(target) is not { } kind || kind == PrimitiveKind.ByteArray)
                {
                    return new List<PrimitiveKind>();
                }

                if (!kinds.Contains(kind))
                {
                    kinds.Add(kind);
                }
            }

            return kinds;
        }

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
            // Like Kiota, "" is no member: the runtime reads an empty string as no value, so it could not round-trip.
            var members = schema.EnumValues!
                .Where(value => value.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Select(value => new EnumMemberSpec(SymbolNames.Unique(SymbolNames.EnumMemberName(value), memberNames), value))
                .ToEquatableArray();
            var spec = new EnumSpec(ns, name, Doc(schema.Description ?? schema.Title, $"The values of {name}"), IsIntegerEnum(schema), members);
            _enums[spec.FullName] = spec;
            _types.Add(spec);
        }

        /// <param name="inlineBase">What the model's inline types are named after; <paramref name="name"/> when null.</param>
        private void AddModel(string ns, string name, OpenApiSchema schema, bool isError, string? componentName, string? inlineBase = null)
        {
            if (!CopiesItsOnlyMember(schema))
            {
                AddModelCore(ns, name, schema, isError, componentName, inlineBase);
                return;
            }

            var outer = _inlineScope;
            _inlineScope = ns + "." + name;
            try
            {
                AddModelCore(ns, name, schema, isError, componentName, inlineBase);
            }
            finally
            {
                _inlineScope = outer;
            }
        }

        private void AddModelCore(string ns, string name, OpenApiSchema schema, bool isError, string? componentName, string? inlineBase)
        {
            inlineBase ??= name;
            // allOf: the first referenced object is the base class; everything else is merged in.
            string? baseType = null;
            var own = new List<KeyValuePair<string, OpenApiSchema>>(schema.Properties);
            var additionalForbidden = schema.AdditionalPropertiesForbidden;
            var copiesItsOnlyMember = CopiesItsOnlyMember(schema);
            foreach (var member in schema.AllOf)
            {
                if (baseType is null && !copiesItsOnlyMember && member.ReferenceName is { } baseName && Dereference(member) is { } baseSchema && ShapeOf(baseSchema) == SchemaShape.Object)
                {
                    if (InheritsFrom(baseName, componentName, schema))
                    {
                        Report(DiagnosticDescriptors.InheritanceCycle, member.Location, $"An allOf inheritance cycle through '{baseName}'", $"'{name}' copies the properties instead of deriving from it");
                        CollectProperties(baseSchema, own, 0);
                        continue;
                    }

                    var resolved = ResolveComponent(baseName);
                    if (resolved.Kind == TypeRefKind.Model)
                    {
                        baseType = resolved.TypeName;
                        continue;
                    }
                }

                if (Dereference(member) is { } merged)
                {
                    CollectProperties(merged, own, 0);
                }
            }

            var taken = new HashSet<string>(ModelMembers, StringComparer.Ordinal) { name };
            if (isError)
            {
                taken.UnionWith(ExceptionMembers);
            }

            string? primaryMessage = null;
            var properties = new List<PropertySpec>();
            var seenWireNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in own)
            {
                var wireName = entry.Key;
                if (!seenWireNames.Add(wireName))
                {
                    continue;
                }

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
                else if (ModelMembers.Contains(candidate))
                {
                    candidate += "Property";
                }

                // As in Kiota, a name taken by PascalCasing keeps the description's underscores before a number is added.
                if (taken.Contains(candidate) && !taken.Contains(SymbolNames.LiteralPropertyName(wireName)))
                {
                    candidate = SymbolNames.LiteralPropertyName(wireName);
                }

                var propertyName = SymbolNames.Unique(candidate, taken);
                var inlineName = SymbolNames.TypeName(inlineBase + "_" + SymbolNames.Cleanup(wireName), inlineBase + "Property");
                // Kiota nests the wrapper of an inline oneOf/anyOf in the model, also when it is the items of an array property.
                var type = IsNewInlineComposition(propertySchema)
                    ? ResolveNestedComposition(propertySchema, ns, name, inlineName)
                    : propertySchema.Type == "array" && propertySchema.Items is { } items && IsNewInlineComposition(items)
                        ? ResolveNestedComposition(items, ns, name, inlineName).AsCollection()
                        : ResolveType(propertySchema, ns, inlineName);
                if (isError && wireName == "message" && type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveKind.String, IsCollection: false })
                {
                    primaryMessage = propertyName;
                }

                var target = Dereference(propertySchema) ?? propertySchema;
                properties.Add(new PropertySpec(
                    propertyName,
                    wireName,
                    type,
                    Doc(propertySchema.Description ?? target.Description, $"The {wireName} property"),
                    propertySchema.ReadOnly || target.ReadOnly,
                    propertySchema.Deprecated || target.Deprecated ? "This property is deprecated in the API description." : null,
                    DefaultValue(type, target)));
            }

            _types.Add(new ModelSpec(
                ns,
                name,
                Doc(schema.Description ?? schema.Title, $"The {name} model"),
                schema.Deprecated ? "This model is deprecated in the API description." : null,
                baseType,
                isError,
                !additionalForbidden && _options.AdditionalData,
                primaryMessage,
                Discriminator(schema, componentName),
                properties.OrderBy(property => property.Name, StringComparer.Ordinal).ToEquatableArray()));
        }

        /// <summary>Whether following first-base allOf references from <paramref name="baseName"/> leads back to the model being built.</summary>
        private bool InheritsFrom(string baseName, string? componentName, OpenApiSchema schema)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? current = baseName;
            while (current is not null && seen.Add(current))
            {
                if (current == componentName || !_components.TryGetValue(current, out var currentSchema))
                {
                    return current == componentName;
                }

                if (currentSchema == schema)
                {
                    return true;
                }

                current = currentSchema.AllOf.Select(member => member.ReferenceName).FirstOrDefault(reference => reference is not null);
            }

            // A cycle among the bases that does not pass through this model is cut where it closes.
            return false;
        }

        /// <summary>Properties of an allOf member that is merged rather than inherited, its own allOf included.</summary>
        private void CollectProperties(OpenApiSchema schema, List<KeyValuePair<string, OpenApiSchema>> target, int depth)
        {
            target.AddRange(schema.Properties);
            if (depth >= MaxReferenceChain)
            {
                return;
            }

            foreach (var member in schema.AllOf)
            {
                if (Dereference(member) is { } merged)
                {
                    CollectProperties(merged, target, depth + 1);
                }
            }
        }

        /// <summary>
        /// The base model's discriminator: the explicit mapping, or else every component that inherits from
        /// this one through allOf, keyed by its component name.
        /// </summary>
        private DiscriminatorSpec? Discriminator(OpenApiSchema schema, string? componentName)
        {
            if (schema.DiscriminatorProperty is not { } property)
            {
                return null;
            }

            var mapping = schema.DiscriminatorMapping.Count > 0 || componentName is null || !_derived.TryGetValue(componentName, out var derived)
                ? schema.DiscriminatorMapping
                : derived.Select(name => new KeyValuePair<string, string>(name, name)).ToList();
            var entries = new List<DiscriminatorMappingSpec>();
            foreach (var entry in mapping)
            {
                if (entry.Value == componentName)
                {
                    continue;
                }

                var type = ResolveComponent(entry.Value);
                if (type.Kind == TypeRefKind.Model)
                {
                    entries.Add(new DiscriminatorMappingSpec(entry.Key, type.TypeName!));
                }
            }

            return entries.Count == 0 ? null : new DiscriminatorSpec(property, entries.ToEquatableArray());
        }

        /// <param name="inlineBase">What the wrapper's inline member types are named after; <paramref name="name"/> when null.</param>
        private void AddComposed(string ns, string name, OpenApiSchema schema, string? containingType = null, string? inlineBase = null)
        {
            inlineBase ??= name;
            var isIntersection = schema.OneOf.Count(member => !member.IsNullType) <= 1;
            var members = (isIntersection ? schema.AnyOf : schema.OneOf).Where(member => !member.IsNullType).ToList();
            var discriminatorValues = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in schema.DiscriminatorMapping)
            {
                if (!discriminatorValues.ContainsKey(entry.Value))
                {
                    discriminatorValues[entry.Value] = entry.Key;
                }
            }

            var candidates = new List<(OpenApiSchema Schema, TypeRef Type, string TypeName, string? Discriminator)>();
            var unnamed = 0;
            foreach (var member in members)
            {
                // Kiota types an inline enum member by its primitive, keeps one member per type, and numbers only the
                // members that are neither named nor primitive (a bare object is Member1 wherever it stands).
                var type = member.ReferenceName is null && ShapeOf(member) == SchemaShape.Enum
                    ? TypeRef.Of(EnumWireKind(member, SchemaShape.Enum) == PrimitiveKind.Int32 ? PrimitiveKind.Int32 : PrimitiveKind.String)
                    : ResolveType(member, ns, inlineBase + "Member" + (IsNamelessNonPrimitive(member) ? ++unnamed : unnamed + 1).ToString(CultureInfo.InvariantCulture));
                if (type.Kind is TypeRefKind.Untyped or TypeRefKind.Stream)
                {
                    Report(DiagnosticDescriptors.UnsupportedUnionMember, member.Location, $"A {(isIntersection ? "anyOf" : "oneOf")} member that is untyped (an array of arrays, or any value)", $"'{name}' has no property for it");
                    continue;
                }

                if (candidates.Any(candidate => candidate.Type == type))
                {
                    continue;
                }

                string? discriminator = null;
                if (schema.DiscriminatorProperty is not null && member.ReferenceName is { } referenced)
                {
                    discriminator = discriminatorValues.TryGetValue(referenced, out var mapped) ? mapped : schema.DiscriminatorMapping.Count == 0 ? referenced : null;
                }

                var target = Dereference(member) ?? member;
                candidates.Add((member, type, MemberTypeName(type, (type.IsCollection ? target.Items : target)?.Format), discriminator));
            }

            // As in Kiota: names go to members in the order of their type names, collections first, and a member whose
            // type name is taken is named after the wrapper too (Thing_tags: List<string> String, string ThingTagsString).
            var taken = new HashSet<string>(StringComparer.Ordinal) { name, "GetFieldDeserializers", "Serialize", "CreateFromDiscriminatorValue" };
            var propertyNames = new Dictionary<OpenApiSchema, string>();
            foreach (var candidate in candidates.OrderBy(candidate => candidate.TypeName + (candidate.Type.IsCollection ? "_Complex" : "_None"), StringComparer.OrdinalIgnoreCase))
            {
                var propertyName = taken.Contains(candidate.TypeName)
                    ? SymbolNames.Unique(SymbolNames.PropertyName(name) + candidate.TypeName, taken)
                    : SymbolNames.Unique(candidate.TypeName, taken);
                propertyNames[candidate.Schema] = propertyName;
            }

            var resolved = candidates.Select(candidate => (candidate.Schema, candidate.Type, Property: propertyNames[candidate.Schema], candidate.Discriminator)).ToList();
            var specs = new List<ComposedMemberSpec>();
            foreach (var member in resolved)
            {
                specs.Add(new ComposedMemberSpec(
                    member.Property,
                    member.Type,
                    member.Discriminator,
                    member.Type is { Kind: TypeRefKind.Model, IsCollection: false } && member.Discriminator is null && resolved.Count(other => other.Type is { Kind: TypeRefKind.Model, IsCollection: false }) > 1
                        ? ProbeProperty(member.Schema, resolved.Where(other => other.Schema != member.Schema && other.Type is { Kind: TypeRefKind.Model, IsCollection: false }).Select(other => other.Schema))
                        : null));
            }

            _types.Add(new ComposedTypeSpec(ns, name, Doc(schema.Description ?? schema.Title, $"Composed type wrapper for {name}"), isIntersection, schema.DiscriminatorProperty, specs.ToEquatableArray())
            {
                ContainingType = containingType,
            });
        }

        /// <summary>
        /// A property that only this member declares (required ones first): when the JSON has it, the value is this
        /// member. Kiota has no structural matching and leaves such wrappers empty.
        /// </summary>
        private string? ProbeProperty(OpenApiSchema member, IEnumerable<OpenApiSchema> others)
        {
            var own = WireNames(member);
            var elsewhere = new HashSet<string>(others.SelectMany(WireNames), StringComparer.Ordinal);
            var target = Dereference(member) ?? member;
            return own.Where(name => !elsewhere.Contains(name)).OrderBy(name => target.IsRequired(name) ? 0 : 1).ThenBy(name => name, StringComparer.Ordinal).FirstOrDefault();
        }

        private List<string> WireNames(OpenApiSchema schema)
        {
            var properties = new List<KeyValuePair<string, OpenApiSchema>>();
            if (Dereference(schema) is { } target)
            {
                CollectProperties(target, properties, 0);
                foreach (var member in target.AllOf)
                {
                    if (Dereference(member) is { } inherited)
                    {
                        CollectProperties(inherited, properties, 0);
                    }
                }
            }

            return properties.Select(property => property.Key).Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>
        /// The name Kiota gives a union member's property: the referenced schema's name (an array's items' for an array), or
        /// the name of the primitive as Kiota spells it before its C# refiner runs (<c>Int64</c>, <c>DateOnly</c>, <c>Base64</c>).
        /// </summary>
        private static string MemberTypeName(TypeRef type, string? format)
        {
            if (type.SimpleName is { } simpleName)
            {
                // Kiota's C# refiner PascalCases the names it gives union members (TemplateVariable_fallback_valueMember1
                // → TemplateVariableFallbackValueMember1).
                return SymbolNames.PropertyName(simpleName);
            }

            return type.Primitive switch
            {
                PrimitiveKind.Boolean => "Boolean",
                PrimitiveKind.Int32 => "Integer",
                PrimitiveKind.Int64 => "Int64",
                PrimitiveKind.Float => "Float",
                PrimitiveKind.Double => "Double",
                PrimitiveKind.Decimal => "Decimal",
                PrimitiveKind.DateTimeOffset => "DateTimeOffset",
                PrimitiveKind.Date => "DateOnly",
                PrimitiveKind.Time => "TimeOnly",
                PrimitiveKind.TimeSpan => "TimeSpan",
                PrimitiveKind.Guid => "Guid",
                PrimitiveKind.ByteArray => string.Equals(format, "binary", StringComparison.OrdinalIgnoreCase) ? "Binary" : "Base64",
                PrimitiveKind.SByte => "Sbyte",
                PrimitiveKind.Byte => "Byte",
                _ => "String",
            };
        }

        /// <summary>
        /// The schema's <c>default</c> when it fits the property's type: an enum member's name, or the value in its
        /// invariant spelling. The emitter turns it into a literal.
        /// </summary>
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
                return member?.Name;
            }

            if (type.Kind != TypeRefKind.Primitive)
            {
                return null;
            }

            var invariant = CultureInfo.InvariantCulture;
            return type.Primitive switch
            {
                PrimitiveKind.String => value,
                PrimitiveKind.Boolean when bool.TryParse(value, out var flag) => flag ? "true" : "false",
                PrimitiveKind.Int32 when int.TryParse(value, NumberStyles.Integer, invariant, out var number) => number.ToString(invariant),
                PrimitiveKind.Int64 when long.TryParse(value, NumberStyles.Integer, invariant, out var number) => number.ToString(invariant),
                PrimitiveKind.Double when double.TryParse(value, NumberStyles.Float, invariant, out var number) => number.ToString("R", invariant),
                PrimitiveKind.Float when float.TryParse(value, NumberStyles.Float, invariant, out var number) => number.ToString("R", invariant),
                PrimitiveKind.Decimal when decimal.TryParse(value, NumberStyles.Float, invariant, out var number) => number.ToString(invariant),
                _ => null,
            };
        }
    }
}
