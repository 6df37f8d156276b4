using System.Collections.Generic;
using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse
{
    /// <summary>An operation's request body.</summary>
    internal sealed class OpenApiRequestBody
    {
        public OpenApiRequestBody(LocationInfo location) => Location = location;

        public LocationInfo Location { get; }

        public string? Description { get; set; }

        public bool Required { get; set; }

        /// <summary>Media types in document order with their schemas (null when the media type has none).</summary>
        public List<KeyValuePair<string, OpenApiSchema?>> Content { get; } = new();
    }
}
