using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Model
{
    /// <summary>
    /// Everything needed to emit one client. The contract of every type in this folder: immutable, built
    /// only from strings, numbers, enums and <see cref="EquatableArray{T}"/>, with structural equality.
    /// It holds no Roslyn or YamlDotNet object, so the incremental pipeline can compare runs cheaply and
    /// reuse the previous output when nothing changed.
    /// </summary>
    internal sealed record ClientSpec(EquatableArray<GeneratedTypeSpec> Types);
}
