using System.Linq;
using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes a <c>oneOf</c>/<c>anyOf</c> wrapper with Kiota's <c>IComposedTypeWrapper</c> shape. Members are
    /// chosen by discriminator value first, then by primitive kind, then (beyond Kiota) by a property only one
    /// member declares.
    /// </summary>
    internal static class ComposedTypeEmitter
    {
        public static SourceText Emit(ComposedTypeSpec spec, bool nullableAnnotations)
        {
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, spec.BackingStore ? GeneratedFile.BackedModelUsings : GeneratedFile.KiotaUsings, nullableAnnotations);
            if (spec.ContainingType is { } containingType)
            {
                // Another part of the model class, holding only the nested wrapper; the model's own part has its docs and attributes.
                writer.OpenBlock($"partial class {containingType}");
            }

            XmlDoc.Summary(writer, spec.Description);
            if (spec.DeprecationMessage is { } deprecation)
            {
                writer.WriteLine($"[Obsolete(\"{CSharpLiteral.Escape(deprecation)}\")]");
            }

            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{spec.Accessibility} partial class {spec.Name} : {(spec.BackingStore ? "IBackedModel, " : string.Empty)}IComposedTypeWrapper, IParsable");
            if (spec.BackingStore)
            {
                BackingStoreMembers.StoreProperty(writer);
            }

            foreach (var member in spec.Members)
            {
                XmlDoc.InlineSummary(writer, "Composed type representation for type <see cref=\"" + CSharpTypes.Element(member.Type) + "\"/>", raw: true);
                var type = CSharpTypes.Nullable(CSharpTypes.Property(member.Type), !member.Type.IsCollection && CSharpTypes.IsValueType(member.Type), nullableAnnotations);
                if (spec.BackingStore)
                {
                    // A wrapper has no wire names of its own: Kiota keys each member by its property name.
                    BackingStoreMembers.Property(writer, type, member.PropertyName, "\"" + member.PropertyName + "\"");
                }
                else
                {
                    writer.WriteLine($"public {type} {member.PropertyName} {{ get; set; }}");
                }
            }

            if (spec.BackingStore)
            {
                MemberDocs.Constructor(writer, spec.FullName);
                writer.OpenBlock($"public {spec.Name}()");
                BackingStoreMembers.CreateStore(writer);
                writer.CloseBlock();
            }

            WriteFactory(writer, spec);
            WriteDeserializers(writer, spec);
            WriteSerializer(writer, spec);
            writer.CloseBlock();
            if (spec.ContainingType is not null)
            {
                writer.CloseBlock();
            }

            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }

        private static void WriteFactory(SourceWriter writer, ComposedTypeSpec spec)
        {
            MemberDocs.Factory(writer, spec.FullName);
            writer.OpenBlock($"public static {spec.FullName} CreateFromDiscriminatorValue(IParseNode parseNode)");
            writer.WriteLine("if(ReferenceEquals(parseNode, null)) throw new ArgumentNullException(nameof(parseNode));");
            writer.WriteLine($"var result = new {spec.FullName}();");
            var objects = Objects(spec);
            var scalars = spec.Members.Where(m => m.Type.Kind != TypeRefKind.Model && !m.Type.IsCollection).ToList();
            var branches = 0;
            if (spec.DiscriminatorProperty is { } discriminator && objects.Any(m => m.DiscriminatorValue is not null))
            {
                writer.WriteLine($"var mappingValue = parseNode.GetChildNode(\"{CSharpLiteral.Escape(discriminator)}\")?.GetStringValue();");
                foreach (var member in objects.Where(m => m.DiscriminatorValue is not null))
                {
                    Branch(writer, ref branches, "\"" + CSharpLiteral.Escape(member.DiscriminatorValue!) + "\".Equals(mappingValue, StringComparison.OrdinalIgnoreCase)");
                    writer.WriteLine($"result.{member.PropertyName} = new {member.Type.TypeName}();");
                    writer.CloseBlock();
                }
            }

            foreach (var member in scalars)
            {
                var local = char.ToLowerInvariant(member.PropertyName[0]) + member.PropertyName.Substring(1) + "Value";
                var integerEnum = member.Type.Kind == TypeRefKind.Enum && member.Type.Primitive == PrimitiveKind.Int32;
                var read = member.Type.Kind == TypeRefKind.Enum && !integerEnum
                    ? "parseNode.GetEnumValue<" + member.Type.TypeName + ">()"
                    : "parseNode." + CSharpTypes.ParseNodeGetter(integerEnum ? PrimitiveKind.Int32 : member.Type.Primitive) + "()";
                Branch(writer, ref branches, read + " is " + (integerEnum ? "int" : CSharpTypes.Element(member.Type)) + " " + local);
                writer.WriteLine($"result.{member.PropertyName} = {(integerEnum ? "(" + member.Type.TypeName + ")" : string.Empty)}{local};");
                writer.CloseBlock();
            }

            foreach (var member in spec.Members.Where(m => m.Type.IsCollection))
            {
                // A parse node reads any value as an empty collection; only an array, if empty, is one.
                var local = char.ToLowerInvariant(member.PropertyName[0]) + member.PropertyName.Substring(1) + "Value";
                Branch(writer, ref branches, SerializationCalls.Read(member.Type, "parseNode") + " is " + CSharpTypes.Property(member.Type) + " " + local
                    + " && (" + local + ".Count > 0 || parseNode.GetObjectValue<UntypedNode>(UntypedNode.CreateFromDiscriminatorValue) is UntypedArray)");
                writer.WriteLine($"result.{member.PropertyName} = {local};");
                writer.CloseBlock();
            }

            if (spec.IsIntersection)
            {
                if (objects.Count > 0)
                {
                    OpenElse(writer, branches);
                    foreach (var member in objects)
                    {
                        writer.WriteLine($"result.{member.PropertyName} = new {member.Type.TypeName}();");
                    }

                    if (branches > 0)
                    {
                        writer.CloseBlock();
                    }
                }
            }
            else
            {
                foreach (var member in objects.Where(m => m.DiscriminatorValue is null && m.ProbeProperty is not null))
                {
                    Branch(writer, ref branches, "parseNode.GetChildNode(\"" + CSharpLiteral.Escape(member.ProbeProperty!) + "\") != null");
                    writer.WriteLine($"result.{member.PropertyName} = new {member.Type.TypeName}();");
                    writer.CloseBlock();
                }

                var fallback = objects.Where(m => m.DiscriminatorValue is null && m.ProbeProperty is null).ToList();
                if (fallback.Count == 1)
                {
                    // The one object member nothing else can tell apart takes any remaining object.
                    OpenElse(writer, branches);
                    writer.WriteLine($"result.{fallback[0].PropertyName} = new {fallback[0].Type.TypeName}();");
                    if (branches > 0)
                    {
                        writer.CloseBlock();
                    }
                }
            }

            writer.WriteLine("return result;");
            writer.CloseBlock();
        }

        /// <summary>The members that are single objects: the ones a wrapper creates, merges and serializes as an object.</summary>
        private static System.Collections.Generic.List<ComposedMemberSpec> Objects(ComposedTypeSpec spec) =>
            spec.Members.Where(m => m.Type is { Kind: TypeRefKind.Model, IsCollection: false }).ToList();

        private static void Branch(SourceWriter writer, ref int branches, string condition)
        {
            writer.OpenBlock($"{(branches == 0 ? "if(" : "else if(")}{condition})");
            branches++;
        }

        private static void OpenElse(SourceWriter writer, int branches)
        {
            if (branches > 0)
            {
                writer.OpenBlock("else");
            }
        }

        private static void WriteDeserializers(SourceWriter writer, ComposedTypeSpec spec)
        {
            MemberDocs.Deserializers(writer);
            writer.OpenBlock("public virtual IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
            var objects = Objects(spec);
            if (spec.IsIntersection && objects.Count > 0)
            {
                var names = string.Join(", ", objects.Select(m => m.PropertyName));
                writer.OpenBlock($"if({(string.Join(" || ", objects.Select(m => m.PropertyName + " != null")))})");
                writer.WriteLine($"return ParseNodeHelper.MergeDeserializersForIntersectionWrapper({names});");
                writer.CloseBlock();
            }
            else
            {
                for (var i = 0; i < objects.Count; i++)
                {
                    writer.OpenBlock($"{(i == 0 ? "if(" : "else if(")}{objects[i].PropertyName} != null)");
                    writer.WriteLine($"return {objects[i].PropertyName}.GetFieldDeserializers();");
                    writer.CloseBlock();
                }
            }

            writer.WriteLine("return new Dictionary<string, Action<IParseNode>>();");
            writer.CloseBlock();
        }

        private static void WriteSerializer(SourceWriter writer, ComposedTypeSpec spec)
        {
            MemberDocs.Serializer(writer);
            writer.OpenBlock("public virtual void Serialize(ISerializationWriter writer)");
            writer.WriteLine("if(ReferenceEquals(writer, null)) throw new ArgumentNullException(nameof(writer));");
            var branches = 0;
            foreach (var member in spec.Members.Where(m => m.Type.Kind != TypeRefKind.Model && !m.Type.IsCollection).Concat(spec.Members.Where(m => m.Type.IsCollection)))
            {
                Branch(writer, ref branches, member.PropertyName + " != null");
                writer.WriteLine($"{(SerializationCalls.Write(member.Type, "null", member.PropertyName))};");
                writer.CloseBlock();
            }

            var objects = Objects(spec);
            if (spec.IsIntersection && objects.Count > 0)
            {
                OpenElse(writer, branches);
                writer.WriteLine($"writer.WriteObjectValue<{objects[0].Type.TypeName}>(null, {(string.Join(", ", objects.Select(m => m.PropertyName)))});");
                if (branches > 0)
                {
                    writer.CloseBlock();
                }
            }
            else
            {
                foreach (var member in objects)
                {
                    Branch(writer, ref branches, member.PropertyName + " != null");
                    writer.WriteLine($"writer.WriteObjectValue<{member.Type.TypeName}>(null, {member.PropertyName});");
                    writer.CloseBlock();
                }
            }

            writer.CloseBlock();
        }
    }
}
