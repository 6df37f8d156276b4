using System.Collections.Generic;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// The parts of an OpenAPI 3.0/3.1 description the generator uses, with parameter, response and
    /// request-body references already resolved. Lives only inside the parse step.
    /// </summary>
    internal sealed class OpenApiDocument
    {
        /// <summary>Read from a Swagger 2.0 description: advice names its fields (host, not servers).</summary>
        public bool IsSwagger2 { get; set; }

        public List<string> ServerUrls { get; } = new();

        public List<OpenApiPathItem> Paths { get; } = new();

        /// <summary>OpenAPI 3.1 webhooks: requests the API sends, as path items whose <c>Path</c> is the webhook's name.</summary>
        public List<OpenApiPathItem> Webhooks { get; } = new();

        /// <summary>Component schemas in document order.</summary>
        public List<KeyValuePair<string, OpenApiSchema>> Schemas { get; } = new();
    }
}
