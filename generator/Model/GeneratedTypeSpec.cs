namespace UsageGen.Generator.Model
{
    /// <summary>A top-level C# type the generator writes into its own file.</summary>
    internal abstract record GeneratedTypeSpec(string Namespace, string Name)
    {
        /// <summary>The <c>global::</c>-qualified name used in every reference to the type.</summary>
        public string FullName => "global::" + Namespace + "." + QualifiedName;

        /// <summary>
        /// The class this type is nested in, as Kiota nests the wrapper of an inline composed property
        /// (<c>Person.Person_code</c>); null for a top-level type.
        /// </summary>
        public string? ContainingType { get; init; }

        /// <summary>The name within its namespace: <c>Person.Person_code</c> for a nested type.</summary>
        public string QualifiedName => ContainingType is null ? Name : ContainingType + "." + Name;

        /// <summary>Whether the type is written with XML documentation comments.</summary>
        public bool Documented { get; init; } = true;

        /// <summary>Whether the type, and the types nested in it, are <c>internal</c> rather than <c>public</c>.</summary>
        public bool Internal { get; init; }

        /// <summary>Whether the type carries what Kiota's backward-compatible mode adds (see <see cref="ClientOptions.BackwardCompatible"/>).</summary>
        public bool BackwardCompatible { get; init; }

        /// <summary>Whether models keep their values in Kiota's backing store (see <see cref="ClientOptions.BackingStore"/>).</summary>
        public bool BackingStore { get; init; }

        /// <summary>The access modifier of the type's declaration (its members stay <c>public</c>, as in Kiota).</summary>
        public string Accessibility => Internal ? "internal" : "public";

        /// <summary>The unique name of the generated file.</summary>
        public string HintName => Namespace + "." + QualifiedName + ".g.cs";
    }
}
