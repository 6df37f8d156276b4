using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using UsageGen.LaunchDarkly.Testing;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>
    /// The emulator's own tables (routes, query parameters, closed value sets, timestamp units, documented error
    /// statuses) against the client generated from spec/launchdarkly-usage.yaml. The emulator never reads the
    /// description, so the two are independent: whichever drifts, a test here fails.
    /// </summary>
    public sealed class ClientAgreementTests : IClassFixture<StatusServer>
    {
        /// <summary>
        /// The one closed set the emulator keeps that the description states only in prose: the legacy MAU operation's
        /// <c>anonymous</c> ("either anonymous or nonanonymous users"), a plain string in the client.
        /// </summary>
        private static readonly (string Template, string Parameter) ProseOnlyValues = ("/api/v2/usage/mau", "anonymous");

        private readonly StatusServer _server;

        public ClientAgreementTests(StatusServer server)
        {
            _server = server;
        }

        public static TheoryData<string> Templates()
        {
            var data = new TheoryData<string>();
            foreach (var operation in UsageOperations.All)
            {
                data.Add(operation.Template);
            }

            return data;
        }

        [Fact]
        public void The_client_has_exactly_the_operations_the_emulator_serves()
        {
            var generated = GeneratedClient.Operations(DocumentedStatuses.ClientFor(new Uri("http://127.0.0.1:1/"))).Select(operation => operation.ToString());
            var served = UsageOperations.All.Select(operation => "GET " + operation.Template);

            Assert.Equal(served.Order(StringComparer.Ordinal), generated.Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Templates))]
        public void Query_parameters_are_the_wire_names_of_the_generated_query_parameters_class(string template)
        {
            var emulator = Emulated(template);
            var generated = GeneratedClient.QueryParameters(Generated(template).QueryParameters);

            var names = emulator.QueryParameters.Select(parameter => parameter.Name).ToArray();
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Templates))]
        public void Closed_value_sets_are_the_values_of_the_generated_enums(string template)
        {
            var emulator = Emulated(template);
            var generated = GeneratedClient.QueryParameters(Generated(template).QueryParameters);
            var mismatches = new List<string>();

            foreach (var parameter in emulator.QueryParameters)
            {
                Assert.True(generated.TryGetValue(parameter.Name, out var property), $"The client has no query parameter {parameter.Name}.");
                var expected = GeneratedClient.EnumValues(property);
                if ((template, parameter.Name) == ProseOnlyValues)
                {
                    Assert.Null(expected);
                    Assert.Equal("false, true", Sorted(parameter.AllowedValues));
                    continue;
                }

                if (Sorted(expected) != Sorted(parameter.AllowedValues))
                {
                    mismatches.Add($"{parameter.Name}: client {Sorted(expected) ?? "any value"}, emulator {Sorted(parameter.AllowedValues) ?? "any value"}");
                }
            }

            Assert.True(mismatches.Count == 0, template + Environment.NewLine + string.Join(Environment.NewLine, mismatches));
        }

        [Theory]
        [MemberData(nameof(Templates))]
        public void The_timestamp_unit_is_the_one_the_generated_companions_convert_to(string template)
        {
            var emulator = Emulated(template);
            var generated = Generated(template);
            var properties = GeneratedClient.QueryParameters(generated.QueryParameters);

            var units = new[] { "from", "to" }
                .Where(properties.ContainsKey)
                .Select(name => GeneratedClient.TimestampUnitOf(generated.QueryParameters, properties[name]))
                .Distinct()
                .ToArray();

            Assert.True(units.Length <= 1, $"from and to convert to different units: {string.Join(", ", units)}.");
            Assert.Equal(units.Length == 0 ? null : units[0].ToString(), emulator.Unit?.ToString());
        }

        [Fact]
        public async Task Documented_error_statuses_are_those_the_generated_client_types()
        {
            var typed = await DocumentedStatuses.ProbeAsync(_server);

            var emulated = UsageOperations.All.ToDictionary(operation => operation.Template, operation => Describe(operation.DocumentedErrorStatuses.Order()), StringComparer.Ordinal);
            var mismatches = typed.Keys.Union(emulated.Keys)
                .Order(StringComparer.Ordinal)
                .Select(template => (Template: template, Client: typed.TryGetValue(template, out var list) ? Describe(list) : "(no operation)", Emulator: emulated.GetValueOrDefault(template, "(not served)")))
                .Where(row => row.Client != row.Emulator)
                .Select(row => $"{row.Template}: client {row.Client}, emulator {row.Emulator}")
                .ToArray();
            Assert.True(mismatches.Length == 0, string.Join(Environment.NewLine, mismatches));
        }

        private static UsageOperation Emulated(string template) => UsageOperations.All.Single(operation => operation.Template == template);

        private static GeneratedOperation Generated(string template) =>
            Assert.Single(GeneratedClient.Operations(DocumentedStatuses.ClientFor(new Uri("http://127.0.0.1:1/"))), operation => operation.Method == "GET" && operation.Template == template);

        private static string Describe(IEnumerable<int> statuses) => string.Join(", ", statuses);

        private static string? Sorted(IEnumerable<string>? values) =>
            values is null ? null : string.Join(", ", values.Order(StringComparer.Ordinal));
    }
}
