using System.Collections.Generic;
using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse
{
    /// <summary>A path, query, header or cookie parameter.</summary>
    internal sealed class OpenApiParameter
    {
        public OpenApiParameter(string name, string location, LocationInfo sourceLocation)
        {
            Name = name;
            In = location;
            Location = sourceLocation;
        }

        public string Name { get; }

        /// <summary>Where the parameter goes: <c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</summary>
        public string In { get; }

        public LocationInfo Location { get; }

        public bool Required { get; set; }

        public bool Deprecated { get; set; }

        public string? Description { get; set; }

        public string? Style { get; set; }

        public bool? Explode { get; set; }

        public OpenApiSchema? Schema { get; set; }

        /// <summary>Scalar <c>x-</c> extensions of the parameter.</summary>
        public Dictionary<string, string> Extensions { get; } = new();
    }
}
