using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;
using Microsoft.Kiota.Serialization.Json;

namespace UsageGen.Testing.Kiota;

/// <summary>
/// Writes the same value through Kiota's <see cref="JsonSerializationWriterFactory"/> and through a generated factory
/// and asserts that both give the same bytes, or both throw exceptions of the same type. The value is made twice, once
/// for each writer, because a backing store's hooks change the model they write.
/// </summary>
public static class DifferentialWrite
{
    private const string JsonContentType = "application/json";

    /// <summary>Writes the model <paramref name="create"/> makes, as a request body, through both factories; returns the JSON (null when both threw).</summary>
    /// <param name="ours">The generated factory.</param>
    /// <param name="create">Makes the model; called once for each writer.</param>
    /// <param name="backingStore">Wrap both factories in Kiota's <see cref="BackingStoreSerializationWriterProxyFactory"/>, as a client with a backing store does.</param>
    public static string? AssertSameJson<T>(ISerializationWriterFactory ours, Func<T> create, bool backingStore = false) where T : IParsable =>
        AssertSame(ours, writer => writer.WriteObjectValue(null, create()), backingStore);

    /// <summary>Writes the models <paramref name="create"/> makes, as a request body that is an array, through both factories.</summary>
    /// <inheritdoc cref="AssertSameJson{T}(ISerializationWriterFactory, Func{T}, bool)"/>
    public static string? AssertSameCollectionJson<T>(ISerializationWriterFactory ours, Func<IEnumerable<T>> create, bool backingStore = false) where T : IParsable =>
        AssertSame(ours, writer => writer.WriteCollectionOfObjectValues(null, create()), backingStore);

    /// <summary>Runs <paramref name="write"/> on a writer from each factory and compares what they wrote.</summary>
    /// <param name="ours">The generated factory.</param>
    /// <param name="write">The writes, made once on each writer.</param>
    /// <param name="backingStore">Wrap both factories as a client with a backing store does.</param>
    public static string? AssertSame(ISerializationWriterFactory ours, Action<ISerializationWriter> write, bool backingStore = false)
    {
        var expected = Write(new JsonSerializationWriterFactory(), write, backingStore);
        var actual = Write(ours, write, backingStore);
        if (expected.Error is not null || actual.Error is not null)
        {
            if (expected.Error?.GetType() != actual.Error?.GetType())
            {
                throw new DifferentialException($"Kiota's writer {Describe(expected)}, ours {Describe(actual)}.");
            }

            return null;
        }

        if (expected.Json != actual.Json)
        {
            throw new DifferentialException($"The written JSON differs.\nKiota: {expected.Json}\nOurs:  {actual.Json}");
        }

        return actual.Json;
    }

    private static (string? Json, Exception? Error) Write(ISerializationWriterFactory factory, Action<ISerializationWriter> write, bool backingStore)
    {
        var writers = backingStore ? new BackingStoreSerializationWriterProxyFactory(factory) : factory;
        try
        {
            using var writer = writers.GetSerializationWriter(JsonContentType);
            write(writer);
            using var reader = new StreamReader(writer.GetSerializedContent(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            return (reader.ReadToEnd(), null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }

    private static string Describe((string? Json, Exception? Error) outcome) =>
        outcome.Error is { } error ? $"threw {error.GetType().Name}: {error.Message}" : $"wrote {outcome.Json}";
}
