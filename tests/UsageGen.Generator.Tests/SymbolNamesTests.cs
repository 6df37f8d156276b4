using UsageGen.Generator.Bind;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>Names follow Kiota's C# conventions, so code written against Kiota output finds them.</summary>
public sealed class SymbolNamesTests
{
    [Theory]
    [InlineData("total-mau", "TotalMau")]
    [InlineData("bysdkversion", "Bysdkversion")]
    [InlineData("v2", "V2")]
    [InlineData("$ref", "Ref")]
    [InlineData("codes_of_conduct", "Codes_of_conduct")]
    [InlineData("item", "Item_Escaped")]
    [InlineData("2fa", "Twofa")]
    public void Segment_names(string segment, string expected) => Assert.Equal(expected, SymbolNames.SegmentName(segment));

    [Theory]
    [InlineData("per_page", "PerPage")]
    [InlineData("_links", "Links")]
    [InlineData("sdkVersions", "SdkVersions")]
    [InlineData("$top", "Top")]
    [InlineData("api-version", "ApiVersion")]
    [InlineData("", "Property")]
    public void Property_names(string wire, string expected) => Assert.Equal(expected, SymbolNames.PropertyName(wire));

    [Theory]
    [InlineData("month_to_date", "Month_to_date")]
    [InlineData("rolling_30d", "Rolling_30d")]
    [InlineData("true", "True")]
    [InlineData("24h", "TwoFourh")]
    [InlineData("1h", "Oneh")]
    [InlineData("in-progress", "InProgress")]
    [InlineData("-", "Minus")]
    [InlineData("-1", "Minus_1")]
    [InlineData("+1", "Plus_1")]
    [InlineData("a+b", "A_plus_b")]
    [InlineData(".", "Period")]
    [InlineData("_", "Underscore")]
    public void Enum_member_names(string wire, string expected) => Assert.Equal(expected, SymbolNames.EnumMemberName(wire));

    [Theory]
    [InlineData("projectKey", "events", "WithProjectKey")]
    [InlineData("userId", "users", "WithUser")]
    [InlineData("post-id", "posts", "Post")]
    [InlineData("issue_number", "issues", "WithIssue_number")]
    [InlineData("id", "posts", "Posts")]
    // The previous segment's name as written, not its escaped navigation name (Item_Escaped).
    [InlineData("id", "item", "Item")]
    public void Item_builder_names(string parameter, string previous, string expected) =>
        Assert.Equal(expected, SymbolNames.ItemBuilderBaseName(parameter, previous));

    [Theory]
    [InlineData("api-version", "api%2Dversion")]
    [InlineData("a.b", "a%2Eb")]
    [InlineData("$top", "%24top")]
    [InlineData("projectKey", "projectKey")]
    public void Template_names_are_percent_encoded(string name, string expected) => Assert.Equal(expected, SymbolNames.TemplateName(name));

    [Theory]
    [InlineData("Task", "TaskObject")]
    [InlineData("feature-flag", "FeatureFlag")]
    public void Type_names_avoid_types_the_generated_code_uses(string name, string expected) =>
        Assert.Equal(expected, SymbolNames.TypeName(name, "Fallback"));
    // Kiota's reserved list (System's types, compared ignoring case) plus the runtime types generated code names unqualified.
    [Theory]
    [InlineData("Version", "VersionNamespace")]
    [InlineData("Task", "TaskNamespace")]
    [InlineData("Environment", "EnvironmentNamespace")]
    [InlineData("RequestInformation", "RequestInformationNamespace")]
    [InlineData("Time", "Time")]
    [InlineData("List", "List")]
    [InlineData("Projects", "Projects")]
    public void Namespace_segments(string segment, string expected) => Assert.Equal(expected, SymbolNames.NamespaceSegment(segment));

    [Theory]
    [InlineData("version", "VersionObject")]
    [InlineData("task", "TaskObject")]
    [InlineData("IParsable", "IParsableObject")]
    [InlineData("time", "Time")]
    [InlineData("invoice", "Invoice")]
    public void Reserved_type_names(string original, string expected) => Assert.Equal(expected, SymbolNames.TypeName(original, "Model"));

    [Fact]
    public void Inline_types_are_named_before_the_escape() => Assert.Equal("Task", SymbolNames.UnescapedTypeName("task", "Model"));
    // Sibling paths with different parameters are one item builder in Kiota, named from the first parameter ignoring case.
    [Theory]
    [InlineData("{contact_id}", "Contact_")]
    [InlineData("{id}", "")]
    [InlineData("{transferId}", "Transfer")]
    [InlineData("{region}", "Region")]
    public void Merged_item_builder_names(string firstSegment, string expected) => Assert.Equal(expected, SymbolNames.MergedItemBuilderBaseName(firstSegment));
}
