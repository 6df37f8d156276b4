using System;
using UsageGen.LaunchDarkly;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary><see cref="LaunchDarklyUsageClientOptions.Validate"/>: names the wrong setting, never quotes the token.</summary>
    public sealed class OptionsValidationTests
    {
        // Distinctive halves so a leak of any part of the token is detectable in messages.
        private const string TokenHead = "sekrit";
        private const string TokenTail = "9f8e7d6c";
        private const string ValidToken = TokenHead + "-" + TokenTail;

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        public void Missing_token_is_rejected_naming_AccessToken(string? token)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = token };

            var exception = Assert.Throws<ArgumentException>(options.Validate);

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.AccessToken), exception.ParamName);
            Assert.Contains("AccessToken", exception.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(TokenHead + " " + TokenTail)]
        [InlineData(ValidToken + "\n")]
        [InlineData("\t" + ValidToken)]
        [InlineData(TokenHead + "\u00A0" + TokenTail)]
        [InlineData(TokenHead + "\u0000" + TokenTail)]
        [InlineData(TokenHead + "\u00f6" + TokenTail)]
        public void Token_with_whitespace_control_or_non_ASCII_characters_is_rejected_without_quoting_it(string token)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = token };

            var exception = Assert.Throws<ArgumentException>(options.Validate);

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.AccessToken), exception.ParamName);
            Assert.Contains("AccessToken", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenHead, exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenTail, exception.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("http://example.com")]
        [InlineData("http://app.launchdarkly.com")]
        [InlineData("http://10.0.0.1:8080")]
        [InlineData("http://localhost.example.com")]
        [InlineData("ftp://127.0.0.1/")]
        [InlineData("https://user:hunter2@app.launchdarkly.com")]
        public void Unsafe_or_unsupported_BaseUrl_is_rejected_naming_BaseUrl_without_the_token(string baseUrl)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken, BaseUrl = new Uri(baseUrl) };

            var exception = Assert.Throws<ArgumentException>(options.Validate);

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.BaseUrl), exception.ParamName);
            Assert.Contains("BaseUrl", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenHead, exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenTail, exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Relative_BaseUrl_is_rejected()
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken, BaseUrl = new Uri("/api", UriKind.Relative) };

            var exception = Assert.Throws<ArgumentException>(options.Validate);

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.BaseUrl), exception.ParamName);
        }

        [Theory]
        [InlineData("http://127.0.0.1:5123")]
        [InlineData("http://127.0.0.1:5123/proxy/")]
        [InlineData("http://localhost:8080")]
        [InlineData("http://[::1]:8080")]
        [InlineData("https://app.launchdarkly.com")]
        [InlineData("https://app.launchdarkly.us")]
        [InlineData("https://ld-proxy.example.com/usage")]
        public void Https_and_loopback_http_BaseUrls_are_accepted(string baseUrl)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken, BaseUrl = new Uri(baseUrl) };

            options.Validate();
            Assert.NotNull(LaunchDarklyUsageClientFactory.Create(options));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(2147483648)]
        public void MaxResponseBytes_outside_1_to_int_MaxValue_is_rejected(long maxResponseBytes)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken, MaxResponseBytes = maxResponseBytes };

            var exception = Assert.Throws<ArgumentException>(options.Validate);

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.MaxResponseBytes), exception.ParamName);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-5)]
        [InlineData(30 * 24 * 3600)]
        public void Timeout_that_is_not_positive_or_too_long_for_HttpClient_is_rejected(int seconds)
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken, Timeout = TimeSpan.FromSeconds(seconds) };

            var exception = Assert.Throws<ArgumentException>(options.Validate);

            Assert.Equal(nameof(LaunchDarklyUsageClientOptions.Timeout), exception.ParamName);
        }

        [Fact]
        public void Timeout_and_MaxResponseBytes_default_to_100_seconds_and_16_MiB_and_accept_Infinite()
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken };

            Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
            Assert.Equal(16L * 1024 * 1024, options.MaxResponseBytes);
            options.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            options.Validate();
        }

        [Fact]
        public void Defaults_to_the_commercial_instance()
        {
            Assert.Equal(new Uri("https://app.launchdarkly.com"), new LaunchDarklyUsageClientOptions().BaseUrl);
            Assert.Equal(new Uri("https://app.launchdarkly.com"), LaunchDarklyServers.Default);
            Assert.Equal(new Uri("https://app.launchdarkly.us"), LaunchDarklyServers.Federal);
        }

        [Fact]
        public void ToString_shows_the_BaseUrl_but_not_the_token()
        {
            var options = new LaunchDarklyUsageClientOptions { AccessToken = ValidToken, BaseUrl = LaunchDarklyServers.Federal };

            var text = options.ToString();

            Assert.DoesNotContain(TokenHead, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenTail, text, StringComparison.Ordinal);
            Assert.Contains("https://app.launchdarkly.us", text, StringComparison.Ordinal);
            Assert.Contains("(set)", text, StringComparison.Ordinal);
            Assert.Contains("(none)", new LaunchDarklyUsageClientOptions().ToString(), StringComparison.Ordinal);
        }
    }
}
