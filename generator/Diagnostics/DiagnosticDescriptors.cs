using Microsoft.CodeAnalysis;

namespace UsageGen.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports, one descriptor per condition so that each can be suppressed on its own.
    /// IDs are stable: they are documented in the README and listed in AnalyzerReleases.*.md.
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
            "$ref '{0}' does not resolve: {1}",
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
            "The description declares {0}: set RequestAdapter.BaseUrl before calling the client, or add {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN010: a <c>$ref</c> to a URL, which is not downloaded at build time.</summary>
        public static readonly DiagnosticDescriptor ExternalReference = new(
            "UGEN010",
            "$ref to a URL",
            "$ref '{0}' is a URL, and nothing is downloaded at build time, so it was skipped: save the file beside the description, add it as an AdditionalFiles item and refer to it by a relative path",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN011: a path key that is not a URL template: unbalanced braces, or a <c>/</c> after its query or fragment.</summary>
        public static readonly DiagnosticDescriptor MalformedPath = new(
            "UGEN011",
            "Malformed path",
            "{0}; the path was not generated",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN012: two paths that differ only in parameter names declare the same method.</summary>
        public static readonly DiagnosticDescriptor DuplicateOperation = new(
            "UGEN012",
            "Two operations on one URL shape",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN013: a parameter <c>in: cookie</c>.</summary>
        public static readonly DiagnosticDescriptor CookieParameter = new(
            "UGEN013",
            "Cookie parameter",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>
        /// UGEN014: an object-typed query parameter that cannot be sent property by property: free-form (no declared
        /// properties), a composition, an array of objects, or a style other than form and deepObject.
        /// </summary>
        public static readonly DiagnosticDescriptor ObjectQueryParameter = new(
            "UGEN014",
            "Object-typed query parameter sent as a string",
            "{0} is not supported yet: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN015: a parameter with <c>content</c> instead of <c>schema</c>.</summary>
        public static readonly DiagnosticDescriptor ParameterContent = new(
            "UGEN015",
            "Parameter described with content",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN016: a <c>oneOf</c>/<c>anyOf</c> member the wrapper cannot hold.</summary>
        public static readonly DiagnosticDescriptor UnsupportedUnionMember = new(
            "UGEN016",
            "Unsupported oneOf/anyOf member",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN017: an error response whose body is not JSON, which Kiota's runtime cannot read into an exception.</summary>
        public static readonly DiagnosticDescriptor NonJsonErrorResponse = new(
            "UGEN017",
            "Error response body that is not JSON",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN019: <c>callbacks</c>, which the client does not send.</summary>
        public static readonly DiagnosticDescriptor Callbacks = new(
            "UGEN019",
            "Callbacks",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN021: a schema's <c>not</c>.</summary>
        public static readonly DiagnosticDescriptor NotKeyword = new(
            "UGEN021",
            "The not keyword",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN022: a form body whose schema is not an object.</summary>
        public static readonly DiagnosticDescriptor NonObjectFormBody = new(
            "UGEN022",
            "Form body that is not an object",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN023: a <c>requestBody</c> without <c>content</c>.</summary>
        public static readonly DiagnosticDescriptor RequestBodyWithoutContent = new(
            "UGEN023",
            "Request body without content",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN024: <c>allOf</c> bases that lead back to the schema.</summary>
        public static readonly DiagnosticDescriptor InheritanceCycle = new(
            "UGEN024",
            "allOf inheritance cycle",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN025: a YAML mapping key that is a mapping or a list.</summary>
        public static readonly DiagnosticDescriptor NonScalarMappingKey = new(
            "UGEN025",
            "Mapping key that is not a scalar",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN026: a path, inline schema or alias chain deeper than the generator follows.</summary>
        public static readonly DiagnosticDescriptor GeneratorLimit = new(
            "UGEN026",
            "Generator limit reached",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN027: descriptions too long for XML docs were shortened.</summary>
        public static readonly DiagnosticDescriptor DocumentationTruncated = new(
            "UGEN027",
            "Documentation shortened",
            "{0} is not supported yet and was skipped: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN030: the file's text could not be read, or it is empty.</summary>
        public static readonly DiagnosticDescriptor UnreadableFile = new(
            "UGEN030",
            "Description file could not be read",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN031: the top level is not an OpenAPI description (no <c>openapi</c> field).</summary>
        public static readonly DiagnosticDescriptor NotOpenApi = new(
            "UGEN031",
            "Not an OpenAPI description",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN032: a version other than OpenAPI 3.0 or 3.1.</summary>
        public static readonly DiagnosticDescriptor UnsupportedVersion = new(
            "UGEN032",
            "Unsupported OpenAPI version",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN033: the description has no <c>paths</c>.</summary>
        public static readonly DiagnosticDescriptor MissingPaths = new(
            "UGEN033",
            "No paths",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN034: a field holds a scalar, list or mapping where the specification wants another kind.</summary>
        public static readonly DiagnosticDescriptor WrongNodeKind = new(
            "UGEN034",
            "Wrong kind of value",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN035: a parameter lacks <c>name</c> or <c>in</c>.</summary>
        public static readonly DiagnosticDescriptor ParameterWithoutNameOrIn = new(
            "UGEN035",
            "Parameter without name or in",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN036: a <c>servers</c> entry lacks <c>url</c>.</summary>
        public static readonly DiagnosticDescriptor ServerWithoutUrl = new(
            "UGEN036",
            "Server without url",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN037: <c>$ref</c>s that lead back to themselves, or a chain too long to follow.</summary>
        public static readonly DiagnosticDescriptor ReferenceCycle = new(
            "UGEN037",
            "$ref cycle",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN038: more YAML nodes, or deeper nesting, than the generator reads.</summary>
        public static readonly DiagnosticDescriptor DescriptionTooLarge = new(
            "UGEN038",
            "Description too large",
            "{0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN039: a description is marked but the project does not reference the Kiota runtime.</summary>
        public static readonly DiagnosticDescriptor KiotaRuntimeMissing = new(
            "UGEN039",
            "Kiota runtime not referenced",
            "The generated client needs the Kiota runtime, which this project does not reference: add <PackageReference Include=\"Microsoft.Kiota.Abstractions\" Version=\"{0}\" />, and to call the API Microsoft.Kiota.Http.HttpClientLibrary and Microsoft.Kiota.Serialization.Json, .Text, .Form and .Multipart at the same version (1.22.1 works too). No client was generated.",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        /// <summary>UGEN040: the generator is referenced but no AdditionalFiles item is marked as a description.</summary>
        public static readonly DiagnosticDescriptor NoDescriptionMarked = new(
            "UGEN040",
            "No OpenAPI description marked",
            "UsageGen.Generator is referenced but no AdditionalFiles item is marked as an OpenAPI description, so nothing was generated: add <AdditionalFiles Include=\"openapi.yaml\" UsageGenOpenApi=\"true\" /> to the project file",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN041: a schema's <c>type</c> is not a JSON Schema type (<c>type: strng</c>).</summary>
        public static readonly DiagnosticDescriptor UnknownSchemaType = new(
            "UGEN041",
            "Unknown schema type",
            "'{0}' is not a JSON Schema type: use {1}; the schema was read as untyped",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN042: <c>enum</c> or <c>required</c> is given a single value where a list belongs.</summary>
        public static readonly DiagnosticDescriptor ListExpected = new(
            "UGEN042",
            "A list was expected",
            "{0}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN043: a schema's <c>default</c> is not a value of its type.</summary>
        public static readonly DiagnosticDescriptor DefaultDoesNotFitType = new(
            "UGEN043",
            "Default value does not fit its type",
            "The default '{0}' is not {1}: give {1} or remove the default; no default was generated",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN044: <c>style: deepObject</c> on a query parameter whose schema is not an object.</summary>
        public static readonly DiagnosticDescriptor DeepObjectNotObject = new(
            "UGEN044",
            "deepObject query parameter that is not an object",
            "The query parameter '{0}' has style deepObject but its schema is not an object (deepObject is defined for objects only); it is sent in form style",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN045: a property of an object-typed query parameter that its style has no way to send.</summary>
        public static readonly DiagnosticDescriptor QueryObjectPropertySkipped = new(
            "UGEN045",
            "Query object property that cannot be sent",
            "The property '{0}' of the {1} query parameter '{2}' cannot be sent: {3}; it is left out of the query",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN046: a Swagger 2.0 construct with no OpenAPI 3 equivalent, or one the generator does not read.</summary>
        public static readonly DiagnosticDescriptor Swagger2Construct = new(
            "UGEN046",
            "Unsupported Swagger 2.0 construct",
            "{0} is not supported: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>UGEN047: a relative <c>$ref</c> to a file that is no AdditionalFiles item, so the compiler does not hand it over.</summary>
        public static readonly DiagnosticDescriptor ReferencedFileNotAdded = new(
            "UGEN047",
            "Referenced file is not an AdditionalFiles item",
            "$ref '{0}' refers to '{1}', which is not an AdditionalFiles item, so it was skipped: add <AdditionalFiles Include=\"{2}\" /> to the project, or a glob that covers it",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);
    }
}
