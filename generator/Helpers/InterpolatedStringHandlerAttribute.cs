namespace System.Runtime.CompilerServices
{
    /// <summary>Lets <see cref="UsageGen.Generator.Emit.SourceLine"/> be an interpolated string handler on netstandard2.0.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerAttribute : Attribute
    {
    }
}
