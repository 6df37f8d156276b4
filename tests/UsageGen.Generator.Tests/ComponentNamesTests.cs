using System.Linq;
using UsageGen.Generator.Bind;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// Dotted component keys become namespaces under Models as Kiota 1.38 makes them (the constructs description checks the
/// same against the real Kiota CLI in the parity tests); these cover the rules that description does not reach.
/// </summary>
public sealed class ComponentNamesTests
{
    private const string Models = "Api.Models";

    [Fact]
    public void The_dotted_prefix_every_key_shares_is_dropped()
    {
        var names = Names("microsoft.graph.user", "microsoft.graph.security.alert", "microsoft.graph.group");

        Assert.Equal(Models, names.NamespaceOf("microsoft.graph.user"));
        Assert.Equal(Models + ".Security", names.NamespaceOf("microsoft.graph.security.alert"));
        Assert.Equal("Alert", ComponentNames.TypeName("microsoft.graph.security.alert"));
    }

    // Only whole segments of the deepest key are tried as the shared prefix, so github and gitlab share none.
    [Fact]
    public void Keys_that_share_no_whole_segment_keep_their_namespaces()
    {
        var names = Names("github.release", "gitlab.release");

        Assert.Equal(Models + ".Github", names.NamespaceOf("github.release"));
        Assert.Equal(Models + ".Gitlab", names.NamespaceOf("gitlab.release"));
    }

    [Fact]
    public void A_single_dotted_key_loses_its_whole_prefix()
    {
        var names = Names("github.release", "Error");

        Assert.Equal(Models, names.NamespaceOf("github.release"));
        Assert.Equal("Release", ComponentNames.TypeName("github.release"));
        Assert.Equal(Models, names.NamespaceOf("Error"));
    }

    [Fact]
    public void A_type_named_like_a_namespace_beside_it_moves_into_that_namespace()
    {
        var names = Names("acme.billing.invoice", "acme.shipping.parcel", "acme.billing");

        Assert.Equal(Models + ".Billing", names.NamespaceOf("acme.billing"));
        Assert.Equal("Billing", ComponentNames.TypeName("acme.billing"));
        Assert.Equal(Models + ".Billing", names.NamespaceOf("acme.billing.invoice"));
    }

    [Fact]
    public void A_leading_client_class_name_is_not_a_namespace()
    {
        var names = Names("ApiClient.orders.order", "shop.cart");

        Assert.Equal(Models + ".Orders", names.NamespaceOf("ApiClient.orders.order"));
        Assert.Equal(Models + ".Shop", names.NamespaceOf("shop.cart"));
    }

    [Fact]
    public void Namespace_segments_are_cleaned_and_escaped_like_path_segments()
    {
        var names = Names("my-vendor.task.job", "other.thing");

        Assert.Equal(Models + ".MyVendor.TaskNamespace", names.NamespaceOf("my-vendor.task.job"));
    }

    private static ComponentNames Names(params string[] keys) => new(keys.ToList(), Models, "ApiClient");
}
