using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// Compares Kiota's public surface with ours, type by type and member by member. A member of ours is compatible
/// when code written against Kiota's compiles against it: same name and static-ness, every accessor Kiota offers,
/// parameters in the same order with the same names, optional wherever Kiota's are (extra ones optional), and types
/// that convert the way the calls need: Kiota's argument types to ours (a <c>List&lt;T&gt;</c> passes as an
/// <c>IEnumerable&lt;T&gt;</c>, an <c>int</c> as a <c>long</c>), our results to Kiota's. Nullable reference annotations only warn and are ignored.
/// </summary>
public static class SurfaceComparer
{
    public static SurfaceComparison Compare(Compilation kiota, Compilation ours, bool internalToo)
    {
        var kiotaTypes = SurfaceMembers.Types(kiota, internalToo);
        var ourTypes = SurfaceMembers.Types(ours, internalToo);
        var mismatches = new List<Mismatch>();
        int matchedTypes = 0, kiotaMembers = 0, matchedMembers = 0;
        foreach (var (name, kiotaType) in kiotaTypes)
        {
            var members = SurfaceMembers.Declared(kiotaType);
            kiotaMembers += members.Count;
            if (!ourTypes.TryGetValue(name, out var ourType))
            {
                // Its members are counted as unmatched, not listed: the type is the thing to fix.
                mismatches.Add(new Mismatch(Mismatch.MissingType, name));
                continue;
            }

            if (kiotaType.TypeKind != ourType.TypeKind)
            {
                mismatches.Add(new Mismatch(Mismatch.KindDiffers, $"{name}  Kiota {Kind(kiotaType)}, ours {Kind(ourType)}"));
                continue;
            }

            // A type public where Kiota's is internal leaks into the user's public API; internal where Kiota's is public, it is out of reach.
            if (kiotaType.DeclaredAccessibility != ourType.DeclaredAccessibility)
            {
                mismatches.Add(new Mismatch(Mismatch.AccessibilityDiffers, $"{name}  Kiota {AccessText(kiotaType)}, ours {AccessText(ourType)}"));
            }

            var ourBases = SurfaceMembers.Bases(ourType).Select(TypeDisplay.Key).ToHashSet(StringComparer.Ordinal);
            var missingBases = SurfaceMembers.Bases(kiotaType).Where(b => !ourBases.Contains(TypeDisplay.Key(b))).ToList();
            mismatches.AddRange(missingBases.Select(b => new Mismatch(Mismatch.MissingBase, $"{name}  {TypeDisplay.Readable(b)}")));
            matchedTypes += missingBases.Count == 0 ? 1 : 0;

            foreach (var member in members)
            {
                var candidates = SurfaceMembers.Reachable(ourType, member.Name).Where(c => SurfaceMembers.Kind(c) == SurfaceMembers.Kind(member)).ToList();
                var kind = SurfaceMembers.Kind(member);
                if (candidates.Any(candidate => Compatible(member, candidate)))
                {
                    matchedMembers++;
                }
                else if (candidates.Count == 0)
                {
                    mismatches.Add(new Mismatch(Mismatch.MissingMember, $"{name}  {kind} {TypeDisplay.Signature(member)}"));
                }
                else
                {
                    var ourSignatures = string.Join(" | ", candidates.Select(TypeDisplay.Signature).OrderBy(s => s, StringComparer.Ordinal));
                    mismatches.Add(new Mismatch(Mismatch.MemberDiffers, $"{name}  {kind} {TypeDisplay.Signature(member)}  ours: {ourSignatures}"));
                }
            }
        }

        var sorted = mismatches.OrderBy(m => m.ToString(), StringComparer.Ordinal).ToList();
        return new SurfaceComparison(kiotaTypes.Count, matchedTypes, kiotaMembers, matchedMembers, sorted);
    }

    private static string Kind(INamedTypeSymbol type) => type.TypeKind.ToString().ToLowerInvariant();

