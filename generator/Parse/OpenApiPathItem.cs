using System.Collections.Generic;
using UsageGen.Generator.Diagnostics;

namespace UsageGen.Generator.Parse
{
    /// <summary>One entry of <c>paths</c>.</summary>
    internal sealed class OpenApiPathItem
    {
        public OpenApiPathItem(string path, LocationInfo location)
        {
            Path = path;
            Location = location;
            KeyLocation = location;
        }

        public string Path { get; }

        public LocationInfo Location { get; }

        /// <summary>Where the path key itself is written: problems with the key are reported there.</summary>
        public LocationInfo KeyLocation { get; set; }

        public string? Description { get; set; }

        public List<OpenApiParameter> Parameters { get; } = new();

        public List<OpenApiOperation> Operations { get; } = new();
    }
}
