using System.Linq;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// What an executor returns when no success response has a schema, decided as Kiota 1.38 decides it, so that code
/// written against Kiota's output (which awaits a Stream there) compiles against ours.
/// </summary>
public sealed class ReturnTypeTests
{
    [Theory]
    [InlineData("'404':\n          description: missing", "Task<Stream?> GetAsync(")]
    [InlineData("'200':\n          description: ok\n          content:\n            application/json: {}", "Task<Stream?> GetAsync(")]
    [InlineData("'200':\n          description: ok\n          content:\n            application/json: {}\n        '204':\n          description: none", "Task GetAsync(")]
    [InlineData("'200':\n          description: ok\n          content:\n            text/plain: {}", "Task<string?> GetAsync(")]
    [InlineData("'200':\n          description: ok\n          content:\n            application/json:\n              schema: {}", "Task<UntypedNode?> GetAsync(")]
    public void Without_a_schema_the_executor_returns_what_Kiota_returns(string responses, string expected)
    {
        var yaml = """
            openapi: 3.0.3
            info:
              title: Returns
              version: '1'
            servers:
              - url: https://api.example.test
            paths:
              /thing:
                get:
                  responses:
                    
            """ + responses + "\n";

        var outcome = GeneratorHarness.Run(new OpenApiInput("/specs/returns.yaml", yaml, "ReturnsClient", "Returns"));

        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        Assert.Contains(expected, outcome.Source("Returns.Thing.ThingRequestBuilder.g.cs"));
    }
}
