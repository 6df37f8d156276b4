using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UsageGen.Benchmarks;

/// <summary>
/// A usage response body in SeriesListRep's wire shape, written the way the emulator writes it: <c>_links.self</c>
/// with href and type, one metadata object per series (the group's values), then one time slice per period with
/// <c>time</c> (Unix milliseconds) and the series keys <c>"0"</c>, <c>"1"</c>… holding integer counts.
/// </summary>
internal static class UsageResponseBody
{
    private static readonly DateTimeOffset FirstDay = new(2023, 3, 16, 0, 0, 0, TimeSpan.Zero);

    // The emulator's catalog: environment ids of its three projects and its nine server- and client-side SDKs.
    private static readonly string[] EnvironmentIds =
    {
        "5f1a0c6e2b9d4e0012a4c002", "5f1a0c6e2b9d4e0012a4c003", "61b7e2d40f3a9c0011d7b102",
        "61b7e2d40f3a9c0011d7b103", "63c4a9f27e1b5d0010e8f202", "63c4a9f27e1b5d0010e8f203",
    };

    private static readonly string[] SdkNames =
    {
        "android-client-sdk", "dotnet-server-sdk", "go-server-sdk", "java-server-sdk", "js-client-sdk",
        "node-server-sdk", "python-server-sdk", "react-client-sdk", "swift-client-sdk",
    };

    /// <summary>
    /// Daily month-to-date MAU grouped by environment and SDK (<c>groupBy=environmentId&amp;groupBy=sdkName</c>):
    /// <paramref name="days"/> points × <paramref name="seriesCount"/> series, the same bytes on every call.
    /// </summary>
    public static byte[] Create(int days, int seriesCount)
    {
        var from = FirstDay.ToUnixTimeMilliseconds();
        var to = FirstDay.AddDays(days).ToUnixTimeMilliseconds();
        var random = new SplitMix64(42);
        var dailyActive = new long[seriesCount];
        for (var series = 0; series < seriesCount; series++)
        {
            dailyActive[series] = 50 + (long)(random.Next() % 4_000);
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("_links");
            json.WriteStartObject("self");
            json.WriteString("href", string.Create(CultureInfo.InvariantCulture, $"/api/v2/usage/total-mau?from={from}&to={to}&groupBy=environmentId&groupBy=sdkName"));
            json.WriteString("type", "application/json");
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("metadata");
            for (var series = 0; series < seriesCount; series++)
            {
                json.WriteStartObject();
                json.WriteString("environmentId", EnvironmentIds[series / SdkNames.Length % EnvironmentIds.Length]);
                json.WriteString("sdkName", SdkNames[series % SdkNames.Length]);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // Month-to-date counts: they grow through each month and fall back on the first.
            var monthToDate = new long[seriesCount];
            json.WriteStartArray("series");
            for (var day = 0; day < days; day++)
            {
                var time = FirstDay.AddDays(day);
                json.WriteStartObject();
                json.WriteNumber("time", time.ToUnixTimeMilliseconds());
                for (var series = 0; series < seriesCount; series++)
                {
                    if (time.Day == 1)
                    {
                        monthToDate[series] = 0;
                    }

                    monthToDate[series] += dailyActive[series] * (80 + (long)(random.Next() % 41)) / 100;
                    json.WriteNumber(series.ToString(CultureInfo.InvariantCulture), monthToDate[series]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
