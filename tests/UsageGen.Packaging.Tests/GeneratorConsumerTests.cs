using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>
    /// A console app that references the UsageGen.Generator package (from the temporary feed) and the Kiota runtime,
    /// and adds an OpenAPI description with one AdditionalFiles line: no Import, no ProjectReference. The package's own
    /// props must make the item metadata visible, and its analyzer must generate a client that works over real HTTP.
    /// It does so on the Kiota 2.1 runtime line and on 1.22.1, for users who upgrade at their own pace; the
    /// LaunchDarkly and constructs descriptions are generated beside it, so all they cover compiles on both lines.
    /// </summary>
    [Collection(PackagesCollection.Name)]
    public sealed class GeneratorConsumerTests
    {
        private const string Route = "/api/v2/org/{org_id}/workspace/{workspace_id}/metrics/usage";

        /// <summary>Two days as tests/specs/workspace-metrics.yaml describes them: nullable counts, a date per day.</summary>
        private const string UsageBody = """[{"date":"2024-02-29","dau":null,"wau":7,"mau":461},{"date":"2024-03-01","dau":3,"wau":9,"mau":462}]""";

        private const string ProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- constructs.yaml has a cookie parameter on purpose, which the generator skips with UGEN013. -->
                <NoWarn>$(NoWarn);UGEN013</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="UsageGen.Generator" Version="[{VERSION}]" PrivateAssets="all" />
                <PackageReference Include="Microsoft.Kiota.Abstractions" Version="{KIOTA}" />
                <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="{KIOTA}" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="{KIOTA}" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="{KIOTA}" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="{KIOTA}" />
                <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="{KIOTA}" />
              </ItemGroup>
              <ItemGroup>
                <AdditionalFiles Include="workspace-metrics.yaml" UsageGenOpenApi="true" UsageGenClientClassName="MetricsClient" UsageGenClientNamespace="Consumer.Metrics" />
                <AdditionalFiles Include="launchdarkly-usage.yaml" UsageGenOpenApi="true" UsageGenClientClassName="UsageClient" UsageGenClientNamespace="Consumer.LaunchDarkly" />
                <AdditionalFiles Include="constructs.yaml" UsageGenOpenApi="true" UsageGenClientClassName="ConstructsClient" UsageGenClientNamespace="Consumer.Constructs" />
              </ItemGroup>
            </Project>
            """;

        private const string Program = """
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Threading.Tasks;
            using Consumer.Metrics;
            using Consumer.Metrics.Models;
            using Microsoft.Kiota.Abstractions.Authentication;
            using Microsoft.Kiota.Http.HttpClientLibrary;

            public static class Program
            {
                public static async Task<int> Main(string[] args)
                {
                    using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = args[0] };

                    List<UsageMetricSchema>? days = await new MetricsClient(adapter).Api.V2.Org["o1"].Workspace["w1"].Metrics.Usage.GetAsync(
                        c => c.QueryParameters.Metrics = new[] { MetricName.Wau, MetricName.Mau });

                    if (days is null)
                    {
                        Console.WriteLine("result: no body");
                        return 1;
                    }

                    Console.WriteLine("result: days=" + days.Count.ToString(CultureInfo.InvariantCulture));
                    foreach (var day in days)
                    {
                        var date = day.Date is { } value ? new DateTime(value.Year, value.Month, value.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null";
                        Console.WriteLine($"result: {date} dau={Format(day.Dau)} wau={Format(day.Wau)} mau={Format(day.Mau)}");
                    }

                    return 0;
                }

                private static string Format(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "null";
            }
            """;

        private readonly PackagedFeed _feed;

        public GeneratorConsumerTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        [Theory]
        [InlineData("2.1.6")]
        [InlineData("1.22.1")]
        public async Task Description_added_with_one_AdditionalFiles_line_becomes_a_working_client_generated_by_the_package(string kiota)
        {
            await using var server = await ConsumerApiServer.StartAsync(Route, UsageBody);
            var directory = _feed.CreateConsumerDirectory("generator-kiota-" + kiota);
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), ProjectFile.Replace("{VERSION}", _feed.Version, StringComparison.Ordinal).Replace("{KIOTA}", kiota, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "specs", "workspace-metrics.yaml"), Path.Combine(directory, "workspace-metrics.yaml"));
            File.Copy(Path.Combine(RepositoryPaths.Root, "spec", "launchdarkly-usage.yaml"), Path.Combine(directory, "launchdarkly-usage.yaml"));
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "specs", "constructs.yaml"), Path.Combine(directory, "constructs.yaml"));

            // Built on its own, with the generated sources written to disk, to inspect the build log and the generator's output.
            var build = await DotnetCli.RunAsync(directory, _feed.ConsumerEnvironment, new[] { "build", "-nodeReuse:false", "-p:EmitCompilerGeneratedFiles=true", "-clp:Summary" });

            Assert.True(build.ExitCode == 0, build.Describe());
            // TreatWarningsAsErrors covers the compiler and NuGet; MSBuild's own warnings would still pass, so look.
            Assert.True(build.Output.Contains("0 Warning(s)", StringComparison.Ordinal), build.Describe());
            Assert.DoesNotContain(build.Lines(), line => line.Contains(": warning ", StringComparison.Ordinal));

            // The client exists because the package's analyzer ran, with the names only the item metadata carries: the
            // metadata reached the compiler through the package's props alone.
            var generated = Path.Combine(directory, "obj", "Debug", "net10.0", "generated", "UsageGen.Generator", "UsageGen.Generator.OpenApiClientGenerator");
            Assert.True(Directory.Exists(generated), "No generator output under obj/Debug/net10.0/generated/UsageGen.Generator/. " + build.Describe());
            var files = Directory.GetFiles(generated).Select(Path.GetFileName).ToArray();
            Assert.Contains("Consumer.Metrics.MetricsClient.g.cs", files);
            Assert.Contains("Consumer.Metrics.Models.UsageMetricSchema.g.cs", files);
            Assert.Contains("Consumer.Metrics.Api.V2.Org.Item.Workspace.Item.Metrics.Usage.UsageRequestBuilder.g.cs", files);
            Assert.Contains("Consumer.LaunchDarkly.UsageClient.g.cs", files);
            // constructs.yaml has a /constructsClient path, so the client moves into that namespace, as Kiota moves it.
            Assert.Contains("Consumer.Constructs.ConstructsClient.ConstructsClient.g.cs", files);
            Assert.Contains("Microsoft.Kiota.Abstractions/" + kiota, RestoredPackages.InGraph(directory));
            Assert.Equal(_feed.FeedDirectory, Path.TrimEndingDirectorySeparator(RestoredPackages.SourceOf(_feed.PackagesDirectory, "UsageGen.Generator", _feed.Version) ?? "(not restored)"));
            // NuGet imported the props from the package (buildTransitive/ when present, else build/): nothing else did.
            var importedProps = File.ReadAllText(Path.Combine(directory, "obj", "Consumer.csproj.nuget.g.props")).Replace('\\', '/');
            Assert.Matches(
                new Regex($@"usagegen\.generator/{Regex.Escape(_feed.Version)}/(build|buildTransitive)/UsageGen\.Generator\.props", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                importedProps);

            var run = await DotnetCli.RunAsync(directory, _feed.ConsumerEnvironment, new[] { "run", "--no-build", "--", server.BaseAddress });

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.True(
                new[] { "result: days=2", "result: 2024-02-29 dau=null wau=7 mau=461", "result: 2024-03-01 dau=3 wau=9 mau=462" }
                    .SequenceEqual(run.Lines().Where(line => line.StartsWith("result:", StringComparison.Ordinal))),
                run.Describe());

            var request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v2/org/o1/workspace/w1/metrics/usage?metrics=wau&metrics=mau", request.RawTarget);
            Assert.Equal(new[] { "application/json" }, request.HeaderValues("Accept"));
        }

        /// <summary>A project that marks a description but forgets the Kiota runtime: one UGEN039 naming what to add, no CS0234 flood.</summary>
        [Fact]
        public async Task A_project_without_the_Kiota_runtime_gets_one_diagnostic_naming_the_packages()
        {
            var directory = _feed.CreateConsumerDirectory("generator-no-runtime");
            var project = string.Join('\n', ProjectFile.Replace("{VERSION}", _feed.Version, StringComparison.Ordinal).Split('\n').Where(line => !line.Contains("Microsoft.Kiota.", StringComparison.Ordinal)));
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), project);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), "public static class Program { public static int Main() => 0; }");
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "specs", "workspace-metrics.yaml"), Path.Combine(directory, "workspace-metrics.yaml"));
            File.Copy(Path.Combine(RepositoryPaths.Root, "spec", "launchdarkly-usage.yaml"), Path.Combine(directory, "launchdarkly-usage.yaml"));
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "specs", "constructs.yaml"), Path.Combine(directory, "constructs.yaml"));

            var build = await DotnetCli.RunAsync(directory, _feed.ConsumerEnvironment, new[] { "build", "-nodeReuse:false", "-clp:Summary" });

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("error UGEN039", build.Output, StringComparison.Ordinal);
            Assert.Contains("Microsoft.Kiota.Abstractions", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS0234", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS0246", build.Output, StringComparison.Ordinal);
        }
    }
}
