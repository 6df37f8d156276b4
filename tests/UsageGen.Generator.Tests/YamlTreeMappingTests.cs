using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Parse.Yaml;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// Lookup by key in the parser's YAML mappings, small (scanned) and past the threshold where they build an index:
/// every key given is found, and a key that is absent (or differs only in case) is not.
/// </summary>
public sealed class YamlTreeMappingTests
{
    private static YamlTreeScalar Scalar(string value) => new("/p/openapi.yaml", value, isPlain: true, default, default);

    private static YamlTreeMapping Mapping(params string[] keys) =>
        new("/p/openapi.yaml", default, default, keys.Select(key => new KeyValuePair<YamlTreeScalar, YamlTreeNode>(Scalar(key), Scalar("value of " + key))).ToArray());

    private static readonly string[] Keywords =
    {
        "type", "format", "description", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "not", "required",
        "nullable", "x-nullable", "readOnly", "writeOnly", "title", "deprecated", "additionalProperties", "enum",
        "default", "example", "discriminator", "minimum", "maximum", "pattern", "", "a", "parameters", "summary",
    };

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(29)]
    public void Every_key_given_is_found_and_no_other(int count)
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
        Assert.Equal(present, mapping.Entries.Select(entry => entry.Key.Value));
    }
}
