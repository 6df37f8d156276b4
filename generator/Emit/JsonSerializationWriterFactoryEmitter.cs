using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Client}JsonSerializationWriterFactory</c>: Kiota's <c>ISerializationWriterFactory</c> for JSON request
    /// bodies that gives the client's JSON writer; other content types go to another factory, Kiota's default registry
    /// unless told otherwise.
    /// </summary>
    internal static class JsonSerializationWriterFactoryEmitter
    {
        public static string HintName(JsonReadersSpec spec) => spec.Namespace + "." + Name(spec) + ".g.cs";

        public static string Name(JsonReadersSpec spec) => spec.ClientName + "JsonSerializationWriterFactory";

        public static SourceText Emit(JsonReadersSpec spec, bool nullableAnnotations)
        {
            var name = Name(spec);
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, GeneratedFile.KiotaUsings, nullableAnnotations);
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Writes <c>application/json</c> (and <c>+json</c>) request bodies of <see cref=\"global::{spec.Namespace}.{spec.ClientName}\"/>: the bytes");
            writer.WriteLine("/// Kiota's <c>JsonSerializationWriterFactory</c> gives, without boxing each value through <c>JsonSerializer</c>. Pass it to");
            writer.WriteLine($"/// the request adapter: <c>new HttpClientRequestAdapter(auth, new {JsonParseNodeFactoryEmitter.Name(spec)}(), new {name}())</c>.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{(spec.Internal ? "internal" : "public")} partial class {name} : ISerializationWriterFactory");
            JsonFactoryMembers.WriteOtherContentTypes(writer, name, "ISerializationWriterFactory", "SerializationWriterFactoryRegistry", "writes");
            writer.WriteLine("/// <summary>A writer for <paramref name=\"contentType\"/>: the client's JSON writer, or the other factory's.</summary>");
            writer.WriteLine("/// <returns>The serialization writer.</returns>");
            writer.WriteLine("/// <param name=\"contentType\">The content type of the body to write.</param>");
            writer.OpenBlock("public ISerializationWriter GetSerializationWriter(string contentType)");
            writer.WriteLine("if(string.IsNullOrEmpty(contentType)) throw new ArgumentNullException(nameof(contentType));");
            writer.WriteLine($"return IsJson(contentType) ? new {JsonSerializationWriterEmitter.Name(spec)}() : _otherContentTypes.GetSerializationWriter(contentType);");
            writer.CloseBlock();
            JsonFactoryMembers.WriteIsJson(writer);
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }
    }
}
