namespace UsageGen.Generator.Emit
{
    /// <summary>The XML docs Kiota writes on the members every generated type shares.</summary>
    internal static class MemberDocs
    {
        public static void Constructor(SourceWriter writer, string fullName, params (string Name, string Text)[] parameters)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Instantiates a new <see cref=\"{fullName}\"/> and sets the default values.");
            writer.WriteLine("/// </summary>");
            foreach (var (name, text) in parameters)
            {
                writer.WriteLine($"/// <param name=\"{name}\">{text}</param>");
            }
        }

        public static void Factory(SourceWriter writer, string fullName)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Creates a new instance of the appropriate class based on discriminator value");
            writer.WriteLine("/// </summary>");
            writer.WriteLine($"/// <returns>A <see cref=\"{fullName}\"/></returns>");
            writer.WriteLine("/// <param name=\"parseNode\">The parse node to use to read the discriminator value and create the object</param>");
        }

        public static void Deserializers(SourceWriter writer)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// The deserialization information for the current model");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <returns>A IDictionary&lt;string, Action&lt;IParseNode&gt;&gt;</returns>");
        }

        public static void Serializer(SourceWriter writer)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Serializes information the current object");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <param name=\"writer\">Serialization writer to use to serialize this model</param>");
        }
    }
}
