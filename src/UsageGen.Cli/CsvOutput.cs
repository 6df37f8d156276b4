using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace UsageGen.Cli
{
    /// <summary>Writes reports as RFC 4180 CSV: <c>time,series,value</c> rows for time series, the list's columns otherwise.</summary>
    internal static class CsvOutput
    {
        public static void Write(TextWriter writer, UsageReport report)
        {
            switch (report)
            {
                case SeriesReport series:
                    WriteRow(writer, new[] { "time", "series", "value" });
                    foreach (var point in series.Points)
                    {
                        for (var index = 0; index < series.Series.Count; index++)
                        {
                            if (point.Values[index] is { } value)
                            {
                                WriteRow(writer, new[] { ValueText.Time(point.Time), series.Series[index].Label, ValueText.Number(value) });
                            }
                        }
                    }

                    break;

                case ListReport list:
                    WriteRow(writer, list.Columns);
                    foreach (var row in list.Rows)
                    {
                        WriteRow(writer, row);
                    }

                    break;
            }
        }

        private static void WriteRow(TextWriter writer, IEnumerable<string> fields) =>
            writer.Write(string.Join(",", fields.Select(Quote)) + "\n");

        private static string Quote(string field) =>
            field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
