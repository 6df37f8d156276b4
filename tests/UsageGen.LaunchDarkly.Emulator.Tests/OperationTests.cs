using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Testing;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>Every operation of the spec, called through the generated client, answers 200 with its response schema.</summary>
    public sealed class OperationTests : IClassFixture<EmulatorFixture>
    {
        private readonly EmulatorFixture _fixture;

        public OperationTests(EmulatorFixture fixture)
        {
            _fixture = fixture;
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

        // The catalogue is checked against the generated client (OperationRequestTests); the emulator against both.
        [Fact]
        public void The_emulator_serves_exactly_the_paths_of_the_catalogue()
        {
            var catalogued = OperationCatalog.All.Select(operation => operation.PathTemplate).OrderBy(path => path, StringComparer.Ordinal).ToArray();

            var served = UsageOperations.All.Select(operation => operation.Template).OrderBy(path => path, StringComparer.Ordinal).ToArray();

            Assert.Equal(catalogued, served);
        }

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task Operation_answers_200_with_spec_shaped_data(string operationId)
        {
            var operation = OperationCatalog.Get(operationId);
            var call = operation.EmulatorValid;

            var result = await call.InvokeAsync(_fixture.CreateClient());

            switch (result)
            {
                case SeriesListRep series:
                    Assert.Equal(ResponseKind.SeriesList, operation.Kind);
                    Assert.StartsWith(call.Path, Links.SelfHref(series.Links?.AdditionalData), StringComparison.Ordinal);
                    AssertBelievable(SeriesData.From(series));
                    break;

                case SeriesListRepFloat floats:
                    Assert.Equal(ResponseKind.SeriesListFloat, operation.Kind);
                    Assert.StartsWith(call.Path, Links.SelfHref(floats.Links?.AdditionalData), StringComparison.Ordinal);
                    var data = SeriesData.From(floats);
                    AssertBelievable(data);
                    Assert.Contains(Enumerable.Range(0, data.SeriesCount).SelectMany(data.Values), value => value != decimal.Truncate(value));
                    break;

                case SdkListRep sdks:
                    Assert.Equal(ResponseKind.SdkList, operation.Kind);
                    Assert.Equal(call.Path, Links.SelfHref(sdks.Links?.AdditionalData).Split('?')[0]);
                    Assert.Equal(new[] { ".NET", "Go", "Java", "Node.js", "Python" }, sdks.Sdks);
                    break;

                case SdkVersionListRep versions:
                    Assert.Equal(ResponseKind.SdkVersionList, operation.Kind);
                    Assert.Equal(call.Path, Links.SelfHref(versions.Links?.AdditionalData));
                    Assert.NotEmpty(versions.SdkVersions!);
                    Assert.All(versions.SdkVersions!, version =>
                    {
                        Assert.False(string.IsNullOrEmpty(version.Sdk));
                        Assert.Matches(@"^\d+\.\d+\.\d+$", version.Version);
                    });
                    break;

                case List<SdkVersionDetailsRep> details:
                    Assert.Equal(ResponseKind.SdkVersionDetailsList, operation.Kind);
                    Assert.NotEmpty(details);
                    Assert.All(details, detail =>
                    {
                        Assert.False(string.IsNullOrEmpty(detail.Name));
                        Assert.Matches(@"^\d+\.\d+\.\d+$", detail.Version);
                        Assert.Matches("^[0-9a-f]{24}$", detail.ProjectId);
                        Assert.Matches("^[0-9a-f]{24}$", detail.EnvironmentId);
                        Assert.Contains(detail.ConnectionType, new[] { "direct", "proxy" });
                    });
                    break;

                default:
                    throw new InvalidOperationException($"{operationId} returned {result?.GetType().Name ?? "null"}.");
            }
        }

        // Some series, some points, counts that are never negative and not all zero.
        private static void AssertBelievable(SeriesData data)
        {
            Assert.NotEmpty(data.Times);
            Assert.NotEqual(0, data.SeriesCount);
            var values = Enumerable.Range(0, data.SeriesCount).SelectMany(data.Values).ToArray();
            Assert.All(values, value => Assert.True(value >= 0, $"{value} is negative."));
            Assert.Contains(values, value => value > 0);
        }
    }
}
