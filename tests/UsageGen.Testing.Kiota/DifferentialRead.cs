using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;
using Microsoft.Kiota.Serialization.Json;


namespace UsageGen.Testing.Kiota;

/// <summary>
/// Reads the same bytes through Kiota's <see cref="JsonParseNodeFactory"/> and through a generated factory, and asserts
/// that both give equal model graphs and equal JSON when written back with Kiota's <see cref="JsonSerializationWriter"/>,
/// or both throw exceptions of the same type.
/// </summary>
public static class DifferentialRead
{
    /// <summary>Reads <paramref name="json"/> as one model through both factories and asserts that they agree; returns our model (null when both threw).</summary>
    /// <param name="ours">The generated factory.</param>
    /// <param name="json">The payload.</param>
    /// <param name="factory">The model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <param name="backingStore">Wrap both factories in Kiota's <see cref="BackingStoreParseNodeFactory"/>, as a client with a backing store does.</param>
    /// <param name="forwardOnly">Give both factories a <see cref="ForwardOnlyStream"/> instead of a <see cref="MemoryStream"/>.</param>
    public static async Task<T?> AssertSameObjectAsync<T>(IParseNodeFactory ours, string json, ParsableFactory<T> factory, bool backingStore = false, bool forwardOnly = false) where T : class, IParsable =>
        await AssertSameObjectAsync(ours, Encoding.UTF8.GetBytes(json), factory, backingStore, forwardOnly);

    /// <inheritdoc cref="AssertSameObjectAsync{T}(IParseNodeFactory, string, ParsableFactory{T}, bool, bool)"/>
    public static async Task<T?> AssertSameObjectAsync<T>(IParseNodeFactory ours, byte[] json, ParsableFactory<T> factory, bool backingStore = false, bool forwardOnly = false) where T : class, IParsable
    {
        var expected = await ReadAsync(new JsonParseNodeFactory(), json, node => node.GetObjectValue(factory), backingStore, forwardOnly);
        var actual = await ReadAsync(ours, json, node => node.GetObjectValue(factory), backingStore, forwardOnly);
        AssertSame(expected, actual);
        return actual.Value;
    }

    /// <summary>Reads <paramref name="json"/> as a collection of models through both factories and asserts that they agree.</summary>
    public static async Task<List<T>?> AssertSameCollectionAsync<T>(IParseNodeFactory ours, string json, ParsableFactory<T> factory) where T : class, IParsable
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = await ReadAsync(new JsonParseNodeFactory(), bytes, node => node.GetCollectionOfObjectValues(factory).ToList(), false, false);
        var actual = await ReadAsync(ours, bytes, node => node.GetCollectionOfObjectValues(factory).ToList(), false, false);
        Check(expected.Error, actual.Error, expected.Value, actual.Value);
        if (expected.Value is not null)
        {
            Equal(string.Join("\n", expected.Value.Select(Written)), string.Join("\n", actual.Value!.Select(Written)));
        }

        return actual.Value;
    }

    /// <summary>The model written back as JSON by Kiota's serialization writer.</summary>
    public static string Write(IParsable model)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var stream = writer.GetSerializedContent();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void AssertSame<T>((T? Value, Exception? Error) expected, (T? Value, Exception? Error) actual) where T : class, IParsable
    {
        Check(expected.Error, actual.Error, expected.Value, actual.Value);
        if (expected.Value is not null)
        {
            Equal(Written(expected.Value), Written(actual.Value!));
        }
    }

    // Kiota cannot write back everything it reads (an infinite float, a union that matched nothing): then both must fail alike.
    private static string Written(IParsable model)
    {
        try
        {
            return Write(model);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return "writing throws " + ex.GetType().FullName;
        }
    }

    private static void Check(Exception? expectedError, Exception? actualError, object? expected, object? actual)
    {
        if (expectedError?.GetType() != actualError?.GetType())
        {
            throw new DifferentialException($"Kiota's path gave {Describe(expectedError)}, ours {Describe(actualError)}");
        }

        if (ModelGraph.FirstDifference(expected, actual) is { } difference)
        {
            throw new DifferentialException("The model graphs differ (Kiota's vs ours) at " + difference);
        }
    }

    private static void Equal(string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new DifferentialException($"The written JSON differs.\nKiota's: {expected}\nOurs:    {actual}");
        }
    }

    private static string Describe(Exception? error) => error is null ? "no exception" : error.GetType().FullName + ": " + error.Message;

    private static async Task<(T? Value, Exception? Error)> ReadAsync<T>(IParseNodeFactory factory, byte[] json, Func<IParseNode, T> read, bool backingStore, bool forwardOnly) where T : class
    {
        IParseNodeFactory used = backingStore ? new BackingStoreParseNodeFactory(factory) : factory;
        try
        {
            var node = await used.GetRootParseNodeAsync("application/json", forwardOnly ? new ForwardOnlyStream(json) : new MemoryStream(json));
            return (read(node), null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }
}
