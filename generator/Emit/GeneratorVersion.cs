namespace UsageGen.Generator.Emit
{
    /// <summary>The version written into generated code; kept in step with the package version.</summary>
    internal static class GeneratorVersion
    {
        public const string Value = "0.1.0";
    }
}
