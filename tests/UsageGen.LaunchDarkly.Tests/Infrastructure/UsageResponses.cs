using System.Collections.Generic;
using System.Text.Json;
using UsageGen.LaunchDarkly.Testing;
using UsageGen.Testing.Http;

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

        /// <summary>
        /// A top-level array, so it has no <c>_links</c>: a Go SDK behind a Relay Proxy with every field, and a
        /// direct Android SDK without the relay fields, as the service leaves them out.
        /// </summary>
        public const string SdkVersionDetailsList =
            "[{\"name\":\"go-server-sdk\",\"version\":\"7.3.1\",\"type\":\"server\"," +
            "\"projectId\":\"5f1a0c6e2b9d4e0012a4c001\",\"projectKey\":\"default\",\"projectName\":\"Default\"," +
            "\"environmentId\":\"5f1a0c6e2b9d4e0012a4c002\",\"environmentKey\":\"production\",\"environmentName\":\"Production\"," +
            "\"applicationId\":\"checkout-service\",\"ldLatestVersion\":\"7.5.0\",\"eolStatus\":\"EolNear\"," +
            "\"latestReleaseUrl\":\"https://github.com/launchdarkly/go-server-sdk/releases/tag/v7.5.0\",\"connectionType\":\"proxy\"," +
            "\"relayVersion\":\"7.5.1\",\"relayEolStatus\":\"EolPast\",\"relayLatestVersion\":\"8.10.0\"," +
            "\"relayLatestReleaseUrl\":\"https://github.com/launchdarkly/ld-relay/releases/tag/v8.10.0\"}," +
            "{\"name\":\"android-client-sdk\",\"version\":\"4.3.0\",\"type\":\"mobile\"," +
            "\"projectId\":\"61b7e2d40f3a9c0011d7b101\",\"projectKey\":\"mobile-app\",\"projectName\":\"Mobile App\"," +
            "\"environmentId\":\"61b7e2d40f3a9c0011d7b103\",\"environmentKey\":\"staging\",\"environmentName\":\"Staging\"," +
            "\"applicationId\":\"com.example.storefront\",\"ldLatestVersion\":\"5.6.0\",\"eolStatus\":\"MajorVersionAvailable\"," +
            "\"latestReleaseUrl\":\"https://github.com/launchdarkly/android-client-sdk/releases/tag/5.6.0\",\"connectionType\":\"direct\"}]";

        public static string For(ResponseKind kind, string selfHref) => kind switch
        {
            ResponseKind.SeriesListFloat => SeriesListFloat(selfHref),
            ResponseKind.SdkList => SdkList(selfHref),
            ResponseKind.SdkVersionList => SdkVersionList(selfHref),
            ResponseKind.SdkVersionDetailsList => SdkVersionDetailsList,
            _ => SeriesList(selfHref),
        };

        public static string Error(string code, string message) =>
            JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = code, ["message"] = message });

        /// <summary>A scripted response carrying the service's error body.</summary>
        public static ScriptedResponse ErrorResponse(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
            ScriptedResponse.Json(status, Error(code, message), headers);

        private static string Links(string selfHref) =>
            "\"_links\":{\"self\":{\"href\":" + JsonSerializer.Serialize(selfHref) + ",\"type\":\"application/json\"}}";
    }
}
