using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Testing;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// spec/launchdarkly-usage.yaml, through the client generated from it, against the vendor tables in spec/vendor/
    /// (what LaunchDarkly's AccountUsageBetaApi.md states). The vendor types every parameter as a string; the
    /// description is more exact by design, and these tests accept exactly those refinements: a parameter the prose
    /// says can be repeated is an array, values the prose lists are an enum, a timestamp whose unit the prose states
    /// has a companion converting to it. The required LD-API-Version header, which the pages omit, is a header of the
    /// generated requests and never a query parameter, so it takes no part here.
    /// </summary>
    public sealed class VendorTableTests : IClassFixture<StatusServer>
    {
        private static readonly Lazy<IReadOnlyList<GeneratedOperation>> Generated = new(() => GeneratedClient.Operations(DocumentedStatuses.ClientFor(new Uri("http://127.0.0.1:1/"))));

        private readonly StatusServer _server;

        public VendorTableTests(StatusServer server)
        {
            _server = server;
        }

        public static TheoryData<string> OperationIds()
        {
            var data = new TheoryData<string>();
            foreach (var operation in VendorTable.Operations)
            {
                data.Add(operation.OperationId);
            }

            return data;
        }

        [Fact]
        public void The_client_has_exactly_the_operations_the_page_lists()
        {
            var listed = VendorTable.Operations.Select(operation => operation.Method + " " + operation.Path);
            var generated = Generated.Value.Select(operation => operation.ToString());

            Assert.Equal(listed.Order(StringComparer.Ordinal), generated.Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(OperationIds))]
        public void Query_parameters_are_the_ones_the_page_lists(string operationId)
        {
            var vendor = VendorTable.Get(operationId);
            var generated = GeneratedClient.QueryParameters(Find(vendor).QueryParameters);

            var listed = vendor.Parameters.Where(parameter => !parameter.InPath).Select(parameter => parameter.Name);
            Assert.Equal(listed.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(OperationIds))]
        public void Path_parameters_are_the_ones_the_page_lists(string operationId)
        {
            var vendor = VendorTable.Get(operationId);

            var listed = vendor.Parameters.Where(parameter => parameter.InPath).Select(parameter => parameter.Name);
            Assert.Equal(listed.Order(StringComparer.Ordinal), Find(vendor).PathParameters.Keys.Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(OperationIds))]
        public void Parameters_the_page_says_can_be_repeated_are_arrays_and_only_those(string operationId)
        {
            var vendor = VendorTable.Get(operationId);
            var generated = GeneratedClient.QueryParameters(Find(vendor).QueryParameters);

            // A path parameter holds one value: the page never calls one repeatable.
            var mismatches = vendor.Parameters
                .Where(parameter => parameter.InPath ? parameter.Repeatable : parameter.Repeatable != generated[parameter.Name].PropertyType.IsArray)
                .Select(parameter => $"{parameter.Name}: page {(parameter.Repeatable ? "repeatable" : "single")}, client {(parameter.InPath ? "path" : generated[parameter.Name].PropertyType.Name)}")
                .ToArray();
            Assert.True(mismatches.Length == 0, string.Join(Environment.NewLine, mismatches));
        }

        [Theory]
        [MemberData(nameof(OperationIds))]
        public void Values_the_page_lists_are_the_values_of_the_generated_enums(string operationId)
        {
            var vendor = VendorTable.Get(operationId);
            var operation = Find(vendor);
            var query = GeneratedClient.QueryParameters(operation.QueryParameters);
            var mismatches = new List<string>();

            foreach (var parameter in vendor.Parameters)
            {
                // A path parameter with values gets an enum indexer beside the string one; no values, no enum.
                var enums = parameter.InPath
                    ? operation.PathParameters[parameter.Name].Select(GeneratedClient.EnumValues).OfType<IReadOnlyCollection<string>>().ToArray()
                    : new[] { GeneratedClient.EnumValues(query[parameter.Name]) }.OfType<IReadOnlyCollection<string>>().ToArray();
                var expected = parameter.Values.Count == 0 ? "any value" : Sorted(parameter.Values);
                var actual = enums.Length == 0 ? "any value" : string.Join(" / ", enums.Select(Sorted));
                if (actual != expected)
                {
                    mismatches.Add($"{parameter.Name}: page {expected}, client {actual}");
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
        }

        [Theory]
        [MemberData(nameof(OperationIds))]
        public void Timestamp_units_are_those_the_generated_companions_convert_to(string operationId)
        {
            var vendor = VendorTable.Get(operationId);
            var queryParameters = Find(vendor).QueryParameters;
            var generated = GeneratedClient.QueryParameters(queryParameters);

            // Unspecified both where the page names no unit and where the parameter is no timestamp: no companion.
            var mismatches = vendor.Parameters
                .Where(parameter => !parameter.InPath)
                .Select(parameter => (parameter.Name, Page: parameter.Unit ?? TimestampUnit.Unspecified, Client: GeneratedClient.TimestampUnitOf(queryParameters, generated[parameter.Name])))
                .Where(row => row.Page != row.Client)
                .Select(row => $"{row.Name}: page {row.Page}, client {row.Client}")
                .ToArray();
            Assert.True(mismatches.Length == 0, string.Join(Environment.NewLine, mismatches));
        }

        [Theory]
        [MemberData(nameof(OperationIds))]
        public void The_result_is_the_return_type_the_page_gives(string operationId)
        {
            var vendor = VendorTable.Get(operationId);

            Assert.Equal(vendor.Returns, PageSpelling(Find(vendor).ResultType()));
        }

        [Fact]
        public async Task Documented_error_statuses_are_those_the_generated_client_types()
        {
            Assert.All(VendorTable.Operations, operation => Assert.Equal(new[] { 200 }, operation.Statuses.Where(status => status < 400)));
            Assert.All(VendorTable.Operations, operation => Assert.Subset(DocumentedStatuses.Candidates.ToHashSet(), operation.Statuses.Where(status => status >= 400).ToHashSet()));
            var typed = await DocumentedStatuses.ProbeAsync(_server);

            var mismatches = VendorTable.Operations
                .Select(operation => (operation.OperationId, Page: string.Join(", ", operation.Statuses.Where(status => status >= 400).Order()), Client: string.Join(", ", typed.GetValueOrDefault(operation.Path, Array.Empty<int>()))))
                .Where(row => row.Page != row.Client)
                .Select(row => $"{row.OperationId}: page {row.Page}, client {row.Client}")
                .ToArray();
            Assert.True(mismatches.Length == 0, string.Join(Environment.NewLine, mismatches));
        }

        private static GeneratedOperation Find(VendorOperation vendor) =>
            Generated.Value.SingleOrDefault(operation => operation.Method == vendor.Method && operation.Template == vendor.Path)
                ?? throw new Xunit.Sdk.XunitException($"The client has no {vendor.Method} {vendor.Path} ({vendor.OperationId}).");

        // The page writes a list as Array<Model>; the client returns List<Model>.
        private static string PageSpelling(Type result) =>
            result.IsGenericType && result.GetGenericTypeDefinition() == typeof(List<>) ? $"Array<{result.GetGenericArguments()[0].Name}>"
            : result.IsArray ? $"Array<{result.GetElementType()!.Name}>"
            : result.Name;

        private static string Sorted(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));
    }
}
