using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// Writes C# that touches every public type and member of Kiota's output the way calling code does: declares
/// variables of each type, converts to its bases, constructs it, reads and writes its properties, calls its
/// methods and indexers with an argument of every parameter's type, and names every enum member. Compiled against
/// Kiota's own client it must have no error; compiled against ours, each error is a place where code written for
/// Kiota breaks.
/// </summary>
public static class CallingProgram
{
    /// <param name="internalToo">Touch internal types too: the program is then compiled into the client's assembly.</param>
    public static string Write(Compilation kiota, bool internalToo)
    {
        var code = new StringBuilder();
        // Nullable warnings and obsolete members are no errors: only compile errors are counted.
        code.AppendLine("#nullable disable");
        code.AppendLine("#pragma warning disable CS0612, CS0618, CS0219, CS0168");
        code.AppendLine("internal static class KiotaCaller");
        code.AppendLine("{");
        var index = 0;
        foreach (var type in SurfaceMembers.Types(kiota, internalToo).Values)
        {
            code.AppendLine($"    private static void Touch{index++}()");
            code.AppendLine("    {");
            foreach (var statement in Statements(type))
            {
                code.AppendLine("        { " + statement + " }");
            }

            code.AppendLine("    }");
        }

        code.AppendLine("}");
        return code.ToString();
    }

    private static IEnumerable<string> Statements(INamedTypeSymbol type)
    {
        var name = TypeDisplay.Key(type);
        if (type.IsStatic)
        {
            yield return $"var t = typeof({name});";
        }
        else
        {
            yield return $"{name} o = default({name});";
            if (type.TypeKind is not TypeKind.Enum and not TypeKind.Struct)
            {
                foreach (var baseType in SurfaceMembers.Bases(type))
                {
                    yield return $"{name} o = default({name}); {TypeDisplay.Key(baseType)} b = o;";
                }
            }
        }

        foreach (var member in SurfaceMembers.Declared(type))
        {
            foreach (var statement in Statements(type, name, member))
            {
                yield return statement;
            }
        }
    }

    private static IEnumerable<string> Statements(INamedTypeSymbol type, string name, ISymbol member)
    {
        var target = member.IsStatic ? name : "o";
        var declare = member.IsStatic ? string.Empty : $"{name} o = default({name}); ";
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when !type.IsAbstract:
                yield return $"{name} c = new {name}({Arguments(constructor.Parameters)});";
                break;
            case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                break;
            case IMethodSymbol { ReturnsVoid: true } method:
                yield return $"{declare}{target}.{Identifier(method)}({Arguments(method.Parameters)});";
                break;
            case IMethodSymbol method:
                yield return $"{declare}{TypeDisplay.Key(method.ReturnType)} r = {target}.{Identifier(method)}({Arguments(method.Parameters)});";
                break;
            case IPropertySymbol { IsIndexer: true } indexer:
                if (indexer.GetMethod is { DeclaredAccessibility: Accessibility.Public })
                {
                    yield return $"{declare}{TypeDisplay.Key(indexer.Type)} r = o[{Arguments(indexer.Parameters)}];";
                }

                if (indexer.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false })
                {
                    yield return $"{declare}o[{Arguments(indexer.Parameters)}] = default({TypeDisplay.Key(indexer.Type)});";
                }

                break;
            case IPropertySymbol property:
                if (property.GetMethod is { DeclaredAccessibility: Accessibility.Public })
                {
                    yield return $"{declare}{TypeDisplay.Key(property.Type)} r = {target}.{Identifier(property)};";
                }

                if (property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false })
                {
                    yield return $"{declare}{target}.{Identifier(property)} = default({TypeDisplay.Key(property.Type)});";
                }

                break;
            case IFieldSymbol field when type.TypeKind == TypeKind.Enum:
                yield return $"{name} e = {name}.{Identifier(field)};";
                break;
            case IFieldSymbol field:
                yield return $"{declare}{TypeDisplay.Key(field.Type)} r = {target}.{Identifier(field)};";
                break;
            case IEventSymbol @event:
                yield return $"{declare}{target}.{Identifier(@event)} += default({TypeDisplay.Key(@event.Type)});";
                break;
        }
    }

    /// <summary>Every parameter passed, optional ones too, so that a parameter of another type is an error.</summary>
    private static string Arguments(IEnumerable<IParameterSymbol> parameters) =>
        string.Join(", ", parameters.Select(parameter => $"default({TypeDisplay.Key(parameter.Type)})"));

    private static string Identifier(ISymbol member) => SyntaxFacts.GetKeywordKind(member.Name) == SyntaxKind.None ? member.Name : "@" + member.Name;
}
