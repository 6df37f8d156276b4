using Microsoft.CodeAnalysis.Text;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Client}JsonParseNodeFactory</c>: Kiota's <c>IParseNodeFactory</c> for JSON that reads the body into a
    /// pooled buffer (no copy of a parsed document) and hands it to the client's root parse node; other content types
    /// go to another factory, Kiota's default registry unless told otherwise.
    /// </summary>
    internal static class JsonParseNodeFactoryEmitter
    {
        public static string HintName(JsonReadersSpec spec) => spec.Namespace + "." + Name(spec) + ".g.cs";

        public static string Name(JsonReadersSpec spec) => spec.ClientName + "JsonParseNodeFactory";

        public static SourceText Emit(JsonReadersSpec spec, bool nullableAnnotations)
        {
            var name = Name(spec);
            var node = JsonParseNodeEmitter.Name(spec);
            var writer = new SourceWriter(spec.Documented);
            GeneratedFile.Open(writer, spec.Namespace, GeneratedFile.KiotaUsings, nullableAnnotations);
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Reads <c>application/json</c> (and <c>+json</c>) responses of <see cref=\"global::{spec.Namespace}.{spec.ClientName}\"/> in one pass with");
            writer.WriteLine("/// generated readers, into the same models Kiota's <c>JsonParseNodeFactory</c> gives; what they do not cover is read by");
            writer.WriteLine($"/// Kiota's <c>JsonParseNode</c>. Pass it to the request adapter: <c>new HttpClientRequestAdapter(auth, new {name}())</c>.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
            writer.OpenBlock($"{(spec.Internal ? "internal" : "public")} partial class {name} : IParseNodeFactory");
            writer.WriteLine("private const int UnknownLengthBufferSize = 16384;");
            writer.WriteLine("private const int MaxArrayLength = 0x7FFFFFC7;");
            JsonFactoryMembers.WriteOtherContentTypes(writer, name, "IParseNodeFactory", "ParseNodeFactoryRegistry", "reads");
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Reads a JSON <paramref name=\"content\"/> into a pooled buffer; another content type is read by the other factory.");
            writer.WriteLine("/// Malformed JSON throws the <c>JsonException</c> Kiota's factory throws here when the root node is read instead.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <returns>The root parse node of the content.</returns>");
            writer.WriteLine("/// <param name=\"contentType\">The content type of the stream.</param>");
            writer.WriteLine("/// <param name=\"content\">The stream to read.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels reading the stream.</param>");
            writer.OpenBlock("public Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default(CancellationToken))");
            // Kiota's factory is async: its argument errors arrive in the task, not as it is called.
            writer.WriteLine("if(string.IsNullOrEmpty(contentType)) return Task.FromException<IParseNode>(new ArgumentNullException(nameof(contentType)));");
            writer.WriteLine("if(ReferenceEquals(content, null)) return Task.FromException<IParseNode>(new ArgumentNullException(nameof(content)));");
            writer.WriteLine("return IsJson(contentType) ? ReadJsonAsync(content, cancellationToken) : _otherContentTypes.GetRootParseNodeAsync(contentType, content, cancellationToken);");
            writer.CloseBlock();
            writer.OpenBlock("private static async Task<IParseNode> ReadJsonAsync(Stream content, CancellationToken cancellationToken)");
            writer.WriteLine("var pool = global::System.Buffers.ArrayPool<byte>.Shared;");
            writer.WriteLine("var buffer = pool.Rent(content.CanSeek ? (int)global::System.Math.Min(global::System.Math.Max(content.Length - content.Position, 0L) + 1L, int.MaxValue) : UnknownLengthBufferSize);");
            writer.WriteLine("var length = 0;");
            writer.OpenBlock("try");
            writer.OpenBlock("while(true)");
            writer.OpenBlock("if(length == buffer.Length)");
            writer.WriteLine("if(buffer.Length == MaxArrayLength) throw new InvalidOperationException(\"The JSON content is larger than an array can hold.\");");
            writer.WriteLine("var larger = pool.Rent((int)global::System.Math.Min(buffer.Length * 2L, MaxArrayLength));");
            writer.WriteLine("global::System.Buffer.BlockCopy(buffer, 0, larger, 0, length);");
            writer.WriteLine("pool.Return(buffer);");
            writer.WriteLine("buffer = larger;");
            writer.CloseBlock();
            writer.WriteLine("var read = await content.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);");
            writer.WriteLine("if(read == 0) break;");
            writer.WriteLine("length += read;");
            writer.CloseBlock();
            writer.WriteLine($"var node = new {node}(buffer, length);");
            writer.WriteLine("buffer = null;");
            writer.WriteLine("return node;");
            writer.CloseBlock();
            writer.OpenBlock("finally");
            writer.WriteLine("if(!ReferenceEquals(buffer, null)) pool.Return(buffer);");
            writer.CloseBlock();
            writer.CloseBlock();
            JsonFactoryMembers.WriteIsJson(writer);
            writer.CloseBlock();
            GeneratedFile.Close(writer);
            return writer.ToSourceText();
        }
    }
}
