using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>
    /// groupBy splits data into one series per distinct value (per combination for several dimensions), each
    /// described by a metadata entry; filters keep part of the data.
    /// </summary>
    public sealed class GroupingAndFilterTests : IClassFixture<EmulatorFixture>
    {
        private static readonly string[] SdkNames =
        {
            "android-client-sdk", "dotnet-server-sdk", "go-server-sdk", "java-server-sdk", "js-client-sdk",
            "node-server-sdk", "python-server-sdk", "react-client-sdk", "swift-client-sdk",
        };

        private readonly EmulatorFixture _fixture;

        public GroupingAndFilterTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
        }

        [Fact]
        public async Task Without_groupBy_there_is_one_series_with_empty_metadata()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync());

            var metadata = Assert.Single(data.Metadata);
            Assert.Empty(metadata);
        }

        [Fact]
        public async Task GroupBy_gives_one_series_per_value_that_add_up_to_the_ungrouped_series()
        {
            var client = _fixture.CreateClient();
            var all = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync());
            var bySdk = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName }));

            Assert.Equal(SdkNames, bySdk.Metadata.Select(entry => Assert.Single(entry).Value));
            Assert.All(bySdk.Metadata, entry => Assert.Equal("sdkName", Assert.Single(entry).Key));
            Assert.Equal(all.Times, bySdk.Times);
            Assert.Equal(all.Values(0), bySdk.Totals());
        }

        [Fact]
        public async Task Several_groupBy_dimensions_give_the_cartesian_product()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.TotalMau.GetAsync(c =>
                c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkType, MauGroupBy.AnonymousV2, MauGroupBy.ProjectId }));

            Assert.Equal(2 * 2 * 3, data.SeriesCount);
            var combinations = data.Metadata.Select(entry => (entry["sdkType"], entry["anonymousV2"], entry["projectId"])).ToHashSet();
            Assert.Equal(data.SeriesCount, combinations.Count);
            Assert.Equal(new[] { "client", "server" }, combinations.Select(c => c.Item1).Distinct().Order());
            Assert.Equal(new[] { "false", "true" }, combinations.Select(c => c.Item2).Distinct().Order());
            Assert.All(data.Metadata, entry => Assert.Matches("^[0-9a-f]{24}$", entry["projectId"]));
        }

        [Fact]
        public async Task Context_operations_always_group_by_context_kind()
        {
            var client = _fixture.CreateClient();
            var byKind = SeriesData.From(await client.Api.V2.Usage.TotalContexts.GetAsync());
            var bySdkTypeAndKind = SeriesData.From(await client.Api.V2.Usage.ServersideContexts.GetAsync(c => c.QueryParameters.GroupBy = new[] { SdkSideMauGroupBy.SdkName }));

            Assert.Equal(new[] { "device", "organization", "user" }, byKind.Metadata.Select(entry => Assert.Single(entry).Value));
            Assert.Equal(5 * 3, bySdkTypeAndKind.SeriesCount);
            Assert.All(bySdkTypeAndKind.Metadata, entry => Assert.Equal(new[] { "contextKind", "sdkName" }, entry.Keys.Order()));
            Assert.All(bySdkTypeAndKind.Metadata, entry => Assert.EndsWith("-server-sdk", entry["sdkName"], StringComparison.Ordinal));
        }

        [Fact]
        public async Task Filters_keep_only_the_matching_data()
        {
            var client = _fixture.CreateClient();
            var all = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync());
            var project = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.ProjectKey = new[] { "mobile-app" };
                c.QueryParameters.GroupBy = new[] { MauGroupBy.ProjectId };
            }));
            var environment = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.ProjectKey = new[] { "mobile-app" };
                c.QueryParameters.EnvironmentKey = new[] { "staging" };
            }));
            var sdks = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.SdkName = new[] { "go-server-sdk", "swift-client-sdk" };
                c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
            }));
            var anonymous = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.Anonymous = new[] { AnonymousFilter.True }));

            Assert.Equal("61b7e2d40f3a9c0011d7b101", Assert.Single(project.Metadata)["projectId"]);
            var projectValues = project.Values(0);
            AssertEverywhereSmaller(projectValues, all.Values(0));
            AssertEverywhereSmaller(environment.Values(0), projectValues);
            Assert.Equal(new[] { "go-server-sdk", "swift-client-sdk" }, sdks.Metadata.Select(entry => entry["sdkName"]));
            AssertEverywhereSmaller(anonymous.Values(0), all.Values(0));
        }

        [Fact]
        public async Task A_filter_value_the_account_does_not_have_matches_no_data()
        {
            var client = _fixture.CreateClient();
            var ungrouped = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c => c.QueryParameters.ProjectKey = new[] { "no-such-project" }));
            var grouped = SeriesData.From(await client.Api.V2.Usage.TotalMau.GetAsync(c =>
            {
                c.QueryParameters.SdkName = new[] { "no-such-sdk" };
                c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
            }));

            Assert.All(ungrouped.Values(0), value => Assert.Equal(0m, value));
            Assert.Equal(0, grouped.SeriesCount);
            Assert.Empty(grouped.Times);
        }

        [Fact]
        public async Task Context_kind_filter_keeps_only_that_kind()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.ClientsideContexts.GetAsync(c =>
                c.QueryParameters.ContextKind = new[] { "device" }));

            Assert.Equal("device", Assert.Single(Assert.Single(data.Metadata)).Value);
        }

        [Fact]
        public async Task Service_connection_minutes_are_fractional_and_group_by_connection_type()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.ServiceConnections.GetAsync(c =>
                c.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.ConnectionType }));

            Assert.Equal(new[] { "polling", "streaming" }, data.Metadata.Select(entry => entry["connectionType"]));
            AssertEverywhereSmaller(data.ValuesWhere("connectionType", "polling"), data.ValuesWhere("connectionType", "streaming"));
            Assert.Contains(data.Values(1), value => value != decimal.Truncate(value));
        }

        [Fact]
        public async Task Service_connections_group_and_filter_by_sdk_app_id()
        {
            var client = _fixture.CreateClient();
            var all = SeriesData.From(await client.Api.V2.Usage.ServiceConnections.GetAsync());
            var byApp = SeriesData.From(await client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
                c.QueryParameters.GroupBy = new[] { ServiceConnectionsGroupBy.SdkAppId }));
            var checkout = SeriesData.From(await client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
                c.QueryParameters.SdkAppId = new[] { "checkout-service" }));
            var goSdk = SeriesData.From(await client.Api.V2.Usage.ServiceConnections.GetAsync(c =>
                c.QueryParameters.SdkName = new[] { "go-server-sdk" }));

            // Only server-side SDKs hold service connections; each runs in one application.
            Assert.Equal(
                new[] { "billing-service", "checkout-service", "inventory-service", "recommendations", "storefront-api" },
                byApp.Metadata.Select(entry => Assert.Single(entry).Value));
            Assert.Equal(all.Values(0), byApp.Totals());
            Assert.Equal(byApp.ValuesWhere("sdkAppId", "checkout-service"), checkout.Values(0));
            Assert.Equal(goSdk.Values(0), checkout.Values(0));
        }

        [Fact]
        public async Task Ai_runs_come_from_the_sdks_that_record_them_and_split_by_sdk_version_and_type()
        {
            var client = _fixture.CreateClient();
            var all = SeriesData.From(await client.Api.V2.Usage.AiRuns.GetAsync());
            var byVersion = SeriesData.From(await client.Api.V2.Usage.AiRuns.GetAsync(c =>
                c.QueryParameters.GroupBy = new[] { AiRunsGroupBy.SdkName, AiRunsGroupBy.SdkVersion }));
            var byType = SeriesData.From(await client.Api.V2.Usage.AiRuns.GetAsync(c =>
                c.QueryParameters.GroupBy = new[] { AiRunsGroupBy.SdkType }));
            var clientSide = SeriesData.From(await client.Api.V2.Usage.AiRuns.GetAsync(c => c.QueryParameters.SdkType = new[] { "client" }));
            var node8 = SeriesData.From(await client.Api.V2.Usage.AiRuns.GetAsync(c =>
            {
                c.QueryParameters.SdkName = new[] { "node-server-sdk" };
                c.QueryParameters.SdkVersion = new[] { "8.2.0" };
            }));

            Assert.Equal(
                new[] { ("go-server-sdk", "7.3.1"), ("go-server-sdk", "7.4.0"), ("js-client-sdk", "3.1.2"), ("js-client-sdk", "3.4.0"), ("node-server-sdk", "8.2.0"), ("node-server-sdk", "9.0.1"), ("python-server-sdk", "9.3.0") },
                byVersion.Metadata.Select(entry => (entry["sdkName"], entry["sdkVersion"])));
            Assert.Equal(all.Values(0), byVersion.Totals());
            Assert.Equal(new[] { "client", "server" }, byType.Metadata.Select(entry => Assert.Single(entry).Value));
            Assert.Equal(byType.ValuesWhere("sdkType", "client"), clientSide.Values(0));
            AssertEverywhereSmaller(clientSide.Values(0), byType.ValuesWhere("sdkType", "server"));
            Assert.Equal(byVersion.Values(4), node8.Values(0));
        }

        [Fact]
        public async Task Ai_runs_group_by_project_and_environment_with_their_ids()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.AiRuns.GetAsync(c =>
            {
                c.QueryParameters.ProjectKey = new[] { "mobile-app" };
                c.QueryParameters.GroupBy = new[] { AiRunsGroupBy.ProjectId, AiRunsGroupBy.EnvironmentId };
            }));

            Assert.Equal(
                new[] { ("61b7e2d40f3a9c0011d7b101", "61b7e2d40f3a9c0011d7b102"), ("61b7e2d40f3a9c0011d7b101", "61b7e2d40f3a9c0011d7b103") },
                data.Metadata.Select(entry => (entry["projectId"], entry["environmentId"])));
            AssertEverywhereSmaller(data.Values(1), data.Values(0));
        }

        [Fact]
        public async Task Warehouse_export_groups_by_destination_and_filters_by_project_and_destination()
        {
            var client = _fixture.CreateClient();
            var all = SeriesData.From(await client.Api.V2.Usage.WarehouseExport.GetAsync());
            var byDestination = SeriesData.From(await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
                c.QueryParameters.GroupBy = new[] { WarehouseExportGroupBy.Destination }));
            var snowflakeByProject = SeriesData.From(await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
            {
                c.QueryParameters.Destination = new[] { WarehouseExportDestination.SnowflakeV2 };
                c.QueryParameters.GroupBy = new[] { WarehouseExportGroupBy.ProjectId };
            }));
            var clickhouseByProject = SeriesData.From(await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
            {
                c.QueryParameters.Destination = new[] { WarehouseExportDestination.Clickhouse };
                c.QueryParameters.GroupBy = new[] { WarehouseExportGroupBy.ProjectId };
            }));

            Assert.Equal(new[] { "bigquery", "clickhouse", "databricks", "redshift", "snowflake-v2" }, byDestination.Metadata.Select(entry => Assert.Single(entry).Value));
            Assert.Equal(all.Values(0), byDestination.Totals());
            Assert.Equal(new[] { "5f1a0c6e2b9d4e0012a4c001", "61b7e2d40f3a9c0011d7b101" }, snowflakeByProject.Metadata.Select(entry => entry["projectId"]));
            Assert.Equal(byDestination.ValuesWhere("destination", "snowflake-v2"), snowflakeByProject.Totals());
            Assert.Equal("63c4a9f27e1b5d0010e8f201", Assert.Single(clickhouseByProject.Metadata)["projectId"]);
        }

        [Fact]
        public async Task A_warehouse_destination_the_project_does_not_export_to_matches_no_data()
        {
            var client = _fixture.CreateClient();
            var ungrouped = SeriesData.From(await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
            {
                c.QueryParameters.ProjectKey = new[] { "default" };
                c.QueryParameters.Destination = new[] { WarehouseExportDestination.Databricks };
            }));
            var grouped = SeriesData.From(await client.Api.V2.Usage.WarehouseExport.GetAsync(c =>
            {
                c.QueryParameters.ProjectKey = new[] { "default" };
                c.QueryParameters.EnvironmentKey = new[] { "production" };
                c.QueryParameters.Destination = new[] { WarehouseExportDestination.Redshift };
                c.QueryParameters.GroupBy = new[] { WarehouseExportGroupBy.Destination };
            }));

            Assert.NotEmpty(ungrouped.Times);
            Assert.All(ungrouped.Values(0), value => Assert.Equal(0m, value));
            Assert.Equal(0, grouped.SeriesCount);
        }

