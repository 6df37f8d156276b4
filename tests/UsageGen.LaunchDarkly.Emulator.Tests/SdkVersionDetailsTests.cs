using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;
using AllQuery = UsageGen.LaunchDarkly.Api.V2.Usage.SdkVersions.All.AllRequestBuilder.AllRequestBuilderGetQueryParameters;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>
    /// The SDK versions seen in the last 24 hours: <c>details</c> gives the highest version of each SDK per project,
    /// environment and application, <c>all</c> every version, narrowed by its filters; rows carry EOL metadata where
    /// LaunchDarkly has it and relay fields where the SDK connects through a Relay Proxy.
    /// </summary>
    public sealed class SdkVersionDetailsTests : IClassFixture<EmulatorFixture>
    {
        private const string DefaultProjectId = "5f1a0c6e2b9d4e0012a4c001";
        private const string DefaultProductionId = "5f1a0c6e2b9d4e0012a4c002";

        private readonly EmulatorFixture _fixture;

        public SdkVersionDetailsTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        [Fact]
        public async Task Details_has_the_highest_version_of_each_sdk_per_environment_and_all_has_every_version()
        {
            var details = await DetailsAsync();
            var all = await AllAsync();

            // 3 projects × 2 environments; 9 SDKs, 13 SDK versions.
            Assert.Equal(6 * 9, details.Count);
            Assert.Equal(6 * 13, all.Count);
            Assert.Equal(details.Count, details.Select(Key).Distinct().Count());
            foreach (var group in all.GroupBy(Key))
            {
                var highest = group.Max(detail => Version.Parse(detail.Version!));
                var detail = Assert.Single(details, candidate => Key(candidate) == group.Key);
                Assert.Equal(highest, Version.Parse(detail.Version!));
                Assert.Equivalent(group.Single(candidate => candidate.Version == detail.Version), detail, strict: true);
            }

            var goVersions = all.Where(detail => detail.Name == "go-server-sdk" && detail.EnvironmentId == DefaultProductionId).Select(detail => detail.Version);
            Assert.Equal(new[] { "7.4.0", "7.3.1" }, goVersions);
            Assert.Equal("7.4.0", Assert.Single(details, detail => detail.Name == "go-server-sdk" && detail.EnvironmentId == DefaultProductionId).Version);
        }

        [Fact]
        public async Task Every_eol_status_occurs_and_rows_without_eol_metadata_carry_no_eol_fields()
        {
            var all = await AllAsync();
            var details = await DetailsAsync();

            Assert.Equal(Enum.GetValues<SdkEolStatus>().Order(), all.Select(detail => detail.EolStatus).OfType<SdkEolStatus>().Distinct().Order());

            // details includes the SDKs LaunchDarkly has no EOL metadata for.
            var withoutMetadata = details.Where(detail => detail.EolStatus is null).ToArray();
            Assert.Equal(new[] { "react-client-sdk" }, withoutMetadata.Select(detail => detail.Name).Distinct());
            Assert.Equal(6, withoutMetadata.Length);
            Assert.All(withoutMetadata, detail => Assert.Equal((null, null), (detail.LdLatestVersion, detail.LatestReleaseUrl)));
            Assert.All(all.Where(detail => detail.EolStatus is not null), detail =>
            {
                Assert.True(Version.Parse(detail.LdLatestVersion!) >= Version.Parse(detail.Version!), $"{detail.Name} {detail.Version} is newer than {detail.LdLatestVersion}.");
                Assert.Equal($"https://github.com/launchdarkly/{detail.Name}/releases/tag/{detail.LdLatestVersion}", detail.LatestReleaseUrl);
            });

            // A past-EOL major still in use shows in all; details shows that SDK's current major.
            Assert.All(all.Where(detail => detail.Name == "node-server-sdk" && detail.Version == "8.2.0"), detail => Assert.Equal(SdkEolStatus.EolPast, detail.EolStatus));
            Assert.All(details.Where(detail => detail.Name == "node-server-sdk"), detail => Assert.Equal(("9.0.1", SdkEolStatus.EolAllClear), (detail.Version, detail.EolStatus)));
            Assert.All(all.Where(detail => detail.Version == "9.3.0"), detail => Assert.Equal(SdkEolStatus.EolUnknown, detail.EolStatus));
        }

        [Fact]
        public async Task Relay_fields_are_present_exactly_on_rows_that_connect_through_a_relay_proxy()
        {
            var all = await AllAsync();

            var proxied = all.Where(detail => detail.ConnectionType == "proxy").ToArray();
            var direct = all.Where(detail => detail.ConnectionType == "direct").ToArray();
            Assert.Equal(all.Count, proxied.Length + direct.Length);
            Assert.NotEmpty(proxied);
            Assert.All(proxied, detail =>
            {
                Assert.Equal("server", detail.Type);
                Assert.NotNull(detail.RelayVersion);
                Assert.NotNull(detail.RelayEolStatus);
                Assert.Equal("8.10.0", detail.RelayLatestVersion);
                Assert.Equal("https://github.com/launchdarkly/ld-relay/releases/tag/8.10.0", detail.RelayLatestReleaseUrl);
            });
            Assert.All(direct, detail => Assert.Equal((null, null, null, null), (detail.RelayVersion, detail.RelayEolStatus, detail.RelayLatestVersion, detail.RelayLatestReleaseUrl)));
            Assert.Equal(
                new[] { ("7.5.1", SdkEolStatus.EolPast), ("8.10.0", SdkEolStatus.EolAllClear) },
                proxied.Select(detail => (detail.RelayVersion!, detail.RelayEolStatus!.Value)).Distinct().OrderBy(pair => pair.Item1, StringComparer.Ordinal));

            // Client-side SDKs connect directly everywhere, server-side ones too where no relay runs.
            Assert.All(all.Where(detail => detail.Type != "server"), detail => Assert.Equal("direct", detail.ConnectionType));
            Assert.Contains(direct, detail => detail.Type == "server");
        }

        // Absent, as the description says ("only present when the SDK connects through a Relay Proxy"), not null.
        [Fact]
        public async Task Direct_rows_leave_the_relay_fields_out_of_the_json()
        {
            using var response = await Clients.RawGetAsync(_fixture.Emulator, "api/v2/usage/sdk-versions/all?connectionType=direct&sdkName=react-client-sdk", _fixture.Emulator.AccessToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
            Assert.Equal(6, json.RootElement.GetArrayLength());
            Assert.All(json.RootElement.EnumerateArray(), row => Assert.Equal(
                new[] { "applicationId", "connectionType", "environmentId", "environmentKey", "environmentName", "name", "projectId", "projectKey", "projectName", "type", "version" },
                row.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal)));
        }

        [Theory]
        [InlineData("environmentId", DefaultProductionId)]
        [InlineData("projectId", DefaultProjectId)]
        [InlineData("sdkName", "node-server-sdk")]
        [InlineData("sdkType", "mobile")]
        [InlineData("sdkAppId", "storefront-web")]
        [InlineData("connectionType", "proxy")]
        public async Task Each_filter_of_all_narrows_the_rows_to_those_matching_it(string filter, string value)
        {
            var all = await AllAsync();

            var filtered = await AllAsync(c => Set(c.QueryParameters, filter, value));

            Assert.NotEmpty(filtered);
            Assert.True(filtered.Count < all.Count, $"{filter}={value} kept all {all.Count} rows.");
            Assert.All(filtered, detail => Assert.Equal(value, Field(detail, filter)));
            Assert.Equal(all.Count(detail => Field(detail, filter) == value), filtered.Count);
        }

        [Theory]
        [InlineData("environmentId", "000000000000000000000000")]
        [InlineData("projectId", "no-such-project")]
        [InlineData("sdkName", "ruby-server-sdk")]
        [InlineData("sdkType", "client")]
        [InlineData("sdkAppId", "no-such-app")]
        [InlineData("connectionType", "polling")]
        public async Task A_filter_value_the_account_does_not_have_gives_an_empty_array(string filter, string value)
        {
            Assert.Empty(await AllAsync(c => Set(c.QueryParameters, filter, value)));
        }

        [Fact]
        public async Task Filters_of_all_combine()
        {
            var rows = await AllAsync(c =>
            {
                c.QueryParameters.ProjectId = DefaultProjectId;
                c.QueryParameters.SdkType = "server";
                c.QueryParameters.ConnectionType = "proxy";
            });

            // Only default's production environment runs a relay in that project: its five server SDKs, seven versions.
            Assert.Equal(7, rows.Count);
            Assert.All(rows, detail => Assert.Equal((DefaultProductionId, "8.10.0", SdkEolStatus.EolAllClear), (detail.EnvironmentId!, detail.RelayVersion!, detail.RelayEolStatus!.Value)));
            Assert.Equal(new[] { "dotnet-server-sdk", "go-server-sdk", "java-server-sdk", "node-server-sdk", "python-server-sdk" }, rows.Select(detail => detail.Name).Distinct());
        }

        [Fact]
        public async Task Rows_name_their_project_environment_and_application()
        {
            var row = Assert.Single(await AllAsync(c =>
            {
                c.QueryParameters.EnvironmentId = "61b7e2d40f3a9c0011d7b103";
                c.QueryParameters.SdkName = "swift-client-sdk";
            }));

            Assert.Equal(
                ("swift-client-sdk", "9.6.1", "mobile", "61b7e2d40f3a9c0011d7b101", "mobile-app", "Mobile App", "staging", "Staging", "com.example.storefront.ios"),
                (row.Name, row.Version, row.Type, row.ProjectId, row.ProjectKey, row.ProjectName, row.EnvironmentKey, row.EnvironmentName, row.ApplicationId));
            Assert.Equal(("10.1.0", SdkEolStatus.MajorVersionAvailable, "direct"), (row.LdLatestVersion, row.EolStatus, row.ConnectionType));
        }

        private static (string?, string?, string?, string?) Key(SdkVersionDetailsRep detail) =>
            (detail.ProjectId, detail.EnvironmentId, detail.Name, detail.ApplicationId);

        private static string? Field(SdkVersionDetailsRep detail, string filter) => filter switch
        {
            "environmentId" => detail.EnvironmentId,
            "projectId" => detail.ProjectId,
            "sdkName" => detail.Name,
            "sdkType" => detail.Type,
            "sdkAppId" => detail.ApplicationId,
            "connectionType" => detail.ConnectionType,
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Not a filter of sdk-versions/all."),
        };

        private static void Set(AllQuery parameters, string filter, string value)
        {
            switch (filter)
            {
                case "environmentId":
                    parameters.EnvironmentId = value;
                    break;
                case "projectId":
                    parameters.ProjectId = value;
                    break;
                case "sdkName":
                    parameters.SdkName = value;
                    break;
                case "sdkType":
                    parameters.SdkType = value;
                    break;
                case "sdkAppId":
                    parameters.SdkAppId = value;
                    break;
                case "connectionType":
                    parameters.ConnectionType = value;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(filter), filter, "Not a filter of sdk-versions/all.");
            }
        }

        private async Task<List<SdkVersionDetailsRep>> DetailsAsync()
        {
            var details = await _fixture.CreateClient().Api.V2.Usage.SdkVersions.Details.GetAsync();
            Assert.NotNull(details);
            return details;
        }

        private async Task<List<SdkVersionDetailsRep>> AllAsync(Action<RequestConfiguration<AllQuery>>? configure = null)
        {
            var all = await _fixture.CreateClient().Api.V2.Usage.SdkVersions.All.GetAsync(configure);
            Assert.NotNull(all);
            return all;
        }
    }
}
