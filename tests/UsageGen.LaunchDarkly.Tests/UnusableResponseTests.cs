using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using UsageGen.LaunchDarkly.Models;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>
    /// Responses Kiota cannot use, over real HTTP: each gives a LaunchDarklyUnusableResponseException with its reason
    /// and status (never a hang, a JsonException, an InvalidOperationException or a null result), retried only when
    /// the connection was lost or the status was 429/503.
    /// </summary>
    public sealed class UnusableResponseTests : IClassFixture<UsageApiServer>
    {
        private const string TotalMau = "/api/v2/usage/total-mau";
        private const long FiftyMegabytes = 50L * 1024 * 1024;
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
        private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly UsageApiServer _server;

        public UnusableResponseTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        public static TheoryData<int, string> NotJsonPages() => new()
        {
            { 200, "text/html" },
            { 401, "text/html" },
            { 404, "text/plain" },
            { 500, "text/html" },
            { 502, "text/html" },
            { 504, "text/plain" },
        };

        private LaunchDarklyUsageClient Client(ManualTimeProvider? clock = null, long? maxResponseBytes = null, int maxRetries = 3) =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions
            {
                AccessToken = UsageApiServer.AccessToken,
                BaseUrl = _server.BaseUri,
                TimeProvider = clock ?? new ManualTimeProvider(Start),
                Retry = new LaunchDarklyRetryOptions { MaxRetries = maxRetries, InitialDelay = TimeSpan.Zero },
                MaxResponseBytes = maxResponseBytes ?? ResponseValidationHandler.DefaultMaxResponseBytes,
            });

        private static async Task<LaunchDarklyUnusableResponseException> FailsAsync(LaunchDarklyUsageClient client, UnusableResponseReason reason, int status)
        {
            var error = await Assert.ThrowsAsync<LaunchDarklyUnusableResponseException>(() => client.Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound));
            Assert.Equal(reason, error.Reason);
            Assert.Equal(status, error.ResponseStatusCode);
            Assert.StartsWith("LaunchDarkly usage API: unusable response (status " + status, error.Message, StringComparison.Ordinal);
            return error;
        }

        [Theory]
        [MemberData(nameof(NotJsonPages))]
        public async Task A_page_that_is_not_JSON_is_UnexpectedContentType_with_its_status_and_not_retried(int status, string contentType)
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(status, contentType, "<html><body><h1>Bad Gateway</h1></body></html>"));

            var error = await FailsAsync(Client(), UnusableResponseReason.UnexpectedContentType, status);

            Assert.Equal(contentType, error.ResponseContentType);
            Assert.Contains("content type " + contentType, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Bad Gateway", error.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<ApiException>(error);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task A_200_without_a_content_type_is_UnexpectedContentType()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(200, null, FaultResponses.ValidBody));

            var error = await FailsAsync(Client(), UnusableResponseReason.UnexpectedContentType, 200);

            Assert.Null(error.ResponseContentType);
            Assert.Contains("no content type", error.Message, StringComparison.Ordinal);
        }

        // Kiota would throw InvalidOperationException ("text/html does not have a factory registered") for a 503 page.
        [Theory]
        [InlineData(429)]
        [InlineData(503)]
        public async Task A_429_or_503_HTML_page_is_retried_after_Retry_After_then_surfaces_as_UnexpectedContentType(int status)
        {
            var clock = new ManualTimeProvider(Start);
            var page = FaultResponses.Body(status, "text/html", "<html>Service Temporarily Unavailable</html>", new Dictionary<string, string> { ["Retry-After"] = "2" });
            _server.Enqueue(TotalMau, page, page, page, page);

            var call = Client(clock).Api.V2.Usage.TotalMau.GetAsync();
            for (var retry = 0; retry < 3; retry++)
            {
                Assert.Equal(TimeSpan.FromSeconds(2), await clock.TimerStarted(retry).WaitAsync(Bound));
                Assert.False(call.IsCompleted, "each retry waits for Retry-After");
                clock.Advance(TimeSpan.FromSeconds(2));
            }

            var error = await Assert.ThrowsAsync<LaunchDarklyUnusableResponseException>(() => call.WaitAsync(Bound));
            Assert.Equal(UnusableResponseReason.UnexpectedContentType, error.Reason);
            Assert.Equal(status, error.ResponseStatusCode);
            Assert.Equal(new[] { "2" }, ErrorModels.Header(error, "Retry-After"));
            Assert.Equal(4, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_503_HTML_page_once_is_retried_and_the_call_succeeds()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(503, "text/html", "<html>busy</html>", new Dictionary<string, string> { ["Retry-After"] = "0" }));

            var result = await Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);

            Assert.Equal(2, result?.Series?.Count);
            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_503_with_an_empty_body_is_retried_like_any_503()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(503, null, string.Empty, new Dictionary<string, string> { ["Retry-After"] = "0" }));

            var result = await Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);

            Assert.Equal(2, result?.Series?.Count);
            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("application/json")]
        public async Task A_200_with_an_empty_body_is_EmptyBody_not_a_null_result(string? contentType)
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(200, contentType, string.Empty));

            await FailsAsync(Client(), UnusableResponseReason.EmptyBody, 200);

            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task A_JSON_body_of_only_whitespace_is_EmptyBody()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(200, "application/json", " \r\n\t "));

            await FailsAsync(Client(), UnusableResponseReason.EmptyBody, 200);
        }

        [Fact]
        public async Task A_JSON_error_status_with_an_empty_body_is_EmptyBody_with_that_status()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(401, "application/json", string.Empty));

            await FailsAsync(Client(), UnusableResponseReason.EmptyBody, 401);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(20)]
        [InlineData(150)]
        [InlineData(-1)]
        public async Task JSON_cut_short_under_a_matching_Content_Length_is_TruncatedJson_and_not_retried(int keep)
        {
            var body = FaultResponses.ValidBody;
            var cut = body.Substring(0, keep > 0 ? keep : body.Length + keep);
            _server.Enqueue(TotalMau, FaultResponses.Body(200, "application/json", cut));

            var error = await FailsAsync(Client(), UnusableResponseReason.TruncatedJson, 200);

            Assert.Equal("application/json", error.ResponseContentType);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Theory]
        [InlineData(200, "Internal Server Error")]
        [InlineData(200, "<html><body>Sign in</body></html>")]
        [InlineData(200, "{\"series\":[]}}")]
        [InlineData(200, "{\"series\":[]} {\"series\":[]}")]
        [InlineData(200, "{\"series\":[1,]}")]
        [InlineData(500, "upstream connect error or disconnect/reset before headers")]
        public async Task A_body_labelled_JSON_that_is_not_JSON_is_MalformedJson(int status, string body)
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(status, "application/json", body));

            var error = await FailsAsync(Client(), UnusableResponseReason.MalformedJson, status);

            Assert.DoesNotContain(body, error.Message, StringComparison.Ordinal);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task A_vendor_JSON_content_type_is_JSON()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(200, "application/vnd.launchdarkly+json", FaultResponses.ValidBody));

            var result = await Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);

            Assert.Equal(2, result?.Series?.Count);
        }

        // Kiota parses with JsonDocument, which skips a UTF-8 byte order mark; so does the check.
        [Fact]
        public async Task A_byte_order_mark_before_the_JSON_is_accepted()
        {
            _server.Enqueue(TotalMau, FaultResponses.Body(200, "application/json", "\uFEFF" + FaultResponses.ValidBody));

            var result = await Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);

            Assert.Equal(2, result?.Series?.Count);
        }

        // Tokens split across reads must be checked as one: a body flushed a few bytes at a time still parses.
        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(7)]
        public async Task A_valid_body_that_arrives_a_few_bytes_at_a_time_parses(int pieceSize)
        {
            _server.Enqueue(TotalMau, FaultResponses.Trickle(FaultResponses.ValidBody, pieceSize));

            var result = await Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);

            Assert.Equal(new long[] { 11, 12 }, result!.ToSeries()[0].Points.Select(point => point.Value));
        }

        [Fact]
        public async Task A_connection_reset_mid_body_is_retried_and_the_call_succeeds()
        {
            _server.Enqueue(TotalMau, FaultResponses.ResetMidBody(40));

            var result = await Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound);

            Assert.Equal(2, result?.Series?.Count);
            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_connection_reset_mid_body_every_time_is_ConnectionLost_after_the_retries()
        {
            _server.Enqueue(TotalMau, FaultResponses.ResetMidBody(40), FaultResponses.ResetMidBody(40));

            var error = await FailsAsync(Client(maxRetries: 1), UnusableResponseReason.ConnectionLost, 200);

            Assert.Contains("after 40 bytes", error.Message, StringComparison.Ordinal);
            Assert.True(error.InnerException is IOException or HttpRequestException, $"inner: {error.InnerException?.GetType()}");
            Assert.Equal(2, _server.RequestsTo(TotalMau).Count);
        }

        [Fact]
        public async Task A_50_MB_body_with_Content_Length_is_TooLarge_before_it_is_read()
        {
            var progress = new ResponseProgress();
            _server.Enqueue(TotalMau, FaultResponses.Large(FiftyMegabytes, declareLength: true, progress));

            var error = await FailsAsync(Client(), UnusableResponseReason.TooLarge, 200);

            Assert.Contains("the body is 52,428,800 bytes, over the 16,777,216-byte limit (MaxResponseBytes); it was not read", error.Message, StringComparison.Ordinal);
            await progress.ClientHungUp.WaitAsync(Bound);
            await progress.Finished.WaitAsync(Bound);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Fact]
        public async Task A_50_MB_chunked_body_is_TooLarge_once_the_limit_is_passed()
        {
            var progress = new ResponseProgress();
            _server.Enqueue(TotalMau, FaultResponses.Large(FiftyMegabytes, declareLength: false, progress));

            var error = await FailsAsync(Client(maxResponseBytes: 1024 * 1024), UnusableResponseReason.TooLarge, 200);

            Assert.Contains("1,048,576-byte limit", error.Message, StringComparison.Ordinal);
            Assert.Contains("reading stopped after 1,048,577 bytes", error.Message, StringComparison.Ordinal);
            await progress.ClientHungUp.WaitAsync(Bound);
            await progress.Finished.WaitAsync(Bound);
            Assert.Single(_server.RequestsTo(TotalMau));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_50_MB_body_parses_when_MaxResponseBytes_allows_it(bool declareLength)
        {
            var progress = new ResponseProgress();
            _server.Enqueue(TotalMau, FaultResponses.Large(FiftyMegabytes, declareLength, progress));

            var result = await Client(maxResponseBytes: 64L * 1024 * 1024).Api.V2.Usage.TotalMau.GetAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(new long[] { 15, 17 }, result!.ToSeries()[1].Points.Select(point => point.Value));
            Assert.Equal(FiftyMegabytes, await progress.Finished.WaitAsync(Bound));
            Assert.False(progress.ClientHungUp.IsCompleted);
        }

        // Error bodies that are JSON keep their typed models: the check lets them through untouched.
        [Fact]
        public async Task A_JSON_error_body_still_surfaces_as_its_typed_model()
        {
            _server.Enqueue(TotalMau, UsageResponses.ErrorResponse(403, "forbidden", "no access"));

            var error = await Assert.ThrowsAsync<ForbiddenErrorRep>(() => Client().Api.V2.Usage.TotalMau.GetAsync().WaitAsync(Bound));

            Assert.Equal("no access", error.Message);
        }
    }
}
