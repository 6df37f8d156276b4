using System;
using System.Collections.Generic;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>The fuzz cases by group; a group is one kind of mutation, so a failing theory row names the kind.</summary>
internal static class FuzzCatalog
{
    private static readonly Dictionary<string, Func<IEnumerable<FuzzCase>>> Generators = new(StringComparer.Ordinal)
    {
        ["DeletedKeys"] = StructuralMutations.DeletedKeys,
        ["WrongTypes"] = StructuralMutations.WrongTypes,
        ["DanglingRefs"] = StructuralMutations.DanglingRefs,
        ["CyclicRefs"] = StructuralMutations.CyclicRefs,
        ["DuplicateKeys"] = StructuralMutations.DuplicateKeys,
        ["HugeStrings"] = TextMutations.HugeStrings,
        ["AliasBombs"] = AliasMutations.AliasBombs,
        ["InvalidText"] = TextMutations.InvalidText,
        ["BinaryGarbage"] = TextMutations.BinaryGarbage,
        ["Truncations"] = TextMutations.Truncations,
        ["EmptyAndComments"] = TextMutations.EmptyAndComments,
    };

    /// <summary>Group names in a fixed order (deep nesting has its own test, run on its own).</summary>
    public static IReadOnlyList<string> Groups { get; } = new[]
    {
        "DeletedKeys", "WrongTypes", "DanglingRefs", "CyclicRefs", "DuplicateKeys", "HugeStrings", "AliasBombs", "InvalidText",
        "BinaryGarbage", "Truncations", "EmptyAndComments",
    };

    public static IEnumerable<FuzzCase> Cases(string group) => Generators[group]();
}
