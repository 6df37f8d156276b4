using System;
using System.IO;
using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Kiota;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// The generated JSON writer against Kiota's: every usage response shape, read by Kiota and written back, gives the
    /// same bytes through both; the client factory's adapter writes with the generated writer.
    /// </summary>
    public class JsonWritePathDifferentialTests
    {
        private static readonly LaunchDarklyUsageClientJsonSerializationWriterFactory Ours = new();

        [Theory]
        [MemberData(nameof(JsonReadPathDifferentialTests.SeriesBodies), MemberType = typeof(JsonReadPathDifferentialTests))]
        public void A_series_list_writes_as_Kiota_writes_it(string json)
        {
            DifferentialWrite.AssertSameJson(Ours, () => Read(json, SeriesListRep.CreateFromDiscriminatorValue));
            DifferentialWrite.AssertSameJson(Ours, () => Read(json, SeriesListRepFloat.CreateFromDiscriminatorValue));
        }

        [Fact]
        public void Every_usage_response_shape_writes_as_Kiota_writes_it()
        {
            var series = DifferentialWrite.AssertSameJson(Ours, () => Read(UsageResponses.SeriesList("/x"), SeriesListRep.CreateFromDiscriminatorValue));
            Assert.Contains("\"series\":[{", series, StringComparison.Ordinal);
            Assert.NotNull(DifferentialWrite.AssertSameJson(Ours, () => Read(UsageResponses.SeriesListFloat("/x"), SeriesListRepFloat.CreateFromDiscriminatorValue)));
            Assert.NotNull(DifferentialWrite.AssertSameJson(Ours, () => Read(UsageResponses.SdkList("/x"), SdkListRep.CreateFromDiscriminatorValue)));
            Assert.NotNull(DifferentialWrite.AssertSameJson(Ours, () => Read(UsageResponses.SdkVersionList("/x"), SdkVersionListRep.CreateFromDiscriminatorValue)));
            Assert.NotNull(DifferentialWrite.AssertSameCollectionJson(Ours, () => RootOf(UsageResponses.SdkVersionDetailsList).GetCollectionOfObjectValues(SdkVersionDetailsRep.CreateFromDiscriminatorValue)));
        }

        [Fact]
        public void The_client_factory_s_adapter_writes_JSON_with_the_generated_writer()
        {
            using var adapter = LaunchDarklyUsageClientFactory.CreateRequestAdapter(new LaunchDarklyUsageClientOptions { AccessToken = "api-test", BaseUrl = new Uri("https://ld.example.test/") });

            Assert.IsType<LaunchDarklyUsageClientJsonSerializationWriterFactory>(adapter.SerializationWriterFactory);
        }

        private static T Read<T>(string json, ParsableFactory<T> factory) where T : IParsable => RootOf(json).GetObjectValue(factory);

        private static IParseNode RootOf(string json) =>
            new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(json))).GetAwaiter().GetResult();
    }
}
