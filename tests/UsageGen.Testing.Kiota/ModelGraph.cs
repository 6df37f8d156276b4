using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;

namespace UsageGen.Testing.Kiota;

/// <summary>
/// Compares two deserialized values structurally: models property by property (their runtime types too), AdditionalData
/// entries with the runtime types of their values, UntypedNode trees, collections element by element, and backing
/// stores by what they track. The first difference is reported with its path.
/// </summary>
public static class ModelGraph
{
    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or null when there is none.</summary>
    public static string? FirstDifference(object? expected, object? actual) => Compare(expected, actual, "$", new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Compare(object? expected, object? actual, string path, HashSet<object> visited)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Describe(expected)} vs {Describe(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: type {expected.GetType().FullName} vs {actual.GetType().FullName}";
        }

        // A model graph may be cyclic (a backing store holds its model's values); each expected object is compared once.
        if (!expected.GetType().IsValueType && expected is not string && !visited.Add(expected))
        {
            return null;
        }

        switch (expected)
        {
            case string or bool or Enum or Guid or TimeSpan or Date or Time or decimal or double or float or long or int or short or ushort or uint or ulong or byte or sbyte or DateTime:
                return expected.Equals(actual) ? null : $"{path}: {Describe(expected)} vs {Describe(actual)}";
            case DateTimeOffset dto:
                var other = (DateTimeOffset)actual;
                return dto.Equals(other) && dto.Offset == other.Offset ? null : $"{path}: {Describe(expected)} vs {Describe(actual)}";
            case byte[] bytes:
                return bytes.SequenceEqual((byte[])actual) ? null : $"{path}: bytes differ";
            case UntypedNode node:
                return Compare(UntypedValue(node), UntypedValue((UntypedNode)actual), path + "<untyped>", visited);
            case IDictionary dictionary:
                return CompareDictionaries(dictionary, (IDictionary)actual, path, visited);
            case IBackingStore store:
                return CompareStores(store, (IBackingStore)actual, path, visited);
            case IEnumerable sequence:
                return CompareSequences(sequence, (IEnumerable)actual, path, visited);
            default:
                return CompareProperties(expected, actual, path, visited);
        }
    }

    private static object? UntypedValue(UntypedNode node) => node switch
    {
        UntypedObject o => o.GetValue(),
        UntypedArray a => a.GetValue().ToList(),
        UntypedNull => null,
        _ => node.GetType().GetMethod("GetValue")!.Invoke(node, null),
    };

    private static string? CompareDictionaries(IDictionary expected, IDictionary actual, string path, HashSet<object> visited)
    {
        var expectedKeys = expected.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!).ToList();
        var actualKeys = actual.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal))
        {
            return $"{path}: keys [{string.Join(",", expectedKeys)}] vs [{string.Join(",", actualKeys)}]";
        }

        foreach (var key in expected.Keys)
        {
            if (Compare(expected[key], actual[key], $"{path}[{key}]", visited) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareSequences(IEnumerable expected, IEnumerable actual, string path, HashSet<object> visited)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        if (left.Count != right.Count)
        {
            return $"{path}: {left.Count} elements vs {right.Count}";
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (Compare(left[i], right[i], $"{path}[{i}]", visited) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareStores(IBackingStore expected, IBackingStore actual, string path, HashSet<object> visited)
    {
        if (expected.InitializationCompleted != actual.InitializationCompleted || expected.ReturnOnlyChangedValues != actual.ReturnOnlyChangedValues)
        {
            return $"{path}: store state differs (initialization completed {expected.InitializationCompleted} vs {actual.InitializationCompleted})";
        }

        var left = expected.Enumerate().ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var right = actual.Enumerate().ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return Compare(left, right, path + ".<store>", visited)
            ?? (expected.EnumerateKeysForValuesChangedToNull().SequenceEqual(actual.EnumerateKeysForValuesChangedToNull()) ? null : $"{path}: keys changed to null differ");
    }

    private static string? CompareProperties(object expected, object actual, string path, HashSet<object> visited)
    {
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // What Exception and ApiException add (stack trace, response headers…) is not read from the body.
            if (property.GetIndexParameters().Length > 0 || property.DeclaringType == typeof(Exception) || property.DeclaringType == typeof(ApiException) || property.DeclaringType == typeof(object))
            {
                continue;
            }

            if (Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name, visited) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Describe(object? value) => value is null ? "null" : $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}";
}
