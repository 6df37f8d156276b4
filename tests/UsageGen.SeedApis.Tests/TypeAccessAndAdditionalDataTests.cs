using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.SeedApis.InternalApiKeyUsage;
using UsageGen.SeedApis.InternalApiKeyUsage.Models;
using UsageGen.SeedApis.Tests.Infrastructure;
using Xunit;

namespace UsageGen.SeedApis.Tests
{
    /// <summary>
    /// The API-key client generated with <c>UsageGenTypeAccessModifier="Internal"</c> and
    /// <c>UsageGenAdditionalData="false"</c> (Kiota's <c>--type-access-modifier Internal --additional-data false</c>):
    /// none of its types is public, its models drop what the description does not name, and it still works over HTTP.
    /// </summary>
    public sealed class TypeAccessAndAdditionalDataTests : IClassFixture<SeedApiServer>
    {
        private const string Namespace = "UsageGen.SeedApis.InternalApiKeyUsage";

        private readonly SeedApiServer _server;

        public TypeAccessAndAdditionalDataTests(SeedApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public void No_generated_type_is_visible_outside_the_assembly()
        {
            var generated = typeof(InternalApiKeyUsageClient).Assembly.GetTypes()
                .Where(type => type.Namespace?.StartsWith(Namespace, StringComparison.Ordinal) == true)
                .ToList();

            Assert.True(generated.Count > 10, $"Only {generated.Count} generated types found.");
            Assert.All(generated, type => Assert.False(type.IsVisible, type.FullName + " is visible outside the assembly."));
            Assert.Contains(generated, type => type.IsNested);
        }

        [Fact]
        public void Models_have_no_additional_data()
        {
            var models = typeof(UsageStatistics).Assembly.GetTypes().Where(type => type.Namespace == Namespace + ".Models" && type.IsClass).ToList();

            Assert.NotEmpty(models);
            Assert.All(models, model => Assert.False(typeof(IAdditionalDataHolder).IsAssignableFrom(model), model.Name));
            Assert.All(models, model => Assert.Null(model.GetProperty("AdditionalData", BindingFlags.Public | BindingFlags.Instance)));
        }

        [Fact]
        public async Task The_internal_client_reads_what_the_description_names_and_drops_the_rest()
        {
            // A property the description does not name: read past, with nowhere to keep it.
            var body = ApiKeyUsageBodies.FullUsage.Replace("\"success\": true,", "\"success\": true, \"beta_field\": { \"x\": [1, 2] },", StringComparison.Ordinal);
            Assert.Contains("beta_field", body, StringComparison.Ordinal);
            _server.Enqueue(ScriptedResponse.Json(200, body));
            using var adapter = _server.CreateAdapter();

            var usage = await new InternalApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request =>
            {
                request.QueryParameters.KeyId = "key 9f/8e";
                request.QueryParameters.Timeframe = Timeframe.SevenD;
            });

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("key_id=key%209f%2F8e&timeframe=7d", sent.RawQuery);
            Assert.NotNull(usage);
            Assert.True(usage.Success);
            var data = Assert.IsType<UsageStatistics>(usage.Data);
            Assert.Equal(new[] { 5_000_000_000L, 980L }, data.TimeSeries!.Select(point => point.Requests ?? 0));
            Assert.Equal(15L, data.ErrorStats!.TotalErrors);
        }
    }
}
