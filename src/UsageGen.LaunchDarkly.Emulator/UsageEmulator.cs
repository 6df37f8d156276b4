using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>
    /// The LaunchDarkly Account Usage (beta) API emulated on Kestrel at <c>http://127.0.0.1</c> on a port the
    /// operating system picks: all 27 operations of <c>spec/launchdarkly-usage.yaml</c>, with deterministic
    /// synthetic data, the service's validations and error bodies, and the faults of
    /// <see cref="UsageEmulatorOptions.Faults"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// await using var emulator = await UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = DateTimeOffset.Parse("2024-03-15T10:30:00Z") });
    /// var client = LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
    /// {
    ///     AccessToken = emulator.AccessToken,
    ///     BaseUrl = emulator.BaseAddress,
    /// });
    /// </code>
    /// </example>
    public sealed class UsageEmulator : IAsyncDisposable
    {
        private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

        private readonly WebApplication _app;
        private int _disposed;

        private UsageEmulator(WebApplication app, Uri baseAddress, string accessToken)
        {
            _app = app;
            BaseAddress = baseAddress;
            AccessToken = accessToken;
        }

        /// <summary>The root of the emulated API, with a trailing slash, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
        public Uri BaseAddress { get; }

        /// <summary>The access token the emulator accepts (<see cref="UsageEmulatorOptions.AccessToken"/>).</summary>
        public string AccessToken { get; }

        /// <summary>Starts an emulator on a free loopback port.</summary>
        /// <param name="options">The settings; the defaults when <see langword="null"/>. They are copied.</param>
        /// <param name="cancellationToken">Cancels the start.</param>
        /// <returns>The running emulator; dispose it to stop it.</returns>
        /// <exception cref="ArgumentException">A setting is out of range.</exception>
        public static async Task<UsageEmulator> StartAsync(UsageEmulatorOptions? options = null, CancellationToken cancellationToken = default)
        {
            var settings = (options ?? new UsageEmulatorOptions()).Snapshot();

            // The empty builder reads no ambient configuration (ASPNETCORE_URLS, appsettings.json): a test's
            // emulator behaves the same on every machine.
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            builder.Services.AddRoutingCore();
            var app = builder.Build();
            app.MapLaunchDarklyUsageApi(settings);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new UsageEmulator(app, new Uri(address.TrimEnd('/') + "/"), settings.AccessToken);
        }

        /// <summary>Stops the server, giving open requests a few seconds to finish.</summary>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                using var timeout = new CancellationTokenSource(StopTimeout);
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                await _app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
