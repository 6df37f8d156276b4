using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.LaunchDarkly.Testing
{
    /// <summary>
    /// The error statuses the generated client documents, found by behaviour: every operation is called once per
    /// candidate status against a server that answers only that status; a typed error model means the description
    /// lists the status, a plain <see cref="ApiException"/> means it does not.
    /// </summary>
    public static class DocumentedStatuses
    {
        /// <summary>Every status a description could plausibly list.</summary>
        public static readonly IReadOnlyList<int> Candidates = new[] { 400, 401, 402, 403, 404, 405, 406, 409, 410, 415, 422, 429, 500, 501, 502, 503, 504 };

        /// <summary>The typed statuses of each operation, by path template, in ascending order.</summary>
        /// <exception cref="InvalidOperationException">A call did not end in an <see cref="ApiException"/> with the status sent.</exception>
        public static async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> ProbeAsync(StatusServer server)
        {
            var typed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var status in Candidates)
            {
                foreach (var operation in GeneratedClient.Operations(ClientFor(server.BaseUrlFor(status))))
                {
                    var statuses = typed.TryGetValue(operation.Template, out var list) ? list : typed[operation.Template] = new List<int>();
                    try
                    {
                        await operation.InvokeAsync();
                    }
                    catch (LaunchDarklyUnusableResponseException exception)
                    {
                        throw new InvalidOperationException($"{operation} found the {status} error body unusable.", exception);
                    }
                    catch (ApiException exception) when (exception.ResponseStatusCode == status)
                    {
                        if (exception.GetType() != typeof(ApiException))
                        {
                            statuses.Add(status);
                        }

                        continue;
                    }

                    throw new InvalidOperationException($"{operation} answered {status} without an error.");
                }
            }

            return typed.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<int>)pair.Value, StringComparer.Ordinal);
        }

        /// <summary>A client of <paramref name="baseUrl"/> that does not retry, so each status is met exactly once.</summary>
        public static LaunchDarklyUsageClient ClientFor(Uri baseUrl)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = "documented-statuses-test-token", BaseUrl = baseUrl };
            options.Retry.MaxRetries = 0;
            return LaunchDarklyUsageClientFactory.Create(options);
        }
    }
}
