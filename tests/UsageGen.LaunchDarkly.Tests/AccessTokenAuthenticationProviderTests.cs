using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>The origin check of the token provider, on request objects (the HTTP path is covered by TokenScopeTests).</summary>
    public sealed class AccessTokenAuthenticationProviderTests
    {
        private const string Token = "api-test-token";
        private static readonly Uri Origin = new("https://app.launchdarkly.com");

        [Theory]
        [InlineData("https://app.launchdarkly.com/api/v2/usage/total-mau", true)]
        [InlineData("https://APP.launchdarkly.com:443/api/v2/usage/total-mau", true)]
        [InlineData("http://app.launchdarkly.com/api/v2/usage/total-mau", false)]
        [InlineData("https://app.launchdarkly.com:8443/api/v2/usage/total-mau", false)]
        [InlineData("https://app.launchdarkly.us/api/v2/usage/total-mau", false)]
        [InlineData("https://app.launchdarkly.com.evil.example/api", false)]
        public async Task Token_is_added_only_for_the_configured_scheme_host_and_port(string url, bool expectToken)
        {
            var provider = new AccessTokenAuthenticationProvider(Token, Origin);
            var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };

            await provider.AuthenticateRequestAsync(request);

            if (expectToken)
            {
                Assert.Equal(new[] { Token }, request.Headers["Authorization"].ToArray());
            }
            else
            {
                Assert.False(request.Headers.ContainsKey("Authorization"));
            }
        }

        [Theory]
        [InlineData("")]
        [InlineData("  ")]
        public void Blank_token_is_rejected(string token)
        {
            Assert.Throws<ArgumentException>(() => new AccessTokenAuthenticationProvider(token, Origin));
        }

        [Fact]
        public void Null_origin_is_rejected()
        {
            Assert.Throws<ArgumentNullException>(() => new AccessTokenAuthenticationProvider(Token, null!));
        }

        [Fact]
        public void ToString_does_not_reveal_the_token()
        {
            var text = new AccessTokenAuthenticationProvider(Token, Origin).ToString();

            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.Contains("app.launchdarkly.com", text, StringComparison.Ordinal);
        }
    }
}
