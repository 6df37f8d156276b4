using System.Collections.Generic;
using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse
{
    /// <summary>One response of an operation, keyed by status code, range (<c>4XX</c>) or <c>default</c>.</summary>
    internal sealed class OpenApiResponse
    {
        public OpenApiResponse(string statusCode, LocationInfo location)
        {
            StatusCode = statusCode;
            Location = location;
        }

        public string StatusCode { get; }

        public LocationInfo Location { get; }

        public string? Description { get; set; }

        /// <summary>Media types in document order with their schemas (null when the media type has none).</summary>
        public List<KeyValuePair<string, OpenApiSchema?>> Content { get; } = new();
    }
}
