using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using UsageGen.LaunchDarkly.Testing;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// The checked-in vendor tables (spec/vendor/*.tsv, copied next to the tests): what LaunchDarkly's page of the
    /// Account Usage (beta) API states, operation by operation. Read strictly, so a hand edit or a new column the tests
    /// do not know fails here rather than passing unnoticed.
    /// </summary>
    public static class VendorTable
    {
        private const string Nothing = "-";

        private static readonly string[] OperationColumns = { "operationId", "method", "path", "returns", "statuses" };
        private static readonly string[] ParameterColumns = { "operationId", "parameter", "in", "repeatable", "values", "unit" };

        private static readonly Lazy<IReadOnlyList<VendorOperation>> Loaded = new(Load);

        public static IReadOnlyList<VendorOperation> Operations => Loaded.Value;

        public static VendorOperation Get(string operationId) => Operations.Single(operation => operation.OperationId == operationId);

        private static IReadOnlyList<VendorOperation> Load()
        {
            var parameters = Rows("account-usage-parameters.tsv", ParameterColumns)
                .GroupBy(row => row[0], StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(Parameter).ToArray(), StringComparer.Ordinal);

            var operations = Rows("account-usage-operations.tsv", OperationColumns)
                .Select(row => new VendorOperation(
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4].Split(',').Select(status => int.Parse(status, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray(),
                    parameters.GetValueOrDefault(row[0], Array.Empty<VendorParameter>())))
                .ToArray();

            var orphans = parameters.Keys.Except(operations.Select(operation => operation.OperationId), StringComparer.Ordinal).ToArray();
            return orphans.Length == 0
                ? operations
                : throw new InvalidDataException("Parameters of operations the table does not list: " + string.Join(", ", orphans));
        }

        private static VendorParameter Parameter(string[] row) => new(
            row[1],
            row[2] switch
            {
                "path" => true,
                "query" => false,
                _ => throw new InvalidDataException($"{row[0]}.{row[1]}: 'in' is {row[2]}."),
            },
            row[3] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new InvalidDataException($"{row[0]}.{row[1]}: 'repeatable' is {row[3]}."),
            },
            row[4] == Nothing ? Array.Empty<string>() : row[4].Split(','),
            row[5] switch
            {
                "milliseconds" => TimestampUnit.Milliseconds,
                "seconds" => TimestampUnit.Seconds,
                "none" => TimestampUnit.Unspecified,
                Nothing => null,
                _ => throw new InvalidDataException($"{row[0]}.{row[1]}: 'unit' is {row[5]}."),
            });

        // '#' lines are the provenance header.
        private static IEnumerable<string[]> Rows(string file, string[] columns)
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "vendor", file))
                .Where(line => !line.StartsWith('#') && line.Length > 0)
                .Select(line => line.Split('\t'))
                .ToArray();
            if (lines.Length == 0 || !lines[0].SequenceEqual(columns))
            {
                throw new InvalidDataException($"{file}: the header is not {string.Join(", ", columns)}.");
            }

            var malformed = lines.Skip(1).FirstOrDefault(cells => cells.Length != columns.Length || cells.Any(string.IsNullOrEmpty));
            return malformed is null
                ? lines.Skip(1)
                : throw new InvalidDataException($"{file}: malformed row '{string.Join("\\t", malformed)}'.");
        }
    }
}
