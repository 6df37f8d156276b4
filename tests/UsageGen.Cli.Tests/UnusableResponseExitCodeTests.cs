using System;
using System.Threading.Tasks;
using UsageGen.Cli.Tests.Infrastructure;
using UsageGen.LaunchDarkly;
using Xunit;

namespace UsageGen.Cli.Tests
{
    /// <summary>Responses the client cannot use map to exit codes by what helps: waiting (5), the token (3), slowing down (4) or asking for less (1).</summary>
    public sealed class UnusableResponseExitCodeTests
    {
        private const string Token = "api-unusable-response-token-3e1f";

        [Theory]
        [InlineData(UnusableResponseReason.UnexpectedContentType, 502, ExitCodes.ServiceUnavailable)]
        [InlineData(UnusableResponseReason.UnexpectedContentType, 200, ExitCodes.ServiceUnavailable)]
        [InlineData(UnusableResponseReason.EmptyBody, 200, ExitCodes.ServiceUnavailable)]
        [InlineData(UnusableResponseReason.TruncatedJson, 200, ExitCodes.ServiceUnavailable)]
        [InlineData(UnusableResponseReason.MalformedJson, 500, ExitCodes.ServiceUnavailable)]
        [InlineData(UnusableResponseReason.ConnectionLost, 200, ExitCodes.ServiceUnavailable)]
        [InlineData(UnusableResponseReason.UnexpectedContentType, 401, ExitCodes.AuthenticationFailed)]
        [InlineData(UnusableResponseReason.UnexpectedContentType, 403, ExitCodes.AuthenticationFailed)]
        [InlineData(UnusableResponseReason.UnexpectedContentType, 429, ExitCodes.RateLimited)]
        [InlineData(UnusableResponseReason.TooLarge, 200, ExitCodes.Failure)]
        public void Each_reason_and_status_maps_to_an_exit_code_with_the_exceptions_message(UnusableResponseReason reason, int status, int exitCode)
        {
            var exception = new LaunchDarklyUnusableResponseException(reason, status, "text/html", "LaunchDarkly usage API: unusable response (test)");

            var failure = Failure.From(exception);

            Assert.NotNull(failure);
            Assert.Equal(exitCode, failure.ExitCode);
            Assert.Equal(exception.Message, failure.Message);
        }

        [Theory]
        [InlineData(502, "text/html", "<html><body>502 Bad Gateway</body></html>", "status 502, content type text/html")]
        [InlineData(200, "text/html", "<html><body>Please sign in</body></html>", "status 200, content type text/html")]
        [InlineData(200, "application/json", "{\"series\":[{\"time\":17", "status 200, content type application/json): the JSON body ended")]
        public async Task A_proxy_page_or_a_cut_off_body_exits_with_5_and_one_line_saying_what_arrived(int status, string contentType, string body, string expected)
        {
            await using var server = await CannedHttpServer.StartAsync(status, contentType, body);

            var result = await LdUsage.RunAsync("mau", "total", "--max-retries", "0", "--server", server.Url, "--token", Token);

            Assert.Equal(ExitCodes.ServiceUnavailable, result.ExitCode);
            LdUsage.AssertSingleErrorLine(result, "error: LaunchDarkly usage API: unusable response (");
            Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("<html>", result.Stderr, StringComparison.Ordinal);
            LdUsage.AssertNoToken(result, Token);
        }
    }
}
