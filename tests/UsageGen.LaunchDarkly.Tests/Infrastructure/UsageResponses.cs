using System.Collections.Generic;
using System.Text.Json;
using UsageGen.LaunchDarkly.Testing;

namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>
    /// Spec-shaped JSON bodies. The values below are what the tests expect to read back through the client;
    /// <c>_links.self.href</c> echoes the request path so a parsed response proves which request it answers.
    /// </summary>
    public static class UsageResponses
    {
        public const long FirstTime = 1700000000000L;
        public const long SecondTime = 1700086400000L;

        public static string SeriesList(string selfHref) =>
            "{" + Links(selfHref) + "," +
            "\"metadata\":[{\"sdkName\":\"go-server-sdk\",\"sdkVersion\":\"7.4.0\"},{\"sdkName\":\"node-server-sdk\",\"sdkVersion\":\"9.0.1\"}]," +
            "\"series\":[{\"time\":1700000000000,\"0\":11,\"1\":15},{\"time\":1700086400000,\"0\":12,\"1\":17}]}";

        // Service connection minutes are fractional (SeriesListRepFloat).
        public static string SeriesListFloat(string selfHref) =>
            "{" + Links(selfHref) + "," +
            "\"metadata\":[{\"connectionType\":\"streaming\"},{\"connectionType\":\"polling\"}]," +
            "\"series\":[{\"time\":1700000000000,\"0\":12.5,\"1\":0.25},{\"time\":1700086400000,\"0\":3.75,\"1\":1e-3}]}";

        public static string SdkList(string selfHref) =>
            "{" + Links(selfHref) + ",\"sdks\":[\"Android\",\"Java\",\"Node.js\"]}";

        public static string SdkVersionList(string selfHref) =>
            "{" + Links(selfHref) + ",\"sdkVersions\":[{\"sdk\":\"Android\",\"version\":\"3.1.2\"},{\"sdk\":\"C\",\"version\":\"2.4.6\"}]}";

        public static string For(ResponseKind kind, string selfHref) => kind switch
        {
            ResponseKind.SeriesListFloat => SeriesListFloat(selfHref),
            ResponseKind.SdkList => SdkList(selfHref),
            ResponseKind.SdkVersionList => SdkVersionList(selfHref),
            _ => SeriesList(selfHref),
        };

        public static string Error(string code, string message) =>
            JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = code, ["message"] = message });

        private static string Links(string selfHref) =>
            "\"_links\":{\"self\":{\"href\":" + JsonSerializer.Serialize(selfHref) + ",\"type\":\"application/json\"}}";
    }
}
