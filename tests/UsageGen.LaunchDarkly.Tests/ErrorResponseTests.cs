using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using UsageGen.LaunchDarkly.Testing;
using UsageGen.LaunchDarkly.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Tests
{
    /// <summary>Each error status the spec documents for each operation, as the caller experiences it.</summary>
    public sealed class ErrorResponseTests : IClassFixture<UsageApiServer>
    {
        // Kiota's RetryHandler default: 3 retries, so 4 attempts in all.
        private const int DefaultAttempts = 4;

        private readonly UsageApiServer _server;

        public ErrorResponseTests(UsageApiServer server)
        {
            _server = server;
            _server.Reset();
        }

        /// <summary>Documented statuses that are not retried: 400, 401, 403 and 404 where documented.</summary>
        public static TheoryData<string, int> NonRetriedErrors() => Errors(status => status is not (429 or 503));

        /// <summary>Documented statuses Kiota's RetryHandler retries: 429 everywhere, 503 where documented.</summary>
        public static TheoryData<string, int> RetriedErrors() => Errors(status => status is 429 or 503);

        /// <summary>Operations whose spec lists no 404.</summary>
        public static TheoryData<string> OperationsWithout404()
        {
            var data = new TheoryData<string>();
            foreach (var operation in OperationCatalog.All.Where(operation => !operation.ErrorStatuses.Contains(404)))
            {
                data.Add(operation.OperationId);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(NonRetriedErrors))]
        public async Task Documented_error_surfaces_as_its_typed_model_with_status_code_and_message(string operationId, int status)
        {
            var operation = OperationCatalog.Get(operationId);
            var message = $"{operationId} failed with {status}";
            _server.Enqueue(operation.EveryParameter.Path, UsageResponses.ErrorResponse(status, ErrorModels.CodeFor(status), message));

            var exception = await Assert.ThrowsAnyAsync<ApiException>(() => operation.EveryParameter.InvokeAsync(_server.CreateClient()));

            AssertTypedError(exception, status, message);
            Assert.Single(_server.Requests);
        }

        // LaunchDarklyRetryHandler retries 429/503 three times; when the last attempt still fails, that response is
        // returned as it is, so the typed error model arrives with the service's code and message. (Kiota's own
        // RetryHandler throws an AggregateException of plain ApiExceptions there.)
        [Theory]
        [MemberData(nameof(RetriedErrors))]
        public async Task Retried_error_exhausts_4_attempts_then_surfaces_as_its_typed_model(string operationId, int status)
        {
            var operation = OperationCatalog.Get(operationId);
            var message = $"{operationId} failed with {status}";
            var failures = Enumerable.Range(0, DefaultAttempts)
                .Select(_ => UsageResponses.ErrorResponse(status, ErrorModels.CodeFor(status), message, ErrorModels.RetryHeaders(status)))
                .ToArray();
            _server.Enqueue(operation.EveryParameter.Path, failures);

            var exception = await Assert.ThrowsAnyAsync<ApiException>(() => operation.EveryParameter.InvokeAsync(_server.CreateClient()));

            AssertTypedError(exception, status, message);
            Assert.Equal(new[] { "0" }, ErrorModels.Header(exception, "Retry-After"));

            var attempts = _server.Requests;
            Assert.Equal(DefaultAttempts, attempts.Count);
            Assert.Equal(0, _server.PendingResponses);
            Assert.Empty(attempts[0].HeaderValues("Retry-Attempt"));
            for (var attempt = 1; attempt < DefaultAttempts; attempt++)
            {
                Assert.Equal(new[] { attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) }, attempts[attempt].HeaderValues("Retry-Attempt"));
            }

            // Every retry is the same request, still authenticated and versioned exactly once.
            Assert.All(attempts, attempt =>
            {
                Assert.Equal(attempts[0].RawTarget, attempt.RawTarget);
                Assert.Equal(new[] { UsageApiServer.AccessToken }, attempt.HeaderValues("Authorization"));
                Assert.Equal(new[] { "beta" }, attempt.HeaderValues("LD-API-Version"));
            });
        }

        [Theory]
        [MemberData(nameof(RetriedErrors))]
        public async Task Retried_error_with_retries_disabled_surfaces_as_its_typed_model(string operationId, int status)
        {
            var operation = OperationCatalog.Get(operationId);
            var message = $"{operationId} failed with {status}";
            _server.Enqueue(operation.EveryParameter.Path, UsageResponses.ErrorResponse(status, ErrorModels.CodeFor(status), message, ErrorModels.RetryHeaders(status)));

            var exception = await Assert.ThrowsAnyAsync<ApiException>(
                () => operation.EveryParameter.InvokeAsync(_server.CreateClient(), new RetryHandlerOption { MaxRetry = 0 }));

            AssertTypedError(exception, status, message);
            Assert.Equal(new[] { "0" }, ErrorModels.Header(exception, "Retry-After"));
            if (status == 429)
            {
                Assert.Equal(new[] { "1700000060000" }, ErrorModels.Header(exception, "X-Ratelimit-Reset"));
            }

            Assert.Single(_server.Requests);
        }

        // A status the spec does not list has no error model: Kiota reports it as a plain ApiException.
        [Theory]
        [MemberData(nameof(OperationsWithout404))]
        public async Task Undocumented_404_surfaces_as_plain_ApiException(string operationId)
        {
            var operation = OperationCatalog.Get(operationId);
            _server.Enqueue(operation.EveryParameter.Path, UsageResponses.ErrorResponse(404, "not_found", "gone"));

            var exception = await Assert.ThrowsAnyAsync<ApiException>(() => operation.EveryParameter.InvokeAsync(_server.CreateClient()));

            Assert.Equal(typeof(ApiException), exception.GetType());
            Assert.Equal(404, exception.ResponseStatusCode);
            Assert.Contains("404", exception.Message, StringComparison.Ordinal);
            Assert.Single(_server.Requests);
        }

        private static void AssertTypedError(ApiException exception, int status, string message)
        {
            Assert.IsType(ErrorModels.TypeFor(status), exception);
            Assert.Equal(status, exception.ResponseStatusCode);
            var (code, messageEscaped) = ErrorModels.Read(exception);
            Assert.Equal(ErrorModels.CodeFor(status), code);
            Assert.Equal(message, messageEscaped);
            Assert.Equal(message, exception.Message);
        }

        private static TheoryData<string, int> Errors(Func<int, bool> include)
        {
            var data = new TheoryData<string, int>();
            foreach (var operation in OperationCatalog.All)
            {
                foreach (var status in operation.ErrorStatuses.Where(include))
                {
                    data.Add(operation.OperationId, status);
                }
            }

            return data;
        }
    }
}
