namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>A dimension series are split by, and the key naming it in each series' metadata.</summary>
    internal sealed record GroupDimension(string Dimension, string MetadataKey);
}
