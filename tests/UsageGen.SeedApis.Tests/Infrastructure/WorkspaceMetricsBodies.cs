namespace UsageGen.SeedApis.Tests.Infrastructure
{
    /// <summary>Response bodies shaped as tests/specs/workspace-metrics.yaml describes them.</summary>
    public static class WorkspaceMetricsBodies
    {
        /// <summary>The documentation's example response.</summary>
        public const string DocumentedExample = """
            [ {"date": "2024-01-01", "dau": 45, "wau": 120, "mau": 450}, {"date": "2024-01-02", "dau": 52, "wau": 125, "mau": 450}, {"date": "2024-01-03", "dau": 38, "wau": 128, "mau": 460} ]
            """;

        /// <summary>DAU and MAU only (WAU skipped, so null), a day without data (DAU null) and a leap day.</summary>
        public const string DauAndMauWithGaps = """
            [
              { "date": "2024-02-28", "dau": 0, "wau": null, "mau": 2147483647 },
              { "date": "2024-02-29", "dau": null, "wau": null, "mau": 461 }
            ]
            """;

        /// <summary>FastAPI's 422 body for an unparsable period_length and an unknown metric (pydantic v2 adds input/ctx).</summary>
        public const string ValidationFailure = """
            {
              "detail": [
                { "loc": ["query", "period_length"], "msg": "Input should be a valid integer, unable to parse string as an integer", "type": "int_parsing", "input": "a year" },
                { "loc": ["query", "metrics", 1], "msg": "Input should be 'dau', 'wau' or 'mau'", "type": "enum", "input": "yau", "ctx": { "expected": "'dau', 'wau' or 'mau'" } }
              ]
            }
            """;
    }
}
