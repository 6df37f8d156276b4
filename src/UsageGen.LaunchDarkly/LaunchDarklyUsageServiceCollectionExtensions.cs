using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace UsageGen.LaunchDarkly
{
    /// <summary>Registers <see cref="LaunchDarklyUsageClient"/> in a service collection.</summary>
    public static class LaunchDarklyUsageServiceCollectionExtensions
    {
        /// <summary>The configuration section the options bind from.</summary>
        public const string ConfigurationSection = "LaunchDarkly:Usage";

        /// <summary>The environment variable the access token is read from when configuration has none.</summary>
        public const string AccessTokenEnvironmentVariable = "LD_ACCESS_TOKEN";

        /// <summary>The name of the <see cref="System.Net.Http.HttpClient"/> the client uses.</summary>
        public const string HttpClientName = "UsageGen.LaunchDarkly";

        /// <summary>
        /// Registers <see cref="LaunchDarklyUsageClient"/> (transient) on an <c>IHttpClientFactory</c> client with
        /// the handlers of <see cref="LaunchDarklyHandlers.Create"/>. Options come, in this order, from the
        /// <c>LaunchDarkly:Usage</c> configuration section (<c>AccessToken</c>, <c>Server</c> = <c>default</c>,
        /// <c>federal</c> or a URL, <c>BaseUrl</c>, <c>Retry:MaxRetries</c>, <c>Retry:InitialDelay</c>,
        /// <c>Retry:MaxDelay</c>, <c>Timeout</c>, <c>MaxResponseBytes</c>), the <c>LD_ACCESS_TOKEN</c> environment variable for a missing token, and
        /// <paramref name="configure"/>. Invalid options fail when the host starts, with a message naming the setting. JSON
        /// responses are read by <see cref="LaunchDarklyUsageClientJsonParseNodeFactory"/> and JSON bodies written by
        /// <see cref="LaunchDarklyUsageClientJsonSerializationWriterFactory"/>.
        /// </summary>
        /// <returns>The builder of the underlying HTTP client, to add handlers or change its settings.</returns>
        public static IHttpClientBuilder AddLaunchDarklyUsageClient(this IServiceCollection services, Action<LaunchDarklyUsageClientOptions>? configure = null)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            services.AddOptions<LaunchDarklyUsageClientOptions>()
                .Configure<IServiceProvider>((options, provider) => Bind(options, provider.GetService<IConfiguration>()))
                .Configure(options => configure?.Invoke(options))
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LaunchDarklyUsageClientOptions>, LaunchDarklyUsageClientOptionsValidator>());

            // Microsoft.Extensions.Http logs request headers at Trace and, before 9.0, with their values: the token would be in them.
            var builder = services.AddHttpClient(HttpClientName)
                .RedactLoggedHeaders(_ => true)
                .ConfigurePrimaryHttpMessageHandler(() => KiotaClientFactory.GetDefaultHttpMessageHandler())
                .ConfigureHttpClient((provider, httpClient) =>
                {
                    var options = provider.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value;
                    httpClient.Timeout = options.Timeout;
                    httpClient.MaxResponseContentBufferSize = options.MaxResponseBytes;
                });
            var handlerCount = LaunchDarklyHandlers.Create(new LaunchDarklyUsageClientOptions()).Count;
            for (var i = 0; i < handlerCount; i++)
            {
                // IHttpClientFactory wants one factory per handler; each picks its place in the shared order.
                var index = i;
                builder.AddHttpMessageHandler(provider => LaunchDarklyHandlers.Create(provider.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value)[index]);
            }

            services.TryAddTransient(provider =>
            {
                var options = provider.GetRequiredService<IOptions<LaunchDarklyUsageClientOptions>>().Value;
                var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
                var adapter = new HttpClientRequestAdapter(new AccessTokenAuthenticationProvider(options.AccessToken!, options.BaseUrl), new LaunchDarklyUsageClientJsonParseNodeFactory(), new LaunchDarklyUsageClientJsonSerializationWriterFactory(), httpClient: httpClient)
                {
                    BaseUrl = options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'),
                };
                return new LaunchDarklyUsageClient(adapter);
            });
            return builder;
        }

        private static void Bind(LaunchDarklyUsageClientOptions options, IConfiguration? configuration)
        {
            var section = configuration?.GetSection(ConfigurationSection);
            if (section is not null)
            {
                section.Bind(options);
                if (section["Server"] is { Length: > 0 } server && string.IsNullOrEmpty(section["BaseUrl"]))
                {
                    options.BaseUrl = server.Trim().ToLowerInvariant() switch
                    {
                        "default" or "commercial" => LaunchDarklyServers.Default,
                        "federal" => LaunchDarklyServers.Federal,
                        _ => Uri.TryCreate(server, UriKind.Absolute, out var url) ? url : throw new OptionsValidationException(
                            ConfigurationSection,
                            typeof(LaunchDarklyUsageClientOptions),
                            new[] { $"LaunchDarkly usage client: {ConfigurationSection}:Server must be 'default', 'federal' or an absolute URL." }),
                    };
                }
            }

            if (string.IsNullOrWhiteSpace(options.AccessToken))
            {
                options.AccessToken = Environment.GetEnvironmentVariable(AccessTokenEnvironmentVariable);
            }
        }
    }
}
