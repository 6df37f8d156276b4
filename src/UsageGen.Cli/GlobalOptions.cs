using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using UsageGen.LaunchDarkly;

namespace UsageGen.Cli
{
    /// <summary>The options every command takes: where to connect, with which token, and the output format.</summary>
    internal sealed class GlobalOptions
    {
        public Option<string> Token { get; } = new("--token")
        {
            Description = "The LaunchDarkly access token; LD_ACCESS_TOKEN when omitted. Without either, nothing is requested (exit code 3) unless --demo is given.",
            Recursive = true,
        };

        public Option<Uri> Server { get; } = new("--server")
        {
            Description = "default (app.launchdarkly.com), federal (app.launchdarkly.us) or an https URL; http only for loopback addresses.",
            HelpName = "default|federal|url",
            Recursive = true,
            CustomParser = ParseServer,
        };

        public Option<bool> Demo { get; } = new("--demo")
        {
            Description = "Ask the built-in local emulator (sample data, marked as such) instead of LaunchDarkly, even when a token is set. Without --from and --to it shows the last full month.",
            Recursive = true,
        };

        public Option<int> MaxRetries { get; } = new("--max-retries")
        {
            Description = "How often to retry rate-limited (429) and unavailable (503) requests and network failures, 0 to 10.",
            HelpName = "count",
            Recursive = true,
            DefaultValueFactory = _ => new LaunchDarklyRetryOptions().MaxRetries,
        };

        public Option<bool> Json { get; } = new("--json")
        {
            Description = "Write the series as JSON instead of a table.",
            Recursive = true,
        };

        public Option<bool> Csv { get; } = new("--csv")
        {
            Description = "Write time,series,value rows as CSV instead of a table.",
            Recursive = true,
        };

        public void AddTo(Command root)
        {
            root.Options.Add(Token);
            root.Options.Add(Server);
            root.Options.Add(Demo);
            root.Options.Add(MaxRetries);
            root.Options.Add(Json);
            root.Options.Add(Csv);
        }

        /// <summary>Rejects combinations that contradict each other.</summary>
        public void Validate(CommandResult result)
        {
            if (result.GetValue(Json) && result.GetValue(Csv))
            {
                result.AddError("--json and --csv cannot be combined; pick one output format.");
            }

            if (result.GetValue(MaxRetries) is < 0 or > 10)
            {
                result.AddError("--max-retries must be between 0 and 10.");
            }

            if (result.GetValue(Demo) && (result.GetResult(Server) is not null || result.GetResult(Token) is not null))
            {
                result.AddError("--demo uses the local emulator; it cannot be combined with --server or --token.");
            }
        }

        public OutputFormat FormatOf(ParseResult parseResult) =>
            parseResult.GetValue(Json) ? OutputFormat.Json
            : parseResult.GetValue(Csv) ? OutputFormat.Csv
            : OutputFormat.Table;

        private static Uri? ParseServer(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (string.Equals(text, "default", StringComparison.OrdinalIgnoreCase))
            {
                return LaunchDarklyServers.Default;
            }

            if (string.Equals(text, "federal", StringComparison.OrdinalIgnoreCase))
            {
                return LaunchDarklyServers.Federal;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                result.AddError($"--server: '{text}' is not default, federal or an https URL.");
                return null;
            }

            // Not quoted: the user information may be a secret.
            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                result.AddError("--server: the URL must not contain credentials; pass the token with --token or LD_ACCESS_TOKEN.");
                return null;
            }

            // The token travels in a header: over plain http it would be readable by anyone on the way.
            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !(IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address)))
            {
                result.AddError($"--server: '{text}' uses plain http; only https is allowed, except for loopback addresses.");
                return null;
            }

            return uri;
        }
    }
}
