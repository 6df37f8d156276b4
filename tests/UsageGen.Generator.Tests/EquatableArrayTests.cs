using UsageGen.Generator.Helpers;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>Pipeline models compare collections by content, which the generator's caching relies on.</summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_items_are_equal_and_hash_alike()
    {
        var left = new EquatableArray<string>(new[] { "a", "b" });
        var right = new EquatableArray<string>(new[] { "a", "b" });

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_and_content_matter()
    {
        var items = new EquatableArray<string>(new[] { "a", "b" });

        Assert.NotEqual(items, new EquatableArray<string>(new[] { "b", "a" }));
        Assert.NotEqual(items, new EquatableArray<string>(new[] { "a" }));
    }

    [Fact]
    public void Default_and_empty_are_the_same_value()
    {
        Assert.Equal(default, EquatableArray<string>.Empty);
        Assert.Empty(default(EquatableArray<string>));
    }
}
