namespace System.Runtime.CompilerServices
{
    /// <summary>Hands the writer to <see cref="UsageGen.Generator.Emit.SourceLine"/> on netstandard2.0.</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
    {
        public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = new[] { argument };

        public string[] Arguments { get; }
    }
}
