using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UsageGen.Testing.Kiota;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// The generated request-information methods copy query parameters by name; Kiota's <c>Configure</c> reads them by
    /// reflection. Both must put the same values under the same names, and build the same URL, for every operation of
    /// every client this project generates: typed enums and arrays, object parameters, delimited arrays, Swagger 2.0
    /// collection formats, and the legacy and typed properties of the backward-compatible client.
    /// </summary>
    public sealed class QueryCopyDifferentialTests
    {
        [Theory]
        [InlineData("Constructs", 10)]
        [InlineData("BackedConstructs", 10)]
        [InlineData("Swagger2", 3)]
        [InlineData("MultiFile", 3)]
        public void Every_operation_sets_the_query_Kiotas_Configure_would(string clientNamespace, int atLeast)
        {
            using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider());

            var (methods, differences) = DifferentialQuery.Compare(typeof(QueryCopyDifferentialTests).Assembly, clientNamespace + ".", adapter);

            Assert.Empty(differences);
            Assert.True(methods >= atLeast, $"only {methods} request-information methods were compared");
        }
    }
}
