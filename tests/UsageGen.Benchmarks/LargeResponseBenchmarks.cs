using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Constructs.ConstructsClient;
using Constructs.Models;
using Microsoft.Kiota.Serialization.Json;

namespace UsageGen.Benchmarks;

/// <summary>
/// A 1 MB response of the constructs description's pets (a model with a discriminator, every property format, enums,
/// maps, untyped values, nested discriminated models), read and written through Kiota's JSON factories and through
/// the client's generated ones. Kiota's path is each group's baseline: the generated path must be no slower by any row,
/// including where it hands values (enums, dates, GUIDs, untyped values) to Kiota's parse node one by one.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargeResponseBenchmarks
{
    private const string JsonContentType = "application/json";

    private readonly JsonParseNodeFactory _kiotaReader = new();
    private readonly ConstructsClientJsonParseNodeFactory _generatedReader = new();
    private readonly JsonSerializationWriterFactory _kiotaWriter = new();
    private readonly ConstructsClientJsonSerializationWriterFactory _generatedWriter = new();
    private byte[] _body = Array.Empty<byte>();
    private List<Pet> _pets = new();

    /// <summary>The response's size.</summary>
    public const int Bytes = 1024 * 1024;

    [GlobalSetup]
    public void Setup()
    {
        _body = PetListBody.Create(Bytes);
        _pets = KiotaRead();

        // Both paths must read the same pets and write the same bytes, or the comparison means nothing.
        var generated = GeneratedRead();
        if (generated.Count != _pets.Count || !generated.Select(pet => pet.GetType()).SequenceEqual(_pets.Select(pet => pet.GetType())))
        {
            throw new InvalidOperationException("The generated factory read other pets than Kiota's.");
        }

        using var kiota = new MemoryStream();
        KiotaWrite().CopyTo(kiota);
        using var ours = new MemoryStream();
        GeneratedWrite().CopyTo(ours);
        if (!kiota.ToArray().AsSpan().SequenceEqual(ours.ToArray()))
        {
            throw new InvalidOperationException("The generated writer wrote other bytes than Kiota's.");
        }
    }

    [BenchmarkCategory("Read"), Benchmark(Baseline = true, Description = "Kiota parse node → List<Pet> (1 MB)")]
    public List<Pet> KiotaRead() => Read(_kiotaReader);

    [BenchmarkCategory("Read"), Benchmark(Description = "Generated factory → List<Pet> (1 MB)")]
    public List<Pet> GeneratedRead() => Read(_generatedReader);

    [BenchmarkCategory("Write"), Benchmark(Baseline = true, Description = "Kiota JsonSerializationWriter ← List<Pet> (1 MB)")]
    public Stream KiotaWrite() => Write(_kiotaWriter);

    [BenchmarkCategory("Write"), Benchmark(Description = "Generated factory's writer ← List<Pet> (1 MB)")]
    public Stream GeneratedWrite() => Write(_generatedWriter);

    private List<Pet> Read(Microsoft.Kiota.Abstractions.Serialization.IParseNodeFactory factory)
    {
        var root = factory.GetRootParseNodeAsync(JsonContentType, new MemoryStream(_body, writable: false)).GetAwaiter().GetResult();
        return root.GetCollectionOfObjectValues(Pet.CreateFromDiscriminatorValue).ToList();
    }

    private Stream Write(Microsoft.Kiota.Abstractions.Serialization.ISerializationWriterFactory factory)
    {
        using var writer = factory.GetSerializationWriter(JsonContentType);
        writer.WriteCollectionOfObjectValues(null, _pets);
        return writer.GetSerializedContent();
    }
}
