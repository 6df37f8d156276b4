namespace UsageGen.Generator.Emit
{
    /// <summary>
    /// Writes the <c>IsJson(contentType)</c> test the generated JSON factories share: the content types Kiota's
    /// registries send to their JSON factories, <c>application/json</c> with parameters or a vendor prefix
    /// (<c>application/vnd.x+json</c>).
    /// </summary>
    internal static class JsonMediaType
    {
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
