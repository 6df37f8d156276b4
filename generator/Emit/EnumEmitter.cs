using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>Writes a C# enum whose members carry their wire values in <c>[EnumMember]</c>.</summary>
    internal static class EnumEmitter
    {
        private static readonly string[] Usings = { "System.Runtime.Serialization", "System" };

        public static SourceText Emit(EnumSpec spec, bool nullableAnnotations)
        {
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, Usings, nullableAnnotations);
            XmlDoc.Summary(writer, spec.Description);
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{spec.Accessibility} enum {spec.Name}");
            foreach (var member in spec.Members)
            {
                XmlDoc.InlineSummary(writer, "The " + member.WireValue + " value");
                writer.WriteLine($"[EnumMember(Value = \"{CSharpLiteral.Escape(member.WireValue)}\")]");
                writer.WriteLine(spec.IsInteger ? member.Name + " = " + member.WireValue + "," : member.Name + ",");
            }

            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }
    }
}
