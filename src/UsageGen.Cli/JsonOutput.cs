using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UsageGen.Cli
{
    /// <summary>
    /// Writes reports as indented JSON: <c>{"operation", "series": [{"key", "label", "metadata", "total", "points": [{"time",
    /// "timestamp", "value"}]}]}</c> for time series, <c>{"operation", "items": [{column: value}]}</c> for lists.
    /// </summary>
    internal static class JsonOutput
    {
        public static void Write(TextWriter writer, UsageReport report)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("operation", report.OperationId);
                switch (report)
                {
                    case SeriesReport series:
                        WriteSeries(json, series);
                        break;
                    case ListReport list:
                        WriteList(json, list);
                        break;
                }

                json.WriteEndObject();
            }

            writer.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        }

        private static void WriteSeries(Utf8JsonWriter json, SeriesReport report)
        {
            var totals = report.Totals();
            json.WriteBoolean("cumulative", report.Cumulative);
            json.WriteStartArray("series");
            for (var index = 0; index < report.Series.Count; index++)
            {
                var series = report.Series[index];
                json.WriteStartObject();
                json.WriteString("key", series.Key);
                json.WriteString("label", series.Label);
                json.WriteStartObject("metadata");
                foreach (var entry in series.Metadata)
                {
                    json.WritePropertyName(entry.Key);
                    WriteScalar(json, entry.Value);
                }

                json.WriteEndObject();
                json.WriteNumber("total", totals[index]);
                json.WriteStartArray("points");
                foreach (var point in report.Points)
                {
                    if (point.Values[index] is { } value)
                    {
                        json.WriteStartObject();
                        json.WriteString("time", ValueText.Time(point.Time));
                        json.WriteNumber("timestamp", point.Timestamp);
                        json.WriteNumber("value", value);
                        json.WriteEndObject();
                    }
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

        private static void WriteScalar(Utf8JsonWriter json, object? value)
        {
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case decimal number:
                    json.WriteNumberValue(number);
                    break;
                default:
                    json.WriteStringValue(value.ToString());
                    break;
            }
        }
    }
}
