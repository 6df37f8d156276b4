using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The JSON bodies of the spec: SeriesListRep(Float), SdkListRep, SdkVersionListRep, arrays of
    /// SdkVersionDetailsRep and the error shape.
    /// </summary>
    internal static class JsonBodies
    {
        // Relaxed escaping keeps hrefs readable ('&' rather than \u0026); bodies are never embedded in HTML.
        private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static byte[] Error(string code, string message) => Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            json.WriteString("message", message);
            json.WriteEndObject();
        });

        public static byte[] SeriesList(string selfHref, SeriesResult result) => Write(json =>
        {
            json.WriteStartObject();
            WriteLinks(json, selfHref);
            json.WriteStartArray("metadata");
            foreach (var metadata in result.Metadata)
            {
                metadata.WriteTo(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("series");
            foreach (var point in result.Points)
            {
                json.WriteStartObject();
                json.WriteNumber("time", point.Time.ToUnixTimeMilliseconds());
                for (var index = 0; index < point.Values.Count; index++)
                {
                    json.WriteNumber(index.ToString(CultureInfo.InvariantCulture), point.Values[index]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

        public static byte[] SdkList(string selfHref, IEnumerable<string> sdks) => Write(json =>
        {
            json.WriteStartObject();
            WriteLinks(json, selfHref);
            json.WriteStartArray("sdks");
            foreach (var sdk in sdks)
            {
                json.WriteStringValue(sdk);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

        public static byte[] SdkVersionList(string selfHref, IEnumerable<(string Sdk, string Version)> versions) => Write(json =>
        {
            json.WriteStartObject();
            WriteLinks(json, selfHref);
            json.WriteStartArray("sdkVersions");
            foreach (var (sdk, version) in versions)
            {
                json.WriteStartObject();
                json.WriteString("sdk", sdk);
                json.WriteString("version", version);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

        /// <summary>A top-level array; fields the emulator has no value for (EOL metadata, relay) are left out.</summary>
        public static byte[] SdkVersionDetails(IEnumerable<SdkVersionDetail> details) => Write(json =>
        {
            json.WriteStartArray();
            foreach (var detail in details)
            {
                json.WriteStartObject();
                json.WriteString("name", detail.Sdk.Name);
                json.WriteString("version", detail.Version);
                json.WriteString("type", detail.Type);
                json.WriteString("projectId", detail.Project.Id);
                json.WriteString("projectKey", detail.Project.Key);
                json.WriteString("projectName", detail.Project.Name);
                json.WriteString("environmentId", detail.Environment.Id);
                json.WriteString("environmentKey", detail.Environment.Key);
                json.WriteString("environmentName", detail.Environment.Name);
                json.WriteString("applicationId", detail.Sdk.AppId);
                if (detail.Sdk.LatestVersion is { } latest)
                {
                    json.WriteString("ldLatestVersion", latest);
                    json.WriteString("eolStatus", detail.EolStatus);
                    json.WriteString("latestReleaseUrl", UsageCatalog.ReleaseUrl(detail.Sdk.Name, latest));
                }

                json.WriteString("connectionType", detail.ConnectionType);
                if (detail.RelayVersion is { } relay)
                {
                    json.WriteString("relayVersion", relay);
                    json.WriteString("relayEolStatus", detail.RelayEolStatus);
                    json.WriteString("relayLatestVersion", UsageCatalog.RelayLatestVersion);
                    json.WriteString("relayLatestReleaseUrl", UsageCatalog.ReleaseUrl("ld-relay", UsageCatalog.RelayLatestVersion));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

        private static void WriteLinks(Utf8JsonWriter json, string selfHref)
        {
            json.WriteStartObject("_links");
            json.WriteStartObject("self");
            json.WriteString("href", selfHref);
            json.WriteString("type", UsageApiHandler.JsonContentType);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static byte[] Write(Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, WriterOptions))
            {
                write(json);
            }

            return stream.ToArray();
        }
    }
}
