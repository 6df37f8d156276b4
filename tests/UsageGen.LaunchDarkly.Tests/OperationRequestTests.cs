using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Testing;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>Every spec operation, called through the generated client, checked on the wire and in the parsed result.</summary>
    public sealed class OperationRequestTests : IClassFixture<UsageApiServer>
    {
        private readonly UsageApiServer _server;

        public OperationRequestTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        public static TheoryData<string> Operations()
        {
            var data = new TheoryData<string>();
            foreach (var operation in OperationCatalog.All)
            {
                data.Add(operation.OperationId);
            }

            return data;
        }

        // The generated client is where the description's operations arrive; the tests take them from there.
        [Fact]
        public void Catalog_covers_each_operation_of_the_generated_client_exactly_once()
        {
            var clientOperations = GeneratedClient.Operations(DocumentedStatuses.ClientFor(new Uri("http://127.0.0.1:1/")))
                .Select(operation => operation.Template)
                .Order(StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(27, clientOperations.Length);
            Assert.Equal(clientOperations, OperationCatalog.All.Select(operation => operation.PathTemplate).Order(StringComparer.Ordinal));
            Assert.Equal(OperationCatalog.All.Count, OperationCatalog.All.Select(operation => operation.OperationId).Distinct().Count());

            // The fake server maps the templates: each call must request a path of its own route and of no other.
            foreach (var operation in OperationCatalog.All)
            {
                foreach (var path in new[] { operation.EveryParameter.Path, operation.EmulatorValid.Path })
                {
                    Assert.Same(operation, Assert.Single(OperationCatalog.All, candidate => RoutePattern(candidate.PathTemplate).IsMatch(path)));
                }
            }
        }

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task Operation_sends_exact_path_query_and_headers(string operationId)
        {
            var call = OperationCatalog.Get(operationId).EveryParameter;

            await call.InvokeAsync(_server.CreateClient());

            var request = Assert.Single(_server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal(call.Path, request.Path);
            Assert.Equal(call.Path, request.RawPath);

            // Decoded key/value multiset: arrays exploded into repeated keys, enums as wire values, timestamps as integers.
            Assert.Equal(Sorted(call.ExpectedQuery), Sorted(request.QueryPairs()));

            // The values of a repeated key keep the order they were set in.
            foreach (var key in call.ExpectedQuery.Select(pair => pair.Key).Distinct())
            {
                Assert.Equal(ValuesOf(call.ExpectedQuery, key), ValuesOf(request.QueryPairs(), key));
            }

            // The raw form, order-insensitive: RFC 3986 percent-encoding (space as %20, '#' as %23, '/' as %2F).
            var expectedRaw = call.ExpectedQuery
                .Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value))
                .OrderBy(part => part, StringComparer.Ordinal);
            Assert.Equal(expectedRaw, request.RawQueryParts().OrderBy(part => part, StringComparer.Ordinal));

            // LaunchDarkly wants the raw token, no "Bearer" scheme.
            Assert.Equal(new[] { UsageApiServer.AccessToken }, request.HeaderValues("Authorization"));
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));
            Assert.Equal(new[] { "application/json" }, request.HeaderValues("Accept"));
        }

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task Operation_parses_the_spec_shaped_response(string operationId)
        {
            var operation = OperationCatalog.Get(operationId);

            var result = await operation.EveryParameter.InvokeAsync(_server.CreateClient());

            switch (operation.Kind)
            {
                case ResponseKind.SeriesList:
                    var series = Assert.IsType<SeriesListRep>(result);
                    Assert.Equal(operation.EveryParameter.Path, SelfHref(series.Links?.AdditionalData));
                    AssertSdkMetadata(series.Metadata);
                    Assert.Collection(
                        series.Series!,
                        slice => AssertSlice(slice.AdditionalData, UsageResponses.FirstTime, 11m, 15m),
                        slice => AssertSlice(slice.AdditionalData, UsageResponses.SecondTime, 12m, 17m));
                    break;

                case ResponseKind.SeriesListFloat:
                    var floats = Assert.IsType<SeriesListRepFloat>(result);
                    Assert.Equal(operation.EveryParameter.Path, SelfHref(floats.Links?.AdditionalData));
                    Assert.Collection(
                        floats.Metadata!,
                        metadata => Assert.Equal("streaming", metadata.AdditionalData["connectionType"]),
                        metadata => Assert.Equal("polling", metadata.AdditionalData["connectionType"]));
                    Assert.Collection(
                        floats.Series!,
                        slice => AssertSlice(slice.AdditionalData, UsageResponses.FirstTime, 12.5m, 0.25m),
                        slice => AssertSlice(slice.AdditionalData, UsageResponses.SecondTime, 3.75m, 0.001m));
                    break;

                case ResponseKind.SdkList:
                    var sdks = Assert.IsType<SdkListRep>(result);
                    Assert.Equal(operation.EveryParameter.Path, SelfHref(sdks.Links?.AdditionalData));
                    Assert.Equal(new[] { "Android", "Java", "Node.js" }, sdks.Sdks);
                    break;

                case ResponseKind.SdkVersionList:
                    var versions = Assert.IsType<SdkVersionListRep>(result);
                    Assert.Equal(operation.EveryParameter.Path, SelfHref(versions.Links?.AdditionalData));
                    Assert.Collection(
                        versions.SdkVersions!,
                        version => Assert.Equal(("Android", "3.1.2"), (version.Sdk, version.Version)),
                        version => Assert.Equal(("C", "2.4.6"), (version.Sdk, version.Version)));
                    break;

                case ResponseKind.SdkVersionDetailsList:
                    var details = Assert.IsType<List<SdkVersionDetailsRep>>(result);
                    Assert.Collection(details, AssertRelayedDetail, AssertDirectDetail);
                    break;

                default:
                    throw new InvalidOperationException($"Unexpected kind {operation.Kind}.");
            }
        }

        // Every field of the model, the two EOL statuses parsed into SdkEolStatus.
        private static void AssertRelayedDetail(SdkVersionDetailsRep detail)
        {
            Assert.Equal(("go-server-sdk", "7.3.1", "server"), (detail.Name, detail.Version, detail.Type));
            Assert.Equal(("5f1a0c6e2b9d4e0012a4c001", "default", "Default"), (detail.ProjectId, detail.ProjectKey, detail.ProjectName));
            Assert.Equal(("5f1a0c6e2b9d4e0012a4c002", "production", "Production"), (detail.EnvironmentId, detail.EnvironmentKey, detail.EnvironmentName));
            Assert.Equal("checkout-service", detail.ApplicationId);
            Assert.Equal("7.5.0", detail.LdLatestVersion);
            Assert.Equal(SdkEolStatus.EolNear, detail.EolStatus);
            Assert.Equal("https://github.com/launchdarkly/go-server-sdk/releases/tag/v7.5.0", detail.LatestReleaseUrl);
            Assert.Equal("proxy", detail.ConnectionType);
            Assert.Equal("7.5.1", detail.RelayVersion);
            Assert.Equal(SdkEolStatus.EolPast, detail.RelayEolStatus);
            Assert.Equal("8.10.0", detail.RelayLatestVersion);
            Assert.Equal("https://github.com/launchdarkly/ld-relay/releases/tag/v8.10.0", detail.RelayLatestReleaseUrl);
            Assert.Empty(detail.AdditionalData);
        }

        // The relay fields are absent, not empty, for an SDK that connects directly.
        private static void AssertDirectDetail(SdkVersionDetailsRep detail)
        {
            Assert.Equal(("android-client-sdk", "4.3.0", "mobile"), (detail.Name, detail.Version, detail.Type));
            Assert.Equal(("61b7e2d40f3a9c0011d7b101", "mobile-app", "Mobile App"), (detail.ProjectId, detail.ProjectKey, detail.ProjectName));
            Assert.Equal(("61b7e2d40f3a9c0011d7b103", "staging", "Staging"), (detail.EnvironmentId, detail.EnvironmentKey, detail.EnvironmentName));
            Assert.Equal("com.example.storefront", detail.ApplicationId);
            Assert.Equal("5.6.0", detail.LdLatestVersion);
            Assert.Equal(SdkEolStatus.MajorVersionAvailable, detail.EolStatus);
            Assert.Equal("https://github.com/launchdarkly/android-client-sdk/releases/tag/5.6.0", detail.LatestReleaseUrl);
            Assert.Equal("direct", detail.ConnectionType);
            Assert.Null(detail.RelayVersion);
            Assert.Null(detail.RelayEolStatus);
            Assert.Null(detail.RelayLatestVersion);
            Assert.Null(detail.RelayLatestReleaseUrl);
            Assert.Empty(detail.AdditionalData);
        }

        private static Regex RoutePattern(string template) =>
            new("^" + Regex.Replace(template, "\\{[^}]+\\}", "[^/]+") + "$");

        private static string[] Sorted(IEnumerable<KeyValuePair<string, string>> pairs) =>
            pairs.Select(pair => pair.Key + "=" + pair.Value).OrderBy(text => text, StringComparer.Ordinal).ToArray();

        private static string[] ValuesOf(IEnumerable<KeyValuePair<string, string>> pairs, string key) =>
            pairs.Where(pair => pair.Key == key).Select(pair => pair.Value).ToArray();

        // _links is a free-form object: Kiota keeps nested objects as UntypedNode values in AdditionalData.
        private static string? SelfHref(IDictionary<string, object>? links)
        {
            Assert.NotNull(links);
            var self = Assert.IsType<UntypedObject>(links["self"]).GetValue();
            Assert.Equal("application/json", Assert.IsType<UntypedString>(self["type"]).GetValue());
            return Assert.IsType<UntypedString>(self["href"]).GetValue();
        }

        private static void AssertSdkMetadata(List<SeriesMetadataRep>? metadata) =>
            Assert.Collection(
                metadata!,
                entry =>
                {
                    Assert.Equal("go-server-sdk", entry.AdditionalData["sdkName"]);
                    Assert.Equal("7.4.0", entry.AdditionalData["sdkVersion"]);
                },
                entry =>
                {
                    Assert.Equal("node-server-sdk", entry.AdditionalData["sdkName"]);
                    Assert.Equal("9.0.1", entry.AdditionalData["sdkVersion"]);
                });

        // A time slice is a property bag; Kiota's JSON parse node stores JSON numbers as decimal.
        private static void AssertSlice(IDictionary<string, object> slice, long time, decimal first, decimal second)
        {
            Assert.Equal(new[] { "0", "1", "time" }, slice.Keys.OrderBy(key => key, StringComparer.Ordinal));
            Assert.Equal(time, Assert.IsType<decimal>(slice["time"]));
            Assert.Equal(first, Assert.IsType<decimal>(slice["0"]));
            Assert.Equal(second, Assert.IsType<decimal>(slice["1"]));
        }
    }
}
