using Microsoft.CodeAnalysis;

namespace UsageGen.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. IDs are stable: they are documented in the README and
    /// listed in AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "UsageGen";

        /// <summary>UGEN001: the file is not well-formed YAML (or JSON).</summary>
        public static readonly DiagnosticDescriptor InvalidYaml = new(
            "UGEN001",
            "OpenAPI description is not valid YAML",
            "'{0}' is not valid YAML: {1}. Fix the YAML syntax at this position.",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN002: a <c>$ref</c> points at nothing.</summary>
        public static readonly DiagnosticDescriptor UnresolvedReference = new(
            "UGEN002",
            "Unresolved $ref",
            "$ref '{0}' does not resolve: define '{1}' in the description or correct the reference",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN003: the description uses something the generator does not support yet.</summary>
        public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
            "UGEN003",
            "Unsupported OpenAPI construct",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN004: the YAML is well-formed but is not a valid OpenAPI description.</summary>
        public static readonly DiagnosticDescriptor InvalidDescription = new(
            "UGEN004",
            "Invalid OpenAPI description",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN005: the generator failed unexpectedly; the rest of the build goes on.</summary>
        public static readonly DiagnosticDescriptor GeneratorFailure = new(
            "UGEN005",
            "The generator failed on this description",
            "UsageGen failed while processing '{0}' ({1}: {2}). No client was generated from it; please report this with the description that caused it.",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN006: an AdditionalFiles metadata value is not usable.</summary>
        public static readonly DiagnosticDescriptor InvalidOption = new(
            "UGEN006",
            "Invalid generator option",
            "The {0} metadata value '{1}' on '{2}' is not a valid C# {3}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN007: no servers, so the client has no default base URL.</summary>
        public static readonly DiagnosticDescriptor NoServers = new(
            "UGEN007",
            "No server URL in the description",
            "The description declares no 'servers': set RequestAdapter.BaseUrl before calling the client, or add a 'servers' entry",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);
    }
}
