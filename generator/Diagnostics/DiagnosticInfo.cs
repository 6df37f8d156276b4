using Microsoft.CodeAnalysis;
using UsageGen.Generator.Helpers;

namespace UsageGen.Generator.Diagnostics
{
    /// <summary>A diagnostic as an equatable value; becomes a <see cref="Diagnostic"/> only when reported.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
            => new(descriptor, location, new EquatableArray<string>(arguments));

        public Diagnostic ToDiagnostic()
        {
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
        }
    }
}