#pragma warning disable CS0618 // getMauUsage is deprecated in the spec; the emulator still serves it.
        [Fact]
        public async Task Legacy_mau_groups_by_keys_and_sdk_display_names()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Mau.GetAsync(c =>
            {
                c.QueryParameters.Sdktype = new[] { SdkType.Client };
                c.QueryParameters.Groupby = new[] { LegacyMauGroupBy.Project, LegacyMauGroupBy.Sdk };
            }));

            Assert.Equal(3 * 4, data.SeriesCount);
            Assert.Equal(new[] { "default", "internal-tools", "mobile-app" }, data.Metadata.Select(entry => entry["project"]).Distinct());
            Assert.Equal(new[] { "Android", "JavaScript", "React", "iOS" }, data.Metadata.Select(entry => entry["sdk"]).Distinct());
        }
#pragma warning restore CS0618

        [Fact]
        public async Task Mau_by_category_has_browser_backend_and_mobile_series()
        {
#pragma warning disable CS0618 // getMauUsageByCategory is deprecated in the spec; the emulator still serves it.
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Mau.Bycategory.GetAsync());
#pragma warning restore CS0618

            Assert.Equal(new[] { "backend", "browser", "mobile" }, data.Metadata.Select(entry => Assert.Single(entry).Value));
        }

        [Fact]
        public async Task Evaluations_have_one_series_per_variation()
        {
            var data = SeriesData.From(await _fixture.CreateClient().Api.V2.Usage.Evaluations["mobile-app"]["production"]["new-onboarding"].GetAsync());

            Assert.InRange(data.SeriesCount, 2, 3);
            Assert.Equal(Enumerable.Range(0, data.SeriesCount).Select(index => index.ToString(System.Globalization.CultureInfo.InvariantCulture)), data.Metadata.Select(entry => entry["variation"]));
            AssertEverywhereSmaller(data.Values(1), data.Values(0));
        }

        [Fact]
        public async Task Stream_series_by_sdk_version_follow_the_sdk_and_version_filters()
        {
            var client = _fixture.CreateClient();
            var node = SeriesData.From(await client.Api.V2.Usage.Streams[StreamSource.Server].Bysdkversion.GetAsync(c => c.QueryParameters.Sdk = "Node.js"));
            var one = SeriesData.From(await client.Api.V2.Usage.Streams[StreamSource.Server].Bysdkversion.GetAsync(c =>
            {
                c.QueryParameters.Sdk = "Node.js";
                c.QueryParameters.Version = "9.0.1";
            }));
            var clientVersions = await client.Api.V2.Usage.Streams[StreamSource.Client].Sdkversions.GetAsync();

            Assert.Equal(new[] { ("Node.js", "8.2.0"), ("Node.js", "9.0.1") }, node.Metadata.Select(entry => (entry["sdk"], entry["version"])));
            Assert.Equal(("Node.js", "9.0.1"), Assert.Single(one.Metadata.Select(entry => (entry["sdk"], entry["version"]))));
            Assert.Equal(node.ValuesWhere("version", "9.0.1"), one.Values(0));
            Assert.DoesNotContain(clientVersions!.SdkVersions!, version => version.Sdk == "Node.js");
        }

        private static void AssertEverywhereSmaller(IReadOnlyList<decimal> smaller, IReadOnlyList<decimal> larger)
        {
            Assert.Equal(larger.Count, smaller.Count);
            Assert.All(smaller.Zip(larger), pair => Assert.True(pair.First < pair.Second, $"{pair.First} is not below {pair.Second}."));
        }
    }
}
