using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.SeedApis.InternalApiKeyUsage;
using UsageGen.SeedApis.InternalApiKeyUsage.Models;
using UsageGen.SeedApis.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.SeedApis.Tests
{
    /// <summary>
    /// The API-key client generated with <c>UsageGenTypeAccessModifier="Internal"</c>,
    /// <c>UsageGenAdditionalData="false"</c> and <c>UsageGenBackwardCompatible="true"</c> (Kiota's
    /// <c>--type-access-modifier Internal --additional-data false</c>, without <c>--ebc</c>): none of its types is public,
    /// its models drop what the description does not name, old-style callers still compile, and it works over HTTP.
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

        // Kiota's default mode: code that set the string-typed enum parameter, or used the per-operation configuration class.
        [Fact]
        public async Task Backward_compatible_callers_send_the_string_value_they_set()
        {
            _server.Enqueue(ScriptedResponse.Json(200, ApiKeyUsageBodies.EmptyUsage));
            using var adapter = _server.CreateAdapter();

#pragma warning disable CS0618 // The obsolete members are what such callers use.
            var configuration = new UsageGen.SeedApis.InternalApiKeyUsage.V1.ApiKeys.Usage.UsageRequestBuilder.UsageRequestBuilderGetRequestConfiguration();
            await new InternalApiKeyUsageClient(adapter).V1.ApiKeys.Usage.GetAsync(request => request.QueryParameters.Timeframe = "30d");
#pragma warning restore CS0618

            Assert.Equal("timeframe=30d", Assert.Single(_server.Requests).RawQuery);
            Assert.IsAssignableFrom<Microsoft.Kiota.Abstractions.RequestConfiguration<UsageGen.SeedApis.InternalApiKeyUsage.V1.ApiKeys.Usage.UsageRequestBuilder.UsageRequestBuilderGetQueryParameters>>(configuration);
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
                request.QueryParameters.TimeframeAsTimeframe = Timeframe.Sevend;
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
