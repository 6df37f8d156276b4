using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.Packaging.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Packaging.Tests
{
    /// <summary>
    /// A console app that references only the UsageGen.LaunchDarkly package (from the temporary feed) restores, builds
    /// with warnings as errors, and calls the usage API over real HTTP.
    /// </summary>
    [Collection(PackagesCollection.Name)]
    public sealed class LaunchDarklyConsumerTests
    {
        private const string Token = "api-0000aaaa-packaging-test";

        /// <summary>A SeriesListRep as LaunchDarkly sends it for total MAU grouped by SDK name.</summary>
        private const string TotalMauBody = """{"_links":{},"metadata":[{"sdkName":"go"}],"series":[{"time":1700000000000,"0":11}]}""";

        private const string ProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="UsageGen.LaunchDarkly" Version="[{VERSION}]" />
              </ItemGroup>
            </Project>
            """;

        private const string Program = """
            using System;
            using System.Globalization;
            using System.Threading.Tasks;
            using UsageGen.LaunchDarkly;
            using UsageGen.LaunchDarkly.Models;

            public static class Program
            {
                public static async Task<int> Main(string[] args)
                {
                    var client = LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
                    {
                        AccessToken = args[1],
                        BaseUrl = new Uri(args[0]),
                    });

                    SeriesListRep? mau = await client.Api.V2.Usage.TotalMau.GetAsync(c =>
                    {
                        c.QueryParameters.From = 1700000000000L;
                        c.QueryParameters.GroupBy = new[] { MauGroupBy.SdkName };
                    });

                    if (mau?.Series is null || mau.Series.Count == 0 || mau.Metadata is null || mau.Metadata.Count == 0)
                    {
                        Console.WriteLine("result: no series or no metadata");
                        return 1;
                    }

                    var first = mau.Series[0].AdditionalData;
                    Console.WriteLine("result: points=" + mau.Series.Count.ToString(CultureInfo.InvariantCulture));
                    Console.WriteLine("result: time=" + Format(first["time"]));
                    Console.WriteLine("result: 0=" + Format(first["0"]));
                    Console.WriteLine("result: sdkName=" + Format(mau.Metadata[0].AdditionalData["sdkName"]));
                    return 0;
                }

                private static string Format(object? value) =>
                    value is null ? "null" : value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture);
            }
            """;

        /// <summary>
        /// The client from dependency injection with every log at Trace, on the Microsoft.Extensions 8.x line the package
        /// brings to a consumer that has no newer one: header values must be redacted by the client itself there.
        /// </summary>
        private const string DependencyInjectionProgram = """
            using System;
            using System.Collections.Concurrent;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;
            using UsageGen.LaunchDarkly;

            public static class Program
            {
                public static async Task<int> Main(string[] args)
                {
                    var messages = new ConcurrentQueue<string>();
                    var services = new ServiceCollection();
                    services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new QueueLoggerProvider(messages)));
                    services.AddLaunchDarklyUsageClient(options =>
                    {
                        options.AccessToken = args[1];
                        options.BaseUrl = new Uri(args[0]);
                    });
                    using var provider = services.BuildServiceProvider();

                    var mau = await provider.GetRequiredService<LaunchDarklyUsageClient>().Api.V2.Usage.TotalMau.GetAsync();

                    Console.WriteLine("result: series=" + (mau?.Series?.Count ?? -1));
                    Console.WriteLine("result: authorization-logged=" + messages.Any(message => message.Contains("Authorization: *", StringComparison.Ordinal)));
                    Console.WriteLine("result: token-logged=" + messages.Any(message => message.Contains(args[1], StringComparison.Ordinal)));
                    return 0;
                }

                private sealed class QueueLoggerProvider(ConcurrentQueue<string> messages) : ILoggerProvider
                {
                    public ILogger CreateLogger(string categoryName) => new QueueLogger(messages);

                    public void Dispose()
                    {
                    }
                }

                private sealed class QueueLogger(ConcurrentQueue<string> messages) : ILogger
                {
                    public IDisposable? BeginScope<TState>(TState state)
                        where TState : notnull => null;

                    public bool IsEnabled(LogLevel logLevel) => true;

                    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                        messages.Enqueue(formatter(state, exception));
                }
            }
            """;

        private readonly PackagedFeed _feed;

        public LaunchDarklyConsumerTests(PackagedFeed feed)
        {
            _feed = feed;
        }

        [Fact]
        public async Task Console_app_on_the_client_package_alone_gets_total_MAU_with_the_token_and_beta_header()
        {
            await using var server = await ConsumerApiServer.StartAsync("/api/v2/usage/total-mau", TotalMauBody);
            var directory = _feed.CreateConsumerDirectory("launchdarkly-client");
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), ProjectFile.Replace("{VERSION}", _feed.Version, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);

            // Restore, build (warnings are errors) and run, as a user's first `dotnet run` would.
            var run = await DotnetCli.RunAsync(directory, _feed.ConsumerEnvironment, new[] { "run", "--", server.BaseAddress, Token });

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.True(
                new[] { "result: points=1", "result: time=Decimal:1700000000000", "result: 0=Decimal:11", "result: sdkName=String:go" }
                    .SequenceEqual(run.Lines().Where(line => line.StartsWith("result:", StringComparison.Ordinal))),
                run.Describe());

            var request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v2/usage/total-mau?from=1700000000000&groupBy=sdkName", request.RawTarget);
            // LaunchDarkly takes the token raw, without a scheme, and serves the usage API only under the beta version.
            Assert.Equal(new[] { Token }, request.HeaderValues("Authorization"));
            Assert.Equal(new[] { "beta" }, request.HeaderValues("LD-API-Version"));

            // The client came from the feed, and brought its runtime but not the generator or its YAML parser.
            Assert.Equal(_feed.FeedDirectory, Path.TrimEndingDirectorySeparator(RestoredPackages.SourceOf(_feed.PackagesDirectory, "UsageGen.LaunchDarkly", _feed.Version) ?? "(not restored)"));
            var graph = RestoredPackages.InGraph(directory);
            Assert.Contains("UsageGen.LaunchDarkly/" + _feed.Version, graph);
            Assert.Contains("Microsoft.Kiota.Http.HttpClientLibrary/2.1.6", graph);
            Assert.Contains("Microsoft.Extensions.Http/8.0.1", graph);
            Assert.DoesNotContain(graph, library => library.StartsWith("UsageGen.Generator/", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(graph, library => library.StartsWith("YamlDotNet/", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public async Task Dependency_injection_on_Microsoft_Extensions_8_logs_no_header_value()
        {
            await using var server = await ConsumerApiServer.StartAsync("/api/v2/usage/total-mau", TotalMauBody);
            var directory = _feed.CreateConsumerDirectory("launchdarkly-dependency-injection");
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), ProjectFile.Replace("{VERSION}", _feed.Version, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(directory, "Program.cs"), DependencyInjectionProgram);

            var run = await DotnetCli.RunAsync(directory, _feed.ConsumerEnvironment, new[] { "run", "--", server.BaseAddress, Token });

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.True(
                new[] { "result: series=1", "result: authorization-logged=True", "result: token-logged=False" }
                    .SequenceEqual(run.Lines().Where(line => line.StartsWith("result:", StringComparison.Ordinal))),
                run.Describe());
            Assert.Contains("Microsoft.Extensions.Http/8.0.1", RestoredPackages.InGraph(directory));
            Assert.Equal(new[] { Token }, Assert.Single(server.Requests).HeaderValues("Authorization"));
        }
    }
}
