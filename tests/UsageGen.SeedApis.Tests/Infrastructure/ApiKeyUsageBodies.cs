namespace UsageGen.SeedApis.Tests.Infrastructure
{
    /// <summary>Response bodies shaped as tests/specs/apikey-usage.yaml describes them.</summary>
    public static class ApiKeyUsageBodies
    {
        /// <summary>A full 200 body: every part of <c>data</c>, one int64 count above int.MaxValue, an integral double.</summary>
        public const string FullUsage = """
            {
              "success": true,
              "data": {
                "time_series": [
                  { "timestamp": "2024-05-01T10:00:00Z", "requests": 5000000000, "errors": 12, "avg_latency_ms": 85.5 },
                  { "timestamp": "2024-05-01T11:00:00+02:00", "requests": 980, "errors": 0, "avg_latency_ms": 79.25 }
                ],
                "endpoint_breakdown": [
                  { "endpoint": "/v1/completions", "method": "POST", "requests": 1500, "errors": 10, "avg_latency_ms": 120.75 },
                  { "endpoint": "/v1/models", "method": "GET", "requests": 680, "errors": 5, "avg_latency_ms": 12.5 }
                ],
                "error_stats": {
                  "total_errors": 15,
                  "error_rate": 0.0069,
                  "by_status_code": [ { "status_code": 429, "count": 9 }, { "status_code": 500, "count": 6 } ]
                },
                "latency_stats": { "avg_ms": 82.6, "p50_ms": 70, "p95_ms": 210.5, "p99_ms": 480.25 },
                "rate_limit": { "limit": 300, "remaining": 212, "reset_at": "2024-05-01T11:01:00Z" },
                "alerts": [
                  { "type": "rate_limit", "severity": "warning", "message": "Rate limit usage above 70%" },
                  { "type": "recommendation", "severity": "info", "message": "Cache /v1/models responses" }
                ],
                "pagination": { "limit": 2, "offset": 200, "total": 5000000001, "has_more": true }
              },
              "timestamp": "2024-05-01T11:00:30.123Z"
            }
            """;

        /// <summary>A 200 body with the smallest <c>data</c>: nothing requested beyond the defaults came back.</summary>
        public const string EmptyUsage = """
            { "success": true, "data": { "time_series": [], "alerts": [] }, "timestamp": "2024-05-02T00:00:00Z" }
            """;

        /// <summary>An error body with the given code and message (as JSON string contents, no escapes needed).</summary>
        public static string Error(string code, string message) =>
            "{ \"success\": false, \"error\": { \"code\": \"" + code + "\", \"message\": \"" + message + "\" }, \"timestamp\": \"2024-05-01T12:00:00Z\" }";
    }
}
