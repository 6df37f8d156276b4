using System.Collections.Generic;
using System.Linq;
using UsageGen.Generator.Parse;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// One spelling per file: paths already spelled once come back as they are (the fast path most paths take), and every
/// other spelling folds to the same one.
/// </summary>
public sealed class ReferencePathTests
{
    [Theory]
    [InlineData("/project/openapi/pets.yaml")]
    [InlineData("openapi/pets.yaml")]
    [InlineData("/project/openapi/")]
    [InlineData("/p/.hidden/a..b/..c/x.")]
    public void A_path_spelled_once_comes_back_as_it_is(string path) =>
        Assert.Same(path, ReferencePath.Normalize(path));

    [Theory]
    [InlineData("/project/./openapi/pets.yaml", "/project/openapi/pets.yaml")]
    [InlineData("/project/openapi/../schemas/pet.yaml", "/project/schemas/pet.yaml")]
    [InlineData("./pets.yaml", "pets.yaml")]
    [InlineData("/project//openapi/pets.yaml", "/project/openapi/pets.yaml")]
    [InlineData(@"C:\project\openapi\pets.yaml", "C:/project/openapi/pets.yaml")]
    [InlineData("/project/openapi/.", "/project/openapi")]
    [InlineData("/project/openapi/..", "/project")]
    [InlineData("a/../../b.yaml", "../b.yaml")]
    [InlineData(".", "")]
    [InlineData("../common/parameters.yaml", "../common/parameters.yaml")]
    [InlineData("../../common/x.yaml", "../../common/x.yaml")]
    public void Other_spellings_fold_to_one(string path, string expected) =>
        Assert.Equal(expected, ReferencePath.Normalize(path));

    [Theory]
    [InlineData("/project/openapi/root.yaml", "./paths/../schemas/pet.yaml", "/project/openapi/schemas/pet.yaml")]
    [InlineData("/project/openapi/paths/pets.yaml", "../schemas/pet.yaml", "/project/openapi/schemas/pet.yaml")]
    [InlineData("/project/openapi/root.yaml", "schemas/pet%20kind.yaml", "/project/openapi/schemas/pet kind.yaml")]
    public void A_relative_reference_resolves_from_its_file_s_directory(string from, string relative, string expected) =>
        Assert.Equal(expected, ReferencePath.Resolve(from, relative));

    [Theory]
    [InlineData("http://example.com/pet.yaml", true)]
    [InlineData("https://example.com/api.yaml#/components/schemas/Pet", true)]
    [InlineData("file:///project/pet.yaml", true)]
    [InlineData("urn:example:pet", true)]
    [InlineData("git+ssh://host/repo.yaml", true)]
    [InlineData("a1.b-c+d:rest", true)]
    [InlineData("ab:", true)]
    [InlineData("//cdn.example.com/pet.yaml", true)]
    [InlineData("C:/project/pet.yaml", false)]
    [InlineData(@"c:\project\pet.yaml", false)]
    [InlineData("./pet.yaml", false)]
    [InlineData("../common/parameters.yaml#/Limit", false)]
    [InlineData("pet.yaml", false)]
    [InlineData("#/components/schemas/Pet", false)]
    [InlineData("#/x:y", false)]
    [InlineData("1http://example.com", false)]
    [InlineData("ht_tp://example.com", false)]
    [InlineData("schemas/pet:v2.yaml", false)]
    [InlineData(":pet.yaml", false)]
    [InlineData("", false)]
    [InlineData("/", false)]
    public void A_scheme_of_two_or_more_characters_or_a_network_path_is_remote(string reference, bool remote) =>
        Assert.Equal(remote, ReferencePath.IsRemote(reference));

    /// <summary>
    /// Every path of up to four parts drawn from names, <c>.</c>, <c>..</c> and empty parts, joined by either slash,
    /// normalizes as the plain rule does: split on slashes, drop <c>.</c> and inner empty parts, let <c>..</c> remove
    /// the part before it unless that is a kept <c>..</c> or the root, join with <c>/</c>.
    /// </summary>
    [Fact]
    public void Every_short_path_folds_as_the_plain_rule_does()
    {
        var parts = new[] { "a", "bc.yaml", ".", "..", "", "...", ".x" };
        var paths = new List<string> { string.Empty };
        for (var length = 1; length <= 4; length++)
        {
            paths.AddRange(Paths(parts, length));
        }

        Assert.True(paths.Count > 10_000);
        foreach (var path in paths)
        {
            Assert.True(PlainNormalize(path) == ReferencePath.Normalize(path), $"'{path}': '{ReferencePath.Normalize(path)}', not '{PlainNormalize(path)}'");
        }
    }

    private static IEnumerable<string> Paths(string[] parts, int length)
    {
        if (length == 1)
        {
            return parts;
        }

        return Paths(parts, length - 1).SelectMany(head => parts.SelectMany(part => new[] { head + "/" + part, head + "\\" + part }));
    }

    private static string PlainNormalize(string path)
    {
        var segments = new List<string>();
        var split = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < split.Length; i++)
        {
            var part = split[i];
            if (part == "." || (part.Length == 0 && i > 0 && i < split.Length - 1))
            {
                continue;
            }

            if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] is not ".." and not "")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        return string.Join("/", segments);
    }
}
