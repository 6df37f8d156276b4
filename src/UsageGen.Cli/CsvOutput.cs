using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;

namespace UsageGen.Cli
{
    /// <summary>Writes reports as RFC 4180 CSV: <c>time,series,value</c> rows for time series, the list's columns otherwise.</summary>
    internal static class CsvOutput
    {
        public static void Write(TextWriter writer, UsageReport report)
        {
            switch (report)
            {
                case SeriesReport<long> counts:
                    WriteSeries(writer, counts);
                    break;
                case SeriesReport<double> fractions:
                    WriteSeries(writer, fractions);
                    break;
                case ListReport list:
                    WriteRow(writer, list.Columns);
                    foreach (var row in list.Rows)
                    {
                        WriteRow(writer, row.Select(cell => cell ?? string.Empty));
                    }

                    break;
            }
        }

        // One row per value, by time and then in the order of the series.
        private static void WriteSeries<TValue>(TextWriter writer, SeriesReport<TValue> report)
            where TValue : INumber<TValue>
        {
            WriteRow(writer, new[] { "time", "series", "value" });
            var rows = report.Series
                .SelectMany((series, index) => series.Points.Select(point => (point.Time, Index: index, series.Label, point.Value)))
                .OrderBy(row => row.Time)
                .ThenBy(row => row.Index);
            foreach (var row in rows)
            {
                WriteRow(writer, new[] { ValueText.Time(row.Time), row.Label, ValueText.Number(row.Value) });
            }
        }

        private static void WriteRow(TextWriter writer, IEnumerable<string> fields) =>
            writer.Write(string.Join(",", fields.Select(Quote)) + "\n");

        private static string Quote(string field) =>
            field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
