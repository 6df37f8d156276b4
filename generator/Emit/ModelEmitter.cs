using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes a model class with Kiota's shape: <c>IParsable</c> (and <c>IAdditionalDataHolder</c>),
    /// <c>CreateFromDiscriminatorValue</c>, <c>GetFieldDeserializers</c> and <c>Serialize</c>; error models
    /// derive from <c>ApiException</c>.
    /// </summary>
    internal static class ModelEmitter
    {
        public static SourceText Emit(ModelSpec spec, bool nullableAnnotations)
        {
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, spec.BackingStore ? GeneratedFile.BackedModelUsings : GeneratedFile.KiotaUsings, nullableAnnotations);
            var backedRoot = spec.BackingStore && spec.BaseType is null;
            XmlDoc.Summary(writer, spec.Description);
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            if (spec.DeprecationMessage is { } deprecation)
            {
                writer.WriteLine($"[Obsolete(\"{deprecation}\")]");
            }

            var bases = spec.BaseType ?? (spec.IsError ? "ApiException" : null);
            var interfaces = (spec.HasAdditionalData && spec.BaseType is null ? "IAdditionalDataHolder, " : string.Empty) + (backedRoot ? "IBackedModel, " : string.Empty) + "IParsable";
            writer.OpenBlock($"{spec.Accessibility} partial class {spec.Name} : {(bases is null ? interfaces : bases + ", " + interfaces)}");

            if (spec.HasAdditionalData && spec.BaseType is null)
            {
                writer.WriteLine("/// <summary>Stores additional data not described in the OpenAPI description found when deserializing. Can be used for serialization as well.</summary>");
                if (spec.BackingStore)
                {
                    writer.OpenBlock("public IDictionary<string, object> AdditionalData");
                    writer.WriteLine("get { return BackingStore.Get<IDictionary<string, object>>(\"AdditionalData\") ?? new Dictionary<string, object>(); }");
                    writer.WriteLine("set { BackingStore.Set(\"AdditionalData\", value); }");
                    writer.CloseBlock();
                }
                else
                {
                    writer.WriteLine("public IDictionary<string, object> AdditionalData { get; set; }");
                }
            }

            if (backedRoot)
            {
                BackingStoreMembers.StoreProperty(writer);
            }

            if (spec.IsError)
            {
                writer.WriteLine("/// <summary>The primary error message.</summary>");
                writer.WriteLine(spec.PrimaryMessageProperty is { } message
                    ? "public override string Message { get => " + message + " ?? string.Empty; }"
                    : "public override string Message { get => base.Message; }");
            }

            foreach (var property in spec.Properties)
            {
                XmlDoc.InlineSummary(writer, property.Description);
                if (property.DeprecationMessage is { } propertyDeprecation)
                {
                    writer.WriteLine($"[Obsolete(\"{propertyDeprecation}\")]");
                }

                var type = CSharpTypes.Nullable(CSharpTypes.Property(property.Type), !property.Type.IsCollection && CSharpTypes.IsValueType(property.Type), nullableAnnotations);
                if (spec.BackingStore)
                {
                    // The value lives in the backing store under its wire name, which tracks what changed.
                    BackingStoreMembers.Property(writer, type, property.Name, "\"" + CSharpLiteral.Escape(property.WireName) + "\"");
                }
                else
                {
                    writer.WriteLine($"public {type} {property.Name} {{ get; set; }}");
                }
            }

            WriteConstructor(writer, spec);
            WriteFactory(writer, spec);
            WriteDeserializers(writer, spec);
            WriteSerializer(writer, spec);
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        private static void WriteConstructor(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Constructor(writer, spec.FullName);
            writer.OpenBlock($"public {spec.Name}()");
            if (spec.BackingStore && spec.BaseType is null)
            {
                BackingStoreMembers.CreateStore(writer);
            }

            if (spec.HasAdditionalData && spec.BaseType is null)
            {
                writer.WriteLine("AdditionalData = new Dictionary<string, object>();");
            }

            foreach (var property in spec.Properties)
            {
                if (property.DefaultValue is { } value)
                {
                    writer.WriteLine($"{property.Name} = {DefaultLiteral(property.Type, value)};");
                }
            }

            writer.CloseBlock();
        }

        private static string DefaultLiteral(TypeRef type, string value) => type.Kind == TypeRefKind.Enum
            ? type.TypeName + "." + value
            : type.Primitive switch
            {
                PrimitiveKind.String => "\"" + CSharpLiteral.Escape(value) + "\"",
                PrimitiveKind.Int64 => value + "L",
                PrimitiveKind.Double => value + "d",
                PrimitiveKind.Float => value + "f",
                PrimitiveKind.Decimal => value + "m",
                _ => value,
            };

        private static void WriteFactory(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Factory(writer, spec.FullName);
            writer.OpenBlock($"public static {(spec.BaseType is null ? string.Empty : "new ")}{spec.FullName} CreateFromDiscriminatorValue(IParseNode parseNode)");
            writer.WriteLine("if(ReferenceEquals(parseNode, null)) throw new ArgumentNullException(nameof(parseNode));");
            if (spec.Discriminator is { } discriminator)
            {
                writer.WriteLine($"var mappingValue = parseNode.GetChildNode(\"{Helpers.CSharpLiteral.Escape(discriminator.PropertyName)}\")?.GetStringValue();");
                foreach (var mapping in discriminator.Mappings)
                {
                    writer.WriteLine($"if(string.Equals(mappingValue, \"{Helpers.CSharpLiteral.Escape(mapping.Value)}\", StringComparison.Ordinal)) return new {mapping.TypeName}();");
                }
            }

            writer.WriteLine($"return new {spec.FullName}();");
            writer.CloseBlock();
        }

        private static void WriteDeserializers(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Deserializers(writer);
            var modifier = spec.BaseType is null ? "virtual" : "override";
            writer.OpenBlock($"public {modifier} IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
            writer.WriteLine(spec.BaseType is null
                ? "return new Dictionary<string, Action<IParseNode>>"
                : "return new Dictionary<string, Action<IParseNode>>(base.GetFieldDeserializers())");
            writer.OpenBlock();
            foreach (var property in spec.Properties)
            {
                writer.WriteLine($"{{ \"{Helpers.CSharpLiteral.Escape(property.WireName)}\", n => {{ {property.Name} = {(SerializationCalls.Read(property.Type, "n"))}; }} }},");
            }

            writer.CloseBlock(";");
            writer.CloseBlock();
        }

        private static void WriteSerializer(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Serializer(writer);
            var modifier = spec.BaseType is null ? "virtual" : "override";
            writer.OpenBlock($"public {modifier} void Serialize(ISerializationWriter writer)");
            writer.WriteLine("if(ReferenceEquals(writer, null)) throw new ArgumentNullException(nameof(writer));");
            if (spec.BaseType is not null)
            {
                writer.WriteLine("base.Serialize(writer);");
            }

            foreach (var property in spec.Properties)
            {
                if (!property.ReadOnly)
                {
                    writer.WriteLine($"{(SerializationCalls.Write(property.Type, "\"" + Helpers.CSharpLiteral.Escape(property.WireName) + "\"", property.Name))};");
                }
            }

            if (spec.HasAdditionalData && spec.BaseType is null)
            {
                writer.WriteLine("writer.WriteAdditionalData(AdditionalData);");
            }

            writer.CloseBlock();
        }
    }
}
