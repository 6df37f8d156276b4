using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>The generated client as an application builds it, and a raw HttpClient for what the client never sends.</summary>
    public static class Clients
    {
        public static LaunchDarklyUsageClient Create(UsageEmulator emulator, int maxRetries = 3, string? accessToken = null)
        {
            var options = new LaunchDarklyUsageClientOptions
            {
                AccessToken = accessToken ?? emulator.AccessToken,
                BaseUrl = emulator.BaseAddress,
            };
            options.Retry.MaxRetries = maxRetries;
            return LaunchDarklyUsageClientFactory.Create(options);
        }

        /// <summary>A GET with exactly the given Authorization and LD-API-Version headers (null leaves one out).</summary>
        public static async Task<HttpResponseMessage> RawGetAsync(UsageEmulator emulator, string pathAndQuery, string? authorization, string? apiVersion = "beta")
        {
            using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.BaseAddress, pathAndQuery));
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            if (apiVersion is not null)
            {
                request.Headers.Add("LD-API-Version", apiVersion);
            }

            return await http.SendAsync(request);
        }
    }
}
