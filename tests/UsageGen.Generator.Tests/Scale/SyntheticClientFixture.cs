using UsageGen.Generator.Tests.Infrastructure;

namespace UsageGen.Generator.Tests.Scale;

/// <summary>Generates the 1,000-operation, 2,000-schema client once for all scale tests: the run is the expensive part.</summary>
public sealed class SyntheticClientFixture
{
    public const int Operations = 1000;

    public const int Schemas = 2000;

    public SyntheticClientFixture()
    {
        Yaml = SyntheticDescription.Create(Operations, Schemas);
        Outcome = GeneratorHarness.Run(Input);
    }

    public string Yaml { get; }

    internal OpenApiInput Input => new(SyntheticDescription.Path, Yaml, SyntheticDescription.ClientClassName, SyntheticDescription.ClientNamespace);

    internal GeneratorOutcome Outcome { get; }
}
