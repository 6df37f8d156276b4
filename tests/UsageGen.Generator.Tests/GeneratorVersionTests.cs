using System.Linq;
using System.Reflection;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>Snapshots scrub the version in <c>[GeneratedCode]</c>; this is where its real value is checked.</summary>
public sealed class GeneratorVersionTests
{
    [Fact]
    public void Generated_code_names_the_generator_assemblys_version()
    {
        var informational = typeof(OpenApiClientGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var version = informational.Split('+')[0];

        var outcome = GeneratorHarness.Run(GeneratorHarness.LaunchDarkly());

        Assert.All(outcome.Sources, source => Assert.Contains($"[global::System.CodeDom.Compiler.GeneratedCode(\"UsageGen\", \"{version}\")]", source.SourceText.ToString()));
        Assert.NotEmpty(outcome.Sources.Where(source => source.HintName.EndsWith("Client.g.cs", System.StringComparison.Ordinal)));
    }
}
