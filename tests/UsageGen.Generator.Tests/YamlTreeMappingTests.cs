using System.Linq;
using UsageGen.Generator.Parse.Yaml;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// Lookup by key in the parser's YAML mappings, small (scanned) and past the threshold where they build an index:
/// every key added is found, a key that is absent (or differs only in case) is not, and a repeated key keeps the first.
/// </summary>
public sealed class YamlTreeMappingTests
{
    private static YamlTreeScalar Scalar(string value) => new("/p/openapi.yaml", value, isPlain: true, default, default);

    private static YamlTreeMapping Mapping(params string[] keys)
    {
        var mapping = new YamlTreeMapping("/p/openapi.yaml", default);
        foreach (var key in keys)
        {
            Assert.True(mapping.TryAdd(Scalar(key), Scalar("value of " + key)));
        }

        return mapping;
    }

    private static readonly string[] Keywords =
    {
        "type", "format", "description", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "not", "required",
        "nullable", "x-nullable", "readOnly", "writeOnly", "title", "deprecated", "additionalProperties", "enum",
        "default", "example", "discriminator", "minimum", "maximum", "pattern", "", "a", "parameters", "summary",
    };

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(29)]
    public void Every_key_added_is_found_and_no_other(int count)
    {
        var present = Keywords.Take(count).ToArray();
        var mapping = Mapping(present);

        foreach (var key in present)
        {
            Assert.Equal("value of " + key, Assert.IsType<YamlTreeScalar>(mapping[key]).Value);
        }

        foreach (var key in Keywords.Skip(count))
        {
            Assert.Null(mapping[key]);
        }

        Assert.Null(mapping["Type"]);
    }

    [Fact]
    public void A_repeated_key_is_refused_and_the_first_value_kept()
    {
        var mapping = Mapping("type", "format");

        Assert.False(mapping.TryAdd(Scalar("type"), Scalar("second")));
        Assert.Equal("value of type", Assert.IsType<YamlTreeScalar>(mapping["type"]).Value);
        Assert.Equal(2, mapping.Entries.Count);
    }
}
