using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Kiota.Abstractions;

namespace UsageGen.Testing.Kiota;

/// <summary>
/// Builds the same request configuration two ways and compares them: through a generated
/// <c>To…RequestInformation</c> method, which copies the query parameters by name, and through Kiota's own
/// <see cref="RequestInformation.Configure{T}"/>, which reads them by reflection. Every request-information method of
/// every request builder in an assembly whose only parameter is the configuration is tried with several sets of
/// values: none, all, all with empty arrays, no query object at all, and seeded random subsets.
/// </summary>
public static class DifferentialQuery
{
    private const int RandomSubsets = 6;

    private static readonly MethodInfo ConfigureMethod = typeof(RequestInformation).GetMethod(nameof(RequestInformation.Configure))!;

    private static readonly MethodInfo SetterMethod = typeof(DifferentialQuery).GetMethod(nameof(Setter), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Compares every method of every request builder in <paramref name="assembly"/> under <paramref name="namespacePrefix"/>.</summary>
    /// <returns>How many methods were compared, and a line for each difference found.</returns>
    public static (int Methods, IReadOnlyList<string> Differences) Compare(Assembly assembly, string namespacePrefix, IRequestAdapter adapter)
    {
        var methods = 0;
        var differences = new List<string>();
        var builders = assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith(namespacePrefix, StringComparison.Ordinal) == true && typeof(BaseRequestBuilder).IsAssignableFrom(type) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var builderType in builders)
        {
            var constructor = builderType.GetConstructor(new[] { typeof(Dictionary<string, object>), typeof(IRequestAdapter) });
            if (constructor is null)
            {
                continue;
            }

            foreach (var method in builderType.GetMethods().Where(IsConfigurationOnly).OrderBy(method => method.Name, StringComparer.Ordinal))
            {
                var queryType = method.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments()[0];
                methods++;
                foreach (var property in QueryProperties(queryType).Where(property => Sample(property.PropertyType, emptyArrays: false) is null))
                {
                    differences.Add($"{queryType.FullName}.{property.Name}: no sample value for {property.PropertyType}, so it would go untested");
                }

                var random = new Random(method.Name.Length * 7919 + builderType.FullName!.Length);
                foreach (var (name, values) in Scenarios(queryType, random))
                {
                    var builder = (BaseRequestBuilder)constructor.Invoke(new object[] { new Dictionary<string, object> { ["baseurl"] = "https://example.test" }, adapter });
                    var difference = CompareOne(builder, method, queryType, values);
                    if (difference is not null)
                    {
                        differences.Add($"{builderType.FullName}.{method.Name}, {name}: {difference}");
                    }
                }
            }
        }

        return (methods, differences);
    }

    private static bool IsConfigurationOnly(MethodInfo method)
    {
        if (!method.Name.StartsWith("To", StringComparison.Ordinal) || !method.Name.EndsWith("RequestInformation", StringComparison.Ordinal))
        {
            return false;
        }

        var parameters = method.GetParameters();
        return parameters.Length == 1 &&
            parameters[0].ParameterType.IsGenericType &&
            parameters[0].ParameterType.GetGenericTypeDefinition() == typeof(Action<>) &&
            parameters[0].ParameterType.GetGenericArguments()[0].GetGenericTypeDefinition() == typeof(RequestConfiguration<>);
    }

    private static string? CompareOne(BaseRequestBuilder builder, MethodInfo method, Type queryType, object? values)
    {
        var setter = SetterMethod.MakeGenericMethod(queryType).Invoke(null, new[] { values })!;
        var ours = (RequestInformation)method.Invoke(builder, new[] { setter })!;
        var kiota = new RequestInformation(ours.HttpMethod, ours.UrlTemplate!, ours.PathParameters);
        ConfigureMethod.MakeGenericMethod(queryType).Invoke(kiota, new[] { setter });

        // Kiota's reflection also takes properties with no [QueryParameter] (generated conveniences such as a
        // timestamp's DateTimeOffset view) under their C# names; no template names them, so they never reach the URL.
        var templateNames = new HashSet<string>(
            queryType.GetProperties().Select(property => property.GetCustomAttribute<QueryParameterAttribute>()?.TemplateName).OfType<string>(),
            StringComparer.OrdinalIgnoreCase);
        var expected = kiota.QueryParameters.Where(pair => templateNames.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        var keys = string.Join(",", expected.Keys.OrderBy(key => key, StringComparer.OrdinalIgnoreCase));
        var actualKeys = string.Join(",", ours.QueryParameters.Keys.OrderBy(key => key, StringComparer.OrdinalIgnoreCase));
        if (keys != actualKeys)
        {
            return $"Kiota sets [{keys}], ours [{actualKeys}]";
        }

        var joined = false;
        foreach (var pair in expected)
        {
            var actual = ours.QueryParameters[pair.Key];
            if (actual is string text && pair.Value is Array array && IsJoined(text, array))
            {
                joined = true;
                continue;
            }

            if (!SameValue(pair.Value, actual))
            {
                return $"'{pair.Key}' is {Describe(pair.Value)} through Kiota, {Describe(actual)} through ours";
            }
        }

        if (!joined && ours.URI != kiota.URI)
        {
            return $"URL {kiota.URI} through Kiota, {ours.URI} through ours";
        }

        if (!ours.Headers.TryGetValue("X-Differential", out var header) || header.Single() != "1" || ours.RequestOptions.OfType<DifferentialOption>().Count() != 1)
        {
            return "the configuration's header or option was not carried over";
        }

        return null;
    }

    // A space-, tab- or pipe-delimited array parameter: the generated method joins it before the URL is built.
    private static bool IsJoined(string text, Array array)
    {
        var items = array.Cast<object?>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty).ToArray();
        return new[] { " ", "\t", "|" }.Any(separator => text == string.Join(separator, items));
    }