    private static string AccessText(INamedTypeSymbol type) => type.DeclaredAccessibility.ToString().ToLowerInvariant();

    private static bool Compatible(ISymbol kiota, ISymbol ours) => kiota.IsStatic == ours.IsStatic && (kiota, ours) switch
    {
        (IPropertySymbol k, IPropertySymbol o) => (!Readable(k) || (Readable(o) && Converts(o.Type, k.Type)))
            && (!Writable(k) || (Writable(o) && Converts(k.Type, o.Type)))
            && CompatibleParameters(k.Parameters, o.Parameters),
        // A call whose result Kiota's code does not use compiles whatever ours returns.
        (IMethodSymbol k, IMethodSymbol o) => k.Arity == o.Arity
            && (k.ReturnsVoid || (!o.ReturnsVoid && Converts(o.ReturnType, k.ReturnType)))
            && CompatibleParameters(k.Parameters, o.Parameters),
        (IFieldSymbol k, IFieldSymbol o) => Converts(o.Type, k.Type) && (k.IsReadOnly || k.IsConst || (!o.IsReadOnly && !o.IsConst && Converts(k.Type, o.Type))),
        (IEventSymbol k, IEventSymbol o) => TypeDisplay.Key(k.Type) == TypeDisplay.Key(o.Type),
        _ => false,
    };

    /// <summary>
    /// Whether a value of <paramref name="from"/> is implicitly a <paramref name="to"/>: the same type, a base class or
    /// interface of it, or its nullable form. The two come from different compilations, so types are matched by name.
    /// </summary>
    private static bool Converts(ITypeSymbol from, ITypeSymbol to)
    {
        var target = TypeDisplay.Key(to);
        if (to.SpecialType == SpecialType.System_Object
            || (to is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && TypeDisplay.Key(nullable.TypeArguments[0]) == TypeDisplay.Key(from)))
        {
            return true;
        }

        return Supertypes(from).Any(type => TypeDisplay.Key(type) == target) || WidensTo(from.SpecialType, to.SpecialType);
    }

    /// <summary>C#'s implicit numeric conversions that lose nothing (an int argument to a long parameter compiles).</summary>
    private static bool WidensTo(SpecialType from, SpecialType to) => from switch
    {
        SpecialType.System_SByte => to is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Byte => to is SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Int16 => to is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Int32 => to is SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Int64 => to is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Single => to is SpecialType.System_Double,
        _ => false,
    };

    private static IEnumerable<ITypeSymbol> Supertypes(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            yield return @interface;
        }
    }

    private static bool Readable(IPropertySymbol property) => property.GetMethod is { DeclaredAccessibility: Accessibility.Public };

    /// <summary>An init accessor does not take an assignment after construction, which Kiota's setters do.</summary>
    private static bool Writable(IPropertySymbol property) => property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };

    private static bool CompatibleParameters(ImmutableArray<IParameterSymbol> kiota, ImmutableArray<IParameterSymbol> ours)
    {
        if (ours.Length < kiota.Length)
        {
            return false;
        }

        for (var i = 0; i < ours.Length; i++)
        {
            var ourParameter = ours[i];
            if (i >= kiota.Length)
            {
                if (!ourParameter.IsOptional && !ourParameter.IsParams)
                {
                    return false;
                }

                continue;
            }

            var kiotaParameter = kiota[i];
            var convertible = kiotaParameter.RefKind == RefKind.None
                ? Converts(kiotaParameter.Type, ourParameter.Type)
                : TypeDisplay.Key(kiotaParameter.Type) == TypeDisplay.Key(ourParameter.Type);
            if (!convertible
                || kiotaParameter.RefKind != ourParameter.RefKind
                || kiotaParameter.Name != ourParameter.Name
                || (kiotaParameter.IsOptional && !ourParameter.IsOptional))
            {
                return false;
            }
        }

        return true;
    }
}
