using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Testing.Kiota;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests;

/// <summary>
/// The usage client's request-information methods copy query parameters by name; Kiota's <c>Configure</c> reads them
/// by reflection. Both must put the same values under the same names and build the same URL, for every operation of the bundled description (the vendor's 23 among them).
/// </summary>
public sealed class QueryCopyDifferentialTests
{
    [Fact]
    public void Every_usage_operation_sets_the_query_Kiotas_Configure_would()
    {
        using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider());

        var (methods, differences) = DifferentialQuery.Compare(typeof(LaunchDarklyUsageClient).Assembly, "UsageGen.LaunchDarkly.Api.", adapter);

        Assert.Empty(differences);
        Assert.True(methods >= 23, $"only {methods} request-information methods were compared");
    }
}