    private static bool SameValue(object? expected, object? actual) =>
        expected is Array left && actual is Array right
            ? left.Length == right.Length && left.Cast<object?>().Zip(right.Cast<object?>(), Equals).All(same => same)
            : Equals(expected, actual);

    private static string Describe(object? value) => value switch
    {
        null => "absent",
        Array array => "[" + string.Join(", ", array.Cast<object?>()) + "] (" + value.GetType().Name + ")",
        _ => value + " (" + value.GetType().Name + ")",
    };

    private static Action<RequestConfiguration<T>> Setter<T>(T? values) where T : class, new() =>
        configuration =>
        {
            configuration.QueryParameters = values!;
            configuration.Headers.Add("X-Differential", "1");
            configuration.Options.Add(new DifferentialOption());
        };

    private static IEnumerable<(string Name, object? Values)> Scenarios(Type queryType, Random random)
    {
        var properties = QueryProperties(queryType);
        yield return ("no query object", null);
        yield return ("nothing set", Activator.CreateInstance(queryType));
        yield return ("everything set", Fill(queryType, properties, _ => true, emptyArrays: false));
        yield return ("everything set, arrays empty", Fill(queryType, properties, _ => true, emptyArrays: true));
        for (var subset = 0; subset < RandomSubsets; subset++)
        {
            yield return ($"random subset {subset}", Fill(queryType, properties, _ => random.Next(2) == 0, emptyArrays: random.Next(4) == 0));
        }
    }

    private static PropertyInfo[] QueryProperties(Type queryType) =>
        queryType.GetProperties().Where(property => property.CanWrite && property.GetCustomAttribute<QueryParameterAttribute>() is not null).ToArray();

    private static object Fill(Type queryType, PropertyInfo[] properties, Func<PropertyInfo, bool> include, bool emptyArrays)
    {
        var values = Activator.CreateInstance(queryType)!;
        foreach (var property in properties)
        {
            if (include(property) && Sample(property.PropertyType, emptyArrays) is { } value)
            {
                property.SetValue(values, value);
            }
        }

        return values;
    }

    private static object? Sample(Type type, bool emptyArrays)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var items = emptyArrays ? Array.Empty<object>() : new[] { Sample(element, false), Sample(element, false) };
            var array = Array.CreateInstance(element, items.Length);
            for (var index = 0; index < items.Length; index++)
            {
                array.SetValue(items[index], index);
            }

            return array;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            var members = Enum.GetValues(underlying);
            return members.Length == 0 ? null : members.GetValue(members.Length - 1);
        }

        return underlying switch
        {
            _ when underlying == typeof(string) => "a b&c/ü",
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(int) => 7,
            _ when underlying == typeof(long) => 1710498600000L,
            _ when underlying == typeof(double) => 1.5d,
            _ when underlying == typeof(float) => 2.5f,
            _ when underlying == typeof(decimal) => 3.25m,
            _ when underlying == typeof(DateTimeOffset) => new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.FromHours(1)),
            _ when underlying == typeof(Guid) => new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
            _ when underlying == typeof(Date) => new Date(2024, 3, 15),
            _ when underlying == typeof(Time) => new Time(10, 30, 5),
            _ when underlying == typeof(TimeSpan) => TimeSpan.FromMinutes(90),
            _ => null,
        };
    }

    /// <summary>A request option of the test's own, to see that options reach the request.</summary>
    private sealed class DifferentialOption : IRequestOption
    {
    }
}
