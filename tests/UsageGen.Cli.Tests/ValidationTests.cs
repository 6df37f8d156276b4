using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Bad command lines end with exit code 2 and one error line, before any request is sent.</summary>
    public sealed class ValidationTests
    {
        private const string Token = "api-validation-secret-0001";

        [Theory]
        [InlineData("error: --group-by: 'sdk' is not one of projectId, environmentId, sdkName, sdkType, sdkAppId, anonymousV2.", "mau", "total", "--group-by", "sdk")]
        [InlineData("error: --aggregation-type: 'monthly' is not one of month_to_date, incremental, rolling_30d.", "vega-ai", "--aggregation-type", "monthly")]
        [InlineData("error: --anonymous: 'yes' is not one of true, false.", "contexts", "total", "--anonymous", "yes")]
        [InlineData("error: type: 'sent' is not one of received, published.", "events", "sent")]
        [InlineData("error: --environment-key needs exactly one --project-key; got 0.", "mau", "total", "--environment-key", "production")]
        [InlineData("error: --environment-key needs exactly one --project-key; got 2.", "contexts", "clientside", "--environment-key", "production", "--project-key", "default", "--project-key", "mobile-app")]
        [InlineData("error: --environment needs exactly one --project; got 0.", "mau", "legacy", "--environment", "production")]
        [InlineData("error: --from (2024-03-10T00:00:00Z) is later than --to (2024-03-01T00:00:00Z).", "mau", "total", "--from", "2024-03-10", "--to", "2024-03-01")]
        [InlineData("error: --from: '03/01/2024' is not an ISO 8601 date or date-time such as 2024-05-01 or 2024-05-01T08:00:00Z.", "observability", "logs", "--from", "03/01/2024")]
        [InlineData("error: --from does not apply with --sdk-versions.", "streams", "client", "--sdk-versions", "--from", "2024-03-01")]
        [InlineData("error: --sdk needs --by-sdk-version.", "streams", "client", "--sdk", "Go")]
        [InlineData("error: --by-sdk-version and --sdk-versions cannot be combined.", "streams", "client", "--by-sdk-version", "--sdk-versions")]
        [InlineData("error: --json and --csv cannot be combined; pick one output format.", "vega-ai", "--json", "--csv")]
        [InlineData("error: Required command was not provided.", "mau")]
        [InlineData("error: Unrecognized command or argument 'eu'.", "vega-ai", "eu")]
        public async Task Invalid_command_lines_exit_with_2_without_a_request(string expectedError, params string[] args)
        {
            using var server = new SilentServer();

            var result = await LdUsage.RunAsync(Append(args, "--server", server.Url, "--token", Token));

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, expectedError);
            Assert.False(server.WasContacted, "A request was sent although the command line is invalid.");
            LdUsage.AssertNoToken(result, Token);
        }

        [Fact]
        public async Task A_server_without_a_token_is_refused_not_a_silent_switch_to_the_emulator()
        {
            using var server = new SilentServer();

            var result = await LdUsage.RunAsync("vega-ai", "--server", server.Url);

            Assert.Equal(ExitCodes.AuthenticationFailed, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: no access token: set LD_ACCESS_TOKEN or pass --token, or add --demo");
            Assert.False(server.WasContacted);
        }

        [Fact]
        public async Task A_token_typed_as_an_argument_is_hidden_in_the_error()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string?> { ["LD_ACCESS_TOKEN"] = "api-environment-secret-42" };

            var result = await LdUsage.RunAsync(environment, "vega-ai", "api-environment-secret-42", "--token", Token, Token);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: Unrecognized command or argument '***'. Unrecognized command or argument '***'.");
        }

        [Theory]
        [InlineData("http://usage.example.com", "error: --server: 'http://usage.example.com' uses plain http; only https is allowed, except for loopback addresses.")]
        [InlineData("ftp://usage.example.com", "error: --server: 'ftp://usage.example.com' is not default, federal or an https URL.")]
        [InlineData("https://me:" + Token + "@usage.example.com", "error: --server: the URL must not contain credentials; pass the token with --token or LD_ACCESS_TOKEN.")]
        public async Task Unusable_servers_are_bad_usage(string server, string expectedError)
        {
            var result = await LdUsage.RunAsync("vega-ai", "--server", server, "--token", Token);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, expectedError);
            LdUsage.AssertNoToken(result, Token);
        }

        private static string[] Append(string[] args, params string[] more)
        {
            var all = new string[args.Length + more.Length];
            args.CopyTo(all, 0);
            more.CopyTo(all, args.Length);
            return all;
        }
    }
}
