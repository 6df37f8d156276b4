namespace UsageGen.Generator.Model
{
    /// <summary>What the user chose for one description through AdditionalFiles item metadata.</summary>
    internal sealed record ClientOptions(string ClientClassName, string ClientNamespace);
}
