using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>What of a generated client calling code can touch: public types and their public members.</summary>
public static class SurfaceMembers
{
    /// <summary>
    /// Every type of the compilation's own source that calling code reaches, nested ones included, by full name: the
    /// public ones, and with <paramref name="internalToo"/> the internal ones (for a client generated internal, which
    /// only its own assembly calls).
    /// </summary>
    public static SortedDictionary<string, INamedTypeSymbol> Types(Compilation compilation, bool internalToo)
    {
        var types = new SortedDictionary<string, INamedTypeSymbol>(System.StringComparer.Ordinal);
        Collect(compilation.Assembly.GlobalNamespace);
        return types;

        void Collect(INamespaceOrTypeSymbol container)
        {
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    Collect(ns);
                }
                else if (member is INamedTypeSymbol type && (type.DeclaredAccessibility == Accessibility.Public || (internalToo && type.DeclaredAccessibility == Accessibility.Internal)))
                {
                    types[TypeDisplay.FullName(type)] = type;
                    Collect(type);
                }
            }
        }
    }

    /// <summary>The public members a type declares itself, in a stable order.</summary>
    public static IReadOnlyList<ISymbol> Declared(INamedTypeSymbol type) =>
        type.GetMembers()
            .Where(member => member.DeclaredAccessibility == Accessibility.Public && IsCallable(member))
            .OrderBy(TypeDisplay.Signature, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>Base class and interfaces calling code may convert to; <c>object</c>, <c>Enum</c> and <c>ValueType</c> go without saying.</summary>
    public static IEnumerable<INamedTypeSymbol> Bases(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType is not (SpecialType.System_Object or SpecialType.System_Enum or SpecialType.System_ValueType); baseType = baseType.BaseType)
        {
            yield return baseType;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            yield return @interface;
        }
    }

    /// <summary>Public members named <paramref name="name"/> that calling code reaches through <paramref name="type"/>, inherited ones included.</summary>
    public static IEnumerable<ISymbol> Reachable(INamedTypeSymbol type, string name)
    {
        if (name == WellKnownMemberNames.InstanceConstructorName)
        {
            return type.InstanceConstructors.Where(constructor => constructor.DeclaredAccessibility == Accessibility.Public);
        }

        var found = new List<ISymbol>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            found.AddRange(current.GetMembers(name).Where(member => member.DeclaredAccessibility == Accessibility.Public && IsCallable(member)));
        }

        return found;
    }

    public static string Kind(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: true } => "indexer",
        IPropertySymbol => "property",
        IMethodSymbol { MethodKind: MethodKind.Constructor } => "constructor",
        IMethodSymbol => "method",
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } => "enum member",
        IFieldSymbol => "field",
        _ => "event",
    };

    private static bool IsCallable(ISymbol member) => member switch
    {
        IPropertySymbol => true,
        IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor,
        IFieldSymbol field => !field.IsImplicitlyDeclared,
        IEventSymbol => true,
        _ => false,
    };
}
