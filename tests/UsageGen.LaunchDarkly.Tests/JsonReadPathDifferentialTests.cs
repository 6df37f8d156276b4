using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using UsageGen.Testing.Kiota;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// The generated JSON read path against Kiota's: every usage response shape and the edges of JSON read into the same
    /// model graph and written back as the same JSON, and malformed bodies fail with the same exception type.
    /// </summary>
    public class JsonReadPathDifferentialTests
    {
        private static readonly LaunchDarklyUsageClientJsonParseNodeFactory Ours = new();

        public static TheoryData<string> SeriesBodies => new()
        {
            UsageResponses.SeriesList("/api/v2/usage/total-mau"),
            "{\"_links\":{},\"metadata\":[],\"series\":[]}",
            "{}",
            "{\"series\":null,\"metadata\":null,\"_links\":null}",
            // Counts at the edges of long, a fraction, an exponent, a decimal overflow (read as double) and a negative zero.
            "{\"series\":[{\"time\":9223372036854775807,\"0\":-9223372036854775808,\"1\":79228162514264337593543950335,\"2\":1e30,\"3\":-0,\"4\":0.1,\"5\":1.7976931348623157e308,\"6\":5e-324}]}",
            // Strings that look like dates, offsets and GUIDs land in AdditionalData typed, as Kiota types them.
            "{\"series\":[{\"a\":\"2024-03-15\",\"b\":\"2024-03-15T10:30:00+02:00\",\"c\":\"2024-03-15T10:30:00Z\",\"d\":\"5f1a0c6e-2b9d-4e00-12a4-c00200000000\",\"e\":\"plain\"}]}",
            // Escapes: a quote, a backslash, \\u escapes, a surrogate pair written both ways, and an escaped property name.
            "{\"metadata\":[{\"sdk\\u004eame\":\"go \\\"server\\\" \\\\ sdk\",\"emoji\":\"\\ud83d\\ude00 😀\",\"nul\":\"a\\u0000b\",\"slash\":\"a\\/b\"}]}",
            // Unknown values of every kind, nested arrays and objects (UntypedNode), and duplicate names (the first stays in AdditionalData).
            "{\"extra\":{\"a\":[1,2.5,\"x\",true,null,{\"b\":[]}]},\"n\":null,\"t\":true,\"f\":false,\"extra\":1,\"series\":[{\"0\":1,\"0\":2}]}",
            // Known properties of the wrong JSON type: an object for an array, a number for an object, strings in a slice.
            "{\"series\":{\"0\":1},\"metadata\":5,\"_links\":[1,2]}",
            "{\"series\":[null,5,\"x\",[],{}]}",
            "\ufeff{\"series\":[{\"0\":1}]}",
            "  {\"series\" : [ { \"0\" : 1 } ] }  \r\n",
        };

        public static TheoryData<string> MalformedBodies => new()
        {
            string.Empty,
            "   ",
            "Internal error",
            "{\"series\":[{\"0\":1}]",
            "{\"series\":[{\"0\":1}]}}",
            "{\"series\":[{\"0\":1,}]}",
            "{\"series\":[{\"0\":01}]}",
            "{\"series\":[{\"0\":\"\\x\"}]}",
            "{'series':[]}",
            "{\"series\":[{\"0\":1}]} {}",
            // Malformed deep inside values the readers fill, skip or hand to Kiota's node, after models were already created.
            "{\"metadata\":[{\"sdkName\":\"a\"}],\"series\":[{\"0\":1]}",
            "{\"series\":[{\"0\":{\"a\":[1,}}]}",
            "{\"_links\":{\"self\":{\"href\":\"x\"}}} x",
            "{\"series\":[{\"0\":1e}]}",
            "{\"series\":[{\"0\":\"\ud800\"}],\"metadata\":[{\"sdkName\":tru}]}",
            "[" + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + "]",
        };

        [Theory]
        [MemberData(nameof(SeriesBodies))]
        public async Task A_series_list_reads_as_Kiota_reads_it(string json) =>
            await DifferentialRead.AssertSameObjectAsync(Ours, json, SeriesListRep.CreateFromDiscriminatorValue);

        [Theory]
        [MemberData(nameof(SeriesBodies))]
        public async Task A_float_series_list_reads_as_Kiota_reads_it(string json) =>
            await DifferentialRead.AssertSameObjectAsync(Ours, json, SeriesListRepFloat.CreateFromDiscriminatorValue);

        [Theory]
        [MemberData(nameof(MalformedBodies))]
        public async Task Malformed_JSON_fails_as_on_Kiota_s_path(string json)
        {
            var model = await DifferentialRead.AssertSameObjectAsync(Ours, json, SeriesListRep.CreateFromDiscriminatorValue);
            Assert.Null(model);
        }

        [Fact]
        public async Task Every_usage_response_shape_reads_as_Kiota_reads_it()
        {
            var series = await DifferentialRead.AssertSameObjectAsync(Ours, UsageResponses.SeriesList("/x"), SeriesListRep.CreateFromDiscriminatorValue);
            Assert.Equal(15m, series!.Series![0].AdditionalData["1"]);
            await DifferentialRead.AssertSameObjectAsync(Ours, UsageResponses.SeriesListFloat("/x"), SeriesListRepFloat.CreateFromDiscriminatorValue);
            var sdks = await DifferentialRead.AssertSameObjectAsync(Ours, UsageResponses.SdkList("/x"), SdkListRep.CreateFromDiscriminatorValue);
            Assert.Equal(new[] { "Android", "Java", "Node.js" }, sdks!.Sdks);
            await DifferentialRead.AssertSameObjectAsync(Ours, UsageResponses.SdkVersionList("/x"), SdkVersionListRep.CreateFromDiscriminatorValue);
            var details = await DifferentialRead.AssertSameCollectionAsync(Ours, UsageResponses.SdkVersionDetailsList, SdkVersionDetailsRep.CreateFromDiscriminatorValue);
            Assert.Equal(2, details!.Count);
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("{}")]
        [InlineData("\"not an array\"")]
        [InlineData("[null, 5, \"x\", [], {}, {\"name\":\"go\",\"extra\":[1,{\"a\":null}],\"eolStatus\":\"EolNear\",\"name\":\"dup\"}]")]
        [InlineData("[{\"name\":\"go\"},]")]
        [InlineData("[{\"name\":\"go\"}] ]")]
        [InlineData("")]
        public async Task A_top_level_array_reads_as_Kiota_reads_it(string json) =>
            await DifferentialRead.AssertSameCollectionAsync(Ours, json, SdkVersionDetailsRep.CreateFromDiscriminatorValue);

        [Fact]
        public async Task A_top_level_array_with_a_factory_of_its_own_is_read_by_Kiota_s_node()
        {
            var created = 0;
            var details = await DifferentialRead.AssertSameCollectionAsync(Ours, UsageResponses.SdkVersionDetailsList, node =>
            {
                created++;
                return new SdkVersionDetailsRep { RelayVersion = node.GetChildNode("name")?.GetStringValue() };
            });
            Assert.Equal(4, created);
            // The direct SDK has no relayVersion of its own, so the factory's value stays.
            Assert.Equal("android-client-sdk", details![1].RelayVersion);
        }

        [Theory]
        [InlineData("{\"code\":\"invalid_request\",\"message\":\"bad \\\"from\\\"\",\"docs\":{\"url\":\"https://x\"}}")]
        [InlineData("{\"code\":5,\"message\":null}")]
        [InlineData("[]")]
        public async Task Error_bodies_read_as_Kiota_reads_them(string json)
        {
            await DifferentialRead.AssertSameObjectAsync(Ours, json, InvalidRequestErrorRep.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, UnauthorizedErrorRep.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, ForbiddenErrorRep.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, NotFoundErrorRep.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, RateLimitedErrorRep.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, json, StatusServiceUnavailable.CreateFromDiscriminatorValue);
        }

        [Fact]
        public async Task A_year_of_daily_series_reads_as_Kiota_reads_it()
        {
            var json = new StringBuilder("{\"_links\":{\"self\":{\"href\":\"/api/v2/usage/total-mau\",\"type\":\"application/json\"}},\"metadata\":[");
            json.Append(string.Join(",", Enumerable.Range(0, 20).Select(i => "{\"environmentId\":\"env" + i + "\",\"sdkName\":\"sdk" + i + "\"}")));
            json.Append("],\"series\":[");
            json.Append(string.Join(",", Enumerable.Range(0, 365).Select(day =>
                "{\"time\":" + (1678924800000L + (day * 86400000L)).ToString(CultureInfo.InvariantCulture) + "," +
                string.Join(",", Enumerable.Range(0, 20).Select(s => "\"" + s + "\":" + ((day * 37) + (s * 1000)).ToString(CultureInfo.InvariantCulture))) + "}")));
            json.Append("]}");
            Assert.True(json.Length > 80_000);
            var model = await DifferentialRead.AssertSameObjectAsync(Ours, json.ToString(), SeriesListRep.CreateFromDiscriminatorValue);
            Assert.Equal(365, model!.Series!.Count);

            // Off the network the length is unknown and the body arrives in pieces: the pooled buffer grows as it reads.
            var streamed = await DifferentialRead.AssertSameObjectAsync(Ours, json.ToString(), SeriesListRep.CreateFromDiscriminatorValue, forwardOnly: true);
            Assert.Equal(DifferentialRead.Write(model), DifferentialRead.Write(streamed!));
        }

        [Fact]
        public async Task Untyped_values_stay_readable_after_the_pooled_buffer_is_reused()
        {
            var first = await DifferentialRead.AssertSameObjectAsync(Ours, "{\"_links\":{\"self\":{\"href\":\"/first\",\"list\":[1,2,3]}}}", SeriesListRep.CreateFromDiscriminatorValue);
            await DifferentialRead.AssertSameObjectAsync(Ours, "{\"_links\":{\"self\":{\"href\":\"/overwritten-by-a-second-read\",\"list\":[9,9,9,9,9]}}}", SeriesListRep.CreateFromDiscriminatorValue);
            var self = (UntypedObject)first!.Links!.AdditionalData["self"];
            Assert.Equal("/first", ((UntypedString)self.GetValue()["href"]).GetValue());
            Assert.Equal(new[] { 1, 2, 3 }, ((UntypedArray)self.GetValue()["list"]).GetValue().Select(n => ((UntypedInteger)n).GetValue()));
        }

        [Fact]
        public async Task Hooks_see_every_model_in_Kiota_s_order()
        {
            const string json = "{\"metadata\":[{\"sdkName\":\"a\"}],\"series\":[{\"0\":1},{\"0\":2}],\"_links\":{}}";
            Assert.Equal(await HookOrderAsync(new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory(), json), await HookOrderAsync(Ours, json));
        }

        private static async Task<List<string>> HookOrderAsync(IParseNodeFactory factory, string json)
        {
            var calls = new List<string>();
            var node = await factory.GetRootParseNodeAsync("application/json", new System.IO.MemoryStream(Encoding.UTF8.GetBytes(json)));
            node.OnBeforeAssignFieldValues = model => calls.Add("before " + model.GetType().Name);
            node.OnAfterAssignFieldValues = model => calls.Add("after " + model.GetType().Name);
            node.GetObjectValue(SeriesListRep.CreateFromDiscriminatorValue);
            return calls;
        }
    }
}
