namespace UsageGen.Generator.Model
{
    /// <summary>A top-level C# type the generator writes into its own file.</summary>
    internal abstract record GeneratedTypeSpec(string Namespace, string Name)
    {
        /// <summary>The <c>global::</c>-qualified name used in every reference to the type.</summary>
        public string FullName => "global::" + Namespace + "." + Name;

        /// <summary>Whether the type is written with XML documentation comments.</summary>
        public bool Documented { get; init; } = true;

        /// <summary>The unique name of the generated file.</summary>
        public string HintName => Namespace + "." + Name + ".g.cs";
    }
}
