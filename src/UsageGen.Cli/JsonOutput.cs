using System.IO;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UsageGen.Cli
{
    /// <summary>
    /// Writes reports as indented JSON: <c>{"command", "path", "demo", "cumulative", "aggregation", "series": [{"key",
    /// "label", "metadata", "total", "points": [{"time", "timestamp", "value"}]}]}</c> for time series, with
    /// <c>timestamp</c> in Unix milliseconds, whatever unit the service sent, and <c>aggregation</c> only when the
    /// operation has one; <c>{"command", "path", "demo", "items": [{column: value or null}]}</c> for lists.
    /// <c>demo</c> is true when the data is the local emulator's samples.
    /// </summary>
    internal static class JsonOutput
    {
        public static void Write(TextWriter writer, UsageReport report)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("command", report.Command);
                json.WriteString("path", report.Path);
                json.WriteBoolean("demo", report.Demo);
                switch (report)
                {
                    case SeriesReport<long> counts:
                        WriteSeries(json, counts);
                        break;
                    case SeriesReport<double> fractions:
                        WriteSeries(json, fractions);
                        break;
                    case ListReport list:
                        WriteList(json, list);
                        break;
                }

                json.WriteEndObject();
            }

            writer.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        }

        private static void WriteSeries<TValue>(Utf8JsonWriter json, SeriesReport<TValue> report)
            where TValue : INumber<TValue>
        {
            json.WriteBoolean("cumulative", report.Cumulative);
            if (report.Aggregation is { } aggregation)
            {
                json.WriteString("aggregation", aggregation);
            }

            json.WriteStartArray("series");
            foreach (var series in report.Series)
            {
                json.WriteStartObject();
                json.WriteString("key", series.Key);
                json.WriteString("label", series.Label);
                json.WriteStartObject("metadata");
                foreach (var entry in series.Metadata)
                {
                    json.WriteString(entry.Key, entry.Value);
                }

                json.WriteEndObject();
                json.WriteNumber("total", ValueText.Decimal(report.Total(series)));
                json.WriteStartArray("points");
                foreach (var point in series.Points)
                {
                    json.WriteStartObject();
                    json.WriteString("time", ValueText.Time(point.Time));
                    json.WriteNumber("timestamp", point.Time.ToUnixTimeMilliseconds());
                    json.WriteNumber("value", ValueText.Decimal(point.Value));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteList(Utf8JsonWriter json, ListReport report)
        {
            json.WriteStartArray("items");
            foreach (var row in report.Rows)
            {
                json.WriteStartObject();
                for (var column = 0; column < report.Columns.Count; column++)
                {
                    json.WriteString(report.Columns[column], row[column]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }
}
