namespace UsageGen.Generator
{
    /// <summary>The Kiota runtime line the generated code is built and tested against (Directory.Packages.props pins the same).</summary>
    internal static class KiotaRuntime
    {
        /// <summary>The version UGEN039 tells a project to reference.</summary>
        public const string Version = "2.1.6";
    }
}
