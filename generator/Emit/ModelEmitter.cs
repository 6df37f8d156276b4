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
        public static string Emit(ModelSpec spec, bool nullableAnnotations)
        {
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, spec.BackingStore ? GeneratedFile.BackedModelUsings : GeneratedFile.KiotaUsings, nullableAnnotations);
            var backedRoot = spec.BackingStore && spec.BaseType is null;
            XmlDoc.Summary(writer, spec.Description);
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            if (spec.DeprecationMessage is { } deprecation)
            {
                writer.WriteLine("[Obsolete(\"" + deprecation + "\")]");
            }

            var bases = spec.BaseType ?? (spec.IsError ? "ApiException" : null);
            var interfaces = (spec.HasAdditionalData && spec.BaseType is null ? "IAdditionalDataHolder, " : string.Empty) + (backedRoot ? "IBackedModel, " : string.Empty) + "IParsable";
            writer.OpenBlock(spec.Accessibility + " partial class " + spec.Name + " : " + (bases is null ? interfaces : bases + ", " + interfaces));

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
                    writer.WriteLine("[Obsolete(\"" + propertyDeprecation + "\")]");
                }

                var type = CSharpTypes.Nullable(CSharpTypes.Property(property.Type), !property.Type.IsCollection && CSharpTypes.IsValueType(property.Type), nullableAnnotations);
                if (spec.BackingStore)
                {
                    // The value lives in the backing store under its wire name, which tracks what changed.
                    BackingStoreMembers.Property(writer, type, property.Name, "\"" + CSharpLiteral.Escape(property.WireName) + "\"");
                }
                else
                {
                    writer.WriteLine("public " + type + " " + property.Name + " { get; set; }");
                }
            }

            WriteConstructor(writer, spec);
            WriteFactory(writer, spec);
            WriteDeserializers(writer, spec);
            WriteSerializer(writer, spec);
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToString();
        }

        private static void WriteConstructor(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Constructor(writer, spec.FullName);
            writer.OpenBlock("public " + spec.Name + "()");
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
                    writer.WriteLine(property.Name + " = " + DefaultLiteral(property.Type, value) + ";");
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
            writer.OpenBlock("public static " + (spec.BaseType is null ? string.Empty : "new ") + spec.FullName + " CreateFromDiscriminatorValue(IParseNode parseNode)");
            writer.WriteLine("if(ReferenceEquals(parseNode, null)) throw new ArgumentNullException(nameof(parseNode));");
            if (spec.Discriminator is { } discriminator)
            {
                writer.WriteLine("var mappingValue = parseNode.GetChildNode(\"" + Helpers.CSharpLiteral.Escape(discriminator.PropertyName) + "\")?.GetStringValue();");
                foreach (var mapping in discriminator.Mappings)
                {
                    writer.WriteLine("if(string.Equals(mappingValue, \"" + Helpers.CSharpLiteral.Escape(mapping.Value) + "\", StringComparison.Ordinal)) return new " + mapping.TypeName + "();");
                }
            }

            writer.WriteLine("return new " + spec.FullName + "();");
            writer.CloseBlock();
        }

        private static void WriteDeserializers(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Deserializers(writer);
            var modifier = spec.BaseType is null ? "virtual" : "override";
            writer.OpenBlock("public " + modifier + " IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
            writer.WriteLine(spec.BaseType is null
                ? "return new Dictionary<string, Action<IParseNode>>"
                : "return new Dictionary<string, Action<IParseNode>>(base.GetFieldDeserializers())");
            writer.OpenBlock();
            foreach (var property in spec.Properties)
            {
                writer.WriteLine("{ \"" + Helpers.CSharpLiteral.Escape(property.WireName) + "\", n => { " + property.Name + " = " + ReadExpression(property.Type) + "; } },");
            }

            writer.CloseBlock(";");
            writer.CloseBlock();
        }

        private static void WriteSerializer(SourceWriter writer, ModelSpec spec)
        {
            MemberDocs.Serializer(writer);
            var modifier = spec.BaseType is null ? "virtual" : "override";
            writer.OpenBlock("public " + modifier + " void Serialize(ISerializationWriter writer)");
            writer.WriteLine("if(ReferenceEquals(writer, null)) throw new ArgumentNullException(nameof(writer));");
            if (spec.BaseType is not null)
            {
                writer.WriteLine("base.Serialize(writer);");
            }

            foreach (var property in spec.Properties)
            {
                if (!property.ReadOnly)
                {
                    writer.WriteLine(WriteStatement(property) + ";");
                }
            }

            if (spec.HasAdditionalData && spec.BaseType is null)
            {
                writer.WriteLine("writer.WriteAdditionalData(AdditionalData);");
            }

            writer.CloseBlock();
        }

        /// <summary>Reads a value of <paramref name="type"/> from the parse node named <paramref name="node"/>.</summary>
        internal static string ReadExpression(TypeRef type, string node = "n")
        {
            var element = CSharpTypes.Element(type);
            return (type.Kind, type.IsCollection) switch
            {
                (TypeRefKind.Model or TypeRefKind.Untyped, false) => node + ".GetObjectValue<" + element + ">(" + element + ".CreateFromDiscriminatorValue)",
                (TypeRefKind.Model or TypeRefKind.Untyped, true) => node + ".GetCollectionOfObjectValues<" + element + ">(" + element + ".CreateFromDiscriminatorValue)?.AsList()",
                (TypeRefKind.Enum, false) when type.Primitive == PrimitiveKind.Int32 => node + ".GetIntValue() is int value ? (" + element + "?)value : null",
                (TypeRefKind.Enum, false) => node + ".GetEnumValue<" + element + ">()",
                (TypeRefKind.Enum, true) => node + ".GetCollectionOfEnumValues<" + element + ">()?.AsList()",
                (_, true) => node + ".GetCollectionOfPrimitiveValues<" + CSharpTypes.OptionalElement(type) + ">()?.AsList()",
                _ => node + "." + CSharpTypes.ParseNodeGetter(type.Primitive) + "()",
            };
        }

        private static string WriteStatement(PropertySpec property) =>
            WriteStatement(property.Type, "\"" + Helpers.CSharpLiteral.Escape(property.WireName) + "\"", property.Name);

        /// <summary>Writes <paramref name="value"/> of <paramref name="type"/> under <paramref name="key"/> (a C# expression; <c>null</c> for a bare value).</summary>
        internal static string WriteStatement(TypeRef type, string key, string value)
        {
            var element = CSharpTypes.Element(type);
            return (type.Kind, type.IsCollection) switch
            {
                (TypeRefKind.Model or TypeRefKind.Untyped, false) => "writer.WriteObjectValue<" + element + ">(" + key + ", " + value + ")",
                (TypeRefKind.Model or TypeRefKind.Untyped, true) => "writer.WriteCollectionOfObjectValues<" + element + ">(" + key + ", " + value + ")",
                (TypeRefKind.Enum, false) when type.Primitive == PrimitiveKind.Int32 => "writer.WriteIntValue(" + key + ", (int?)" + value + ")",
                (TypeRefKind.Enum, false) => "writer.WriteEnumValue<" + element + ">(" + key + ", " + value + ")",
                (TypeRefKind.Enum, true) => "writer.WriteCollectionOfEnumValues<" + element + ">(" + key + ", " + value + ")",
                (_, true) => "writer.WriteCollectionOfPrimitiveValues<" + CSharpTypes.OptionalElement(type) + ">(" + key + ", " + value + ")",
                _ => "writer." + CSharpTypes.WriterMethod(type.Primitive) + "(" + key + ", " + value + ")",
            };
        }
    }
}
