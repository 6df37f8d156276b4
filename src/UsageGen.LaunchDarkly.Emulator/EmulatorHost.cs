using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary>The emulator as <c>dotnet run</c> starts it: configured from the command line, environment and appsettings.</summary>
    internal static class EmulatorHost
    {
        public const string DefaultUrl = "http://127.0.0.1:5080";

        public const string ConfigurationSection = "Emulator";

        /// <summary>
        /// Builds the application: <c>--urls</c> (or ASPNETCORE_URLS) chooses the address, <see cref="DefaultUrl"/>
        /// otherwise; the <c>Emulator</c> section gives the <see cref="UsageEmulatorOptions"/>.
        /// </summary>
        public static (WebApplication App, UsageEmulatorOptions Options) Create(string[] args)
        {
            var builder = WebApplication.CreateSlimBuilder(args);

            // Start-up lines stay; a log line per request would bury the banner.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            {
                builder.WebHost.UseUrls(DefaultUrl);
            }

            var options = ReadOptions(builder.Configuration);
            var app = builder.Build();
            app.MapLaunchDarklyUsageApi(options);
            return (app, options);
        }

        public static UsageEmulatorOptions ReadOptions(IConfiguration configuration)
        {
            var options = new UsageEmulatorOptions();
            configuration.GetSection(ConfigurationSection).Bind(options);
            return options.Snapshot();
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
    }
}
