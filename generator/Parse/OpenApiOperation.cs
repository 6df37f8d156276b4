using System.Collections.Generic;
using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse
{
    /// <summary>One operation of a path item.</summary>
    internal sealed class OpenApiOperation
    {
        public OpenApiOperation(string method, LocationInfo location)
        {
            Method = method;
            Location = location;
        }

        /// <summary>The lower-case HTTP method (<c>get</c>, <c>post</c>, …).</summary>
        public string Method { get; }

        public LocationInfo Location { get; }

        public string? OperationId { get; set; }

        public string? Summary { get; set; }

        public string? Description { get; set; }

        public bool Deprecated { get; set; }

        public string? ExternalDocsUrl { get; set; }

        public List<OpenApiParameter> Parameters { get; } = new();

        public OpenApiRequestBody? RequestBody { get; set; }

        public List<OpenApiResponse> Responses { get; } = new();
    }
}
