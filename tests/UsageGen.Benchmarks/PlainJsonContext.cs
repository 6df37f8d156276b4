using System.Text.Json.Serialization;

namespace UsageGen.Benchmarks;

/// <summary>System.Text.Json's source-generated metadata for the floor's plain classes (no reflection at run time).</summary>
[JsonSerializable(typeof(PlainSeriesList))]
[JsonSerializable(typeof(PlainDecimalSeriesList))]
internal sealed partial class PlainJsonContext : JsonSerializerContext
{
}
