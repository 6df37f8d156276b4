namespace UsageGen.Generator.Emit
{
    /// <summary>What the generated JSON parse-node and writer factories share.</summary>
    internal static class JsonFactoryMembers
    {
        /// <summary>
        /// The factory for other content types, the two constructors that set it (Kiota's default registry, or one the
        /// caller gives) and <c>ValidContentType</c>.
        /// </summary>
        /// <param name="writer">Where the members go.</param>
        /// <param name="name">The factory's class name.</param>
        /// <param name="factoryInterface">The Kiota factory interface, which the other factory implements too.</param>
        /// <param name="registry">The Kiota registry of that interface.</param>
        /// <param name="verb">What the factory does with JSON itself: reads or writes.</param>
        public static void WriteOtherContentTypes(SourceWriter writer, string name, string factoryInterface, string registry, string verb)
        {
            writer.WriteLine($"private readonly {factoryInterface} _otherContentTypes;");
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Creates a factory that passes content types other than JSON to <see cref=\"{registry}.DefaultInstance\"/>,");
            writer.WriteLine("/// where the client's constructor registers Kiota's factories.");
            writer.WriteLine("/// </summary>");
            writer.OpenBlock($"public {name}() : this({registry}.DefaultInstance)");
            writer.CloseBlock();
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Creates a factory that passes content types other than JSON to <paramref name=\"otherContentTypes\"/>.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <param name=\"otherContentTypes\">The factory for every content type that is not JSON.</param>");
            writer.OpenBlock($"public {name}({factoryInterface} otherContentTypes)");
            writer.WriteLine("if(ReferenceEquals(otherContentTypes, null)) throw new ArgumentNullException(nameof(otherContentTypes));");
            writer.WriteLine("_otherContentTypes = otherContentTypes;");
            writer.CloseBlock();
            writer.WriteLine($"/// <summary>The content type this factory {verb} itself.</summary>");
            writer.WriteLine("public string ValidContentType { get { return \"application/json\"; } }");
        }

        /// <summary>
        /// The <c>IsJson(contentType)</c> test: the content types Kiota's registries send to their JSON factories,
        /// <c>application/json</c> with parameters or a vendor prefix (<c>application/vnd.x+json</c>).
        /// </summary>
        public static void WriteIsJson(SourceWriter writer)
        {
            writer.OpenBlock("private static bool IsJson(string contentType)");
            writer.WriteLine("var end = contentType.IndexOf(';');");
            writer.WriteLine("var mediaType = (end < 0 ? contentType : contentType.Substring(0, end)).Trim();");
            writer.WriteLine("if(string.Equals(mediaType, \"application/json\", StringComparison.OrdinalIgnoreCase)) return true;");
            writer.WriteLine("return mediaType.StartsWith(\"application/\", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith(\"+json\", StringComparison.OrdinalIgnoreCase) && mediaType.IndexOf('/', 12) < 0;");
            writer.CloseBlock();
        }
    }
}
