using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Bind
{
    /// <summary>Derives a client's <see cref="JsonReadersSpec"/> from its <see cref="ClientSpec"/>.</summary>
    internal static class JsonReadersSpecBuilder
    {
        /// <summary>The spec, or null when the client has no root request builder to name the generated types after.</summary>
        public static JsonReadersSpec? Build(ClientSpec client)
        {
            var root = client.Types.OfType<RequestBuilderSpec>().FirstOrDefault(builder => builder.IsRoot);
            if (root is null)
            {
                return null;
            }

            var models = new Dictionary<string, ModelSpec>(System.StringComparer.Ordinal);
            foreach (var model in client.Types.OfType<ModelSpec>())
            {
                models[model.FullName] = model;
            }

            var rootCollections = RootCollections(client);
            var readers = new List<JsonModelReaderSpec>();
            foreach (var model in models.Values)
            {
                if (Chain(model, models) is { } chain)
                {
                    readers.Add(new JsonModelReaderSpec(model.FullName, chain[0].HasAdditionalData, rootCollections.Contains(model.FullName), Properties(chain, models), model.Discriminator));
                }
            }

            return new JsonReadersSpec(root.Namespace, root.Name, root.Internal, root.Documented, readers.ToEquatableArray());
        }

        // The models a response body is an array of: only for these does the root parse node read a collection itself.
        private static HashSet<string> RootCollections(ClientSpec client)
        {
            var collections = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var builder in client.Types.OfType<RequestBuilderSpec>())
            {
                foreach (var operation in builder.Operations)
                {
                    foreach (var type in new[] { operation.ReturnType, operation.LegacyReturnType })
                    {
                        if (type is { Kind: TypeRefKind.Model, IsCollection: true, TypeName: { } name })
                        {
                            collections.Add(name);
                        }
                    }
                }
            }

            return collections;
        }

        // The model and its bases, root first; null when a base is not a model of this client (its fields are unknown).
        private static List<ModelSpec>? Chain(ModelSpec model, Dictionary<string, ModelSpec> models)
        {
            var chain = new List<ModelSpec> { model };
            var seen = new HashSet<string>(System.StringComparer.Ordinal) { model.FullName };
            while (chain[0].BaseType is { } baseType)
            {
                if (!models.TryGetValue(baseType, out var parent) || !seen.Add(parent.FullName))
                {
                    return null;
                }

                chain.Insert(0, parent);
            }

            return chain;
        }

        // Kiota's derived field map starts from the base's and adds its own, so a wire name is declared once along the chain.
        private static EquatableArray<JsonPropertyReaderSpec> Properties(List<ModelSpec> chain, Dictionary<string, ModelSpec> models)
        {
            var properties = new List<JsonPropertyReaderSpec>();
            var wireNames = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var model in chain)
            {
                foreach (var property in model.Properties)
                {
                    if (wireNames.Add(property.WireName))
                    {
                        properties.Add(Property(property, models));
                    }
                }
            }

            return properties.ToEquatableArray();
        }

        private static JsonPropertyReaderSpec Property(PropertySpec property, Dictionary<string, ModelSpec> models)
        {
            var type = property.Type;
            if (type.Kind == TypeRefKind.Model && type.TypeName is { } name && models.TryGetValue(name, out var target) && Chain(target, models) is not null)
            {
                var kind = target.Discriminator is null
                    ? (type.IsCollection ? JsonReadKind.ObjectCollection : JsonReadKind.Object)
                    : (type.IsCollection ? JsonReadKind.PolymorphicObjectCollection : JsonReadKind.PolymorphicObject);
                return new JsonPropertyReaderSpec(property.Name, property.WireName, type, kind, name);
            }

            var primitiveKind = type.Kind != TypeRefKind.Primitive || type.IsCollection
                ? JsonReadKind.KiotaNode
                : type.Primitive switch
                {
                    PrimitiveKind.String => JsonReadKind.String,
                    PrimitiveKind.Boolean => JsonReadKind.Boolean,
                    PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Float or PrimitiveKind.Double or PrimitiveKind.Decimal or PrimitiveKind.Byte or PrimitiveKind.SByte => JsonReadKind.Number,
                    _ => JsonReadKind.KiotaNode,
                };
            return new JsonPropertyReaderSpec(property.Name, property.WireName, type, primitiveKind, null);
        }
    }
}
