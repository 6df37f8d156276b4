using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// What the generated JSON read path reads itself and what it hands to Kiota's parse node, on the constructs
/// description, and that it and the JSON writer compile cleanly in each language mode they are emitted for.
/// </summary>
public sealed class JsonReaderEmitTests
{
    private static string Readers(GeneratorOutcome outcome) =>
        outcome.Sources.Single(source => source.HintName == "Constructs.ConstructsClient.ConstructsClientJsonModelReaders.g.cs").SourceText.ToString();

    private static string FillMethod(string readers, string model)
    {
        var start = readers.IndexOf("private static global::Constructs.Models." + model + " FillConstructs_Models_" + model + "(", System.StringComparison.Ordinal);
        Assert.True(start >= 0, model + " has no reader");
        var end = readers.IndexOf("            return item;", start, System.StringComparison.Ordinal);
        return readers.Substring(start, end - start);
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void The_read_and_write_paths_are_emitted_per_client_and_compile_without_warnings(LanguageVersion version)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.ParseOptions(version), GeneratorHarness.Constructs());

        Assert.Empty(outcome.CompilationDiagnostics.Select(d => d.ToString()));
        var names = outcome.Sources.Select(source => source.HintName).ToList();
        Assert.Contains("Constructs.ConstructsClient.ConstructsClientJsonParseNodeFactory.g.cs", names);
        Assert.Contains("Constructs.ConstructsClient.ConstructsClientJsonParseNode.g.cs", names);
        Assert.Contains("Constructs.ConstructsClient.ConstructsClientJsonModelReaders.g.cs", names);
        Assert.Contains("Constructs.ConstructsClient.ConstructsClientJsonSerializationWriterFactory.g.cs", names);
        Assert.Contains("Constructs.ConstructsClient.ConstructsClientJsonSerializationWriter.g.cs", names);
    }

    [Fact]
    public void A_derived_model_reads_its_base_s_properties_and_its_own()
    {
        var cat = FillMethod(Readers(GeneratorHarness.Run(GeneratorHarness.Constructs())), "Cat");

        Assert.Contains("case \"livesLeft\":", cat);
        Assert.Contains("case \"petType\":", cat);
        Assert.Contains("case \"name\":", cat);
    }

    [Fact]
    public void A_model_with_a_discriminator_is_created_from_the_value_looked_up_ahead_and_filled_by_the_mapped_type_s_reader()
    {
        var readers = Readers(GeneratorHarness.Run(GeneratorHarness.Constructs()));
        var person = FillMethod(readers, "Person");

        // Pet has a discriminator: ReadModels_Pet looks its value up and fills Cat, Dog or Pet; Person has none.
        Assert.Contains("values.Add(ReadConstructs_Models_Pet(ref reader, before, after))", person);
        Assert.Contains("item.Partner = FillConstructs_Models_Person(ref reader, new global::Constructs.Models.Person(), before, after);", person);
        Assert.Contains("item.Notes = node.GetObjectValue<UntypedNode>(UntypedNode.CreateFromDiscriminatorValue);", person);
        Assert.Contains("var mappingValue = DiscriminatorValue(reader, \"petType\");", readers);
        Assert.Contains("if(string.Equals(mappingValue, \"Cat\", StringComparison.Ordinal)) return FillConstructs_Models_Cat(ref reader, new global::Constructs.Models.Cat(), before, after);", readers);
    }

    [Fact]
    public void On_the_Kiota_1_x_line_no_read_or_write_path_is_emitted()
    {
        // Kiota 1.x has IAsyncParseNodeFactory beside a synchronous IParseNodeFactory; declaring it stands in for that runtime.
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(parseOptions, "namespace Microsoft.Kiota.Abstractions.Serialization { public interface IAsyncParseNodeFactory { } }");
        var result = GeneratorHarness.CreateDriver(parseOptions, GeneratorHarness.Constructs()).RunGenerators(compilation).GetRunResult();

        var names = result.Results.Single().GeneratedSources.Select(source => source.HintName).ToList();
        Assert.Contains("Constructs.Models.Pet.g.cs", names);
        Assert.DoesNotContain(names, name => name.StartsWith("Constructs.ConstructsClient.ConstructsClientJson", System.StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("Constructs.ConstructsClient.ConstructsClient", System.StringComparison.Ordinal));
    }
}
