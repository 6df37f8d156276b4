using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UsageGen.LaunchDarkly.Emulator.Host
{
    /// <summary>The emulator as <c>dotnet run</c> starts it: configured from the command line, environment and appsettings.</summary>
    internal static class EmulatorHost
    {
        public const string DefaultUrl = "http://127.0.0.1:5080";

        public const string ConfigurationSection = "Emulator";

        private static readonly Regex TrailingPort = new(@":(?<port>\d{1,5})/?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// Builds the application: <c>--urls</c> (or ASPNETCORE_URLS) chooses the address, <see cref="DefaultUrl"/>
        /// otherwise; the <c>Emulator</c> section gives the <see cref="UsageEmulatorOptions"/>.
        /// </summary>
        /// <exception cref="ArgumentException">An <c>Emulator</c> setting is out of range.</exception>
        public static (WebApplication App, UsageEmulatorOptions Options) Create(string[] args)
        {
            var builder = WebApplication.CreateSlimBuilder(args);

            // Start-up lines stay; a log line per request would bury the banner.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

            // A failed start is logged with its stack trace and then thrown to Main, which reports it: one line for a
            // busy address, the exception otherwise. Until the host has started, its error log would only say it twice.
            IHostApplicationLifetime? lifetime = null;
            builder.Logging.AddFilter(
                "Microsoft.Extensions.Hosting",
                level => level >= LogLevel.Information && (level < LogLevel.Error || lifetime?.ApplicationStarted.IsCancellationRequested == true));
            if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            {
                builder.WebHost.UseUrls(DefaultUrl);
            }

            var options = ReadOptions(builder.Configuration);
            var app = builder.Build();
            lifetime = app.Lifetime;
            app.MapLaunchDarklyUsageApi(options);
            return (app, options);
        }

        public static UsageEmulatorOptions ReadOptions(IConfiguration configuration)
        {
            var options = new UsageEmulatorOptions();
            configuration.GetSection(ConfigurationSection).Bind(options);
            return options;
        }

        /// <summary>The addresses the host was asked to listen on (<c>--urls</c>, separated by <c>;</c>).</summary>
        public static IReadOnlyList<string> Urls(IConfiguration configuration) =>
            (configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>The one line a person needs when the address is taken: which one, and what to type instead.</summary>
        public static string AddressInUse(IReadOnlyList<string> urls)
        {
            var taken = urls.Count == 1 ? urls[0] : "one of " + string.Join(", ", urls);
            var instead = string.Join(';', urls.Select(NextPort));
            return $"error: {taken} is already in use; pick another address with --urls {instead}";
        }

        /// <summary>What a person starting the emulator needs: where it listens and the token to send.</summary>
        public static string Banner(IEnumerable<string> addresses, UsageEmulatorOptions options)
        {
            var text = new StringBuilder();
            text.AppendLine("LaunchDarkly Account Usage API emulator");
            foreach (var address in addresses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  Base URL:     {address.TrimEnd('/')}/");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  Access token: {options.AccessToken}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Clock:        {(options.Now is { } now ? now.ToString("O", CultureInfo.InvariantCulture) : "system")}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Seed:         {options.Seed}");
            text.Append("Send the token as is in Authorization, with LD-API-Version: beta. Press Ctrl+C to stop.");
            return text.ToString();
        }

        // The same address one port up (http://127.0.0.1:5080 -> :5081); port 0 (any free port) cannot be taken, so it
        // stays; the default address one up when no port is written.
        private static string NextPort(string url)
        {
            var match = TrailingPort.Match(url);
            if (!match.Success || !int.TryParse(match.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port >= 65535)
            {
                return "http://127.0.0.1:5081";
            }

            return port == 0 ? url : url.Substring(0, match.Index) + ":" + (port + 1).ToString(CultureInfo.InvariantCulture);
        }
    }
}
