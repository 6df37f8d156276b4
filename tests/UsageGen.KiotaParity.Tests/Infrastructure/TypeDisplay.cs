using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// How types and members are written: <see cref="Key"/> for comparing and for calling code (fully qualified,
/// nullable reference annotations left out since they only warn), <see cref="Readable(ITypeSymbol)"/> for the
/// baseline (generated types with their namespace, framework and runtime types by their short name).
/// </summary>
public static class TypeDisplay
{
    private static readonly SymbolDisplayFormat FullNameFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    private static readonly SymbolDisplayFormat ShortNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>The type as code refers to it from anywhere: <c>global::</c> and all namespaces.</summary>
    public static string Key(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>A generated type's full name, as the baseline lists it.</summary>
    public static string FullName(INamedTypeSymbol type) => type.ToDisplayString(FullNameFormat);

    public static string Readable(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Readable(array.ElementType) + "[]",
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => Readable(nullable.TypeArguments[0]) + "?",
        INamedTypeSymbol named => Name(named) + (named.TypeArguments.IsEmpty ? string.Empty : "<" + string.Join(", ", named.TypeArguments.Select(Readable)) + ">"),
        _ => type.Name,
    };

    /// <summary>A member as the baseline shows it, e.g. <c>string Name { get; set; }</c>.</summary>
    public static string Signature(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: true } indexer => $"{Readable(indexer.Type)} this[{Parameters(indexer.Parameters)}]{Accessors(indexer)}",
        IPropertySymbol property => $"{Static(property)}{Readable(property.Type)} {property.Name}{Accessors(property)}",
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => $"{constructor.ContainingType.Name}({Parameters(constructor.Parameters)})",
        IMethodSymbol method => $"{Static(method)}{(method.ReturnsVoid ? "void" : Readable(method.ReturnType))} {method.Name}({Parameters(method.Parameters)})",
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } enumMember => enumMember.Name,
        IFieldSymbol field => $"{Static(field)}{Readable(field.Type)} {field.Name}",
        IEventSymbol @event => $"{Static(@event)}{Readable(@event.Type)} {@event.Name}",
        _ => member.Name,
    };

    private static string Name(INamedTypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None)
        {
            return type.ToDisplayString(ShortNameFormat);
        }

        // Generated types keep their namespace: a type in the wrong namespace must not look right.
        return IsGenerated(type) ? type.ToDisplayString(FullNameFormat) : type.ToDisplayString(ShortNameFormat);
    }

    /// <summary>Framework and Kiota runtime types come from metadata; the client's own types from source.</summary>
    private static bool IsGenerated(INamedTypeSymbol type) => type.Locations.Any(location => location.IsInSource);

    private static string Static(ISymbol member) => member.IsStatic ? "static " : string.Empty;

    private static string Parameters(ImmutableArray<IParameterSymbol> parameters) =>
        string.Join(", ", parameters.Select(parameter => $"{Readable(parameter.Type)} {parameter.Name}{(parameter.IsOptional ? " = default" : string.Empty)}"));

    private static string Accessors(IPropertySymbol property) =>
        " {" + (property.GetMethod is { DeclaredAccessibility: Accessibility.Public } ? " get;" : string.Empty)
        + (property.SetMethod is { DeclaredAccessibility: Accessibility.Public } setter ? (setter.IsInitOnly ? " init;" : " set;") : string.Empty) + " }";
}
