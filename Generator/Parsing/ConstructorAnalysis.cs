using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// How <c>FromItem</c> creates the type. It calls a generated private constructor, which chains to the primary
/// constructor when the type has one (passing the members that match its parameters) and assigns every other member
/// in its body: that is why init-only and get-only auto-properties work and property initializers survive a missing
/// attribute. Checks that every member can be set from there.
/// </summary>
internal static class ConstructorAnalysis
{
    /// <summary>The construction model, or null when the type cannot be created (reported). Updates the members passed to the primary constructor.</summary>
    public static ConstructionModel? Analyse(List<ParsedMember> members, bool hasRequiredMembers, TypeContext context)
    {
        var type = context.Type;
        var primary = PrimaryConstructor(type, context);
        var chained = new HashSet<string>(StringComparer.Ordinal);
        var chainedInOrder = new List<string>();
        if (primary is not null)
        {
            foreach (var parameter in primary.Parameters)
            {
                var member = members.FirstOrDefault(m => string.Equals(m.Property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                    && SymbolEqualityComparer.Default.Equals(m.Property.Type.WithNullableAnnotation(NullableAnnotation.None), parameter.Type.WithNullableAnnotation(NullableAnnotation.None)));
                if (member is null)
                {
                    context.Report(DiagnosticDescriptors.NoUsableConstructor, context.Location, context.DisplayName, $"primary constructor parameter '{parameter.Name}' matches no mapped property of the same type; map it as a property, or remove [DynamoIgnore] from it");
                    return null;
                }

                member.Model = member.Model with
                {
                    Read = MissingAttributeRules.ForParameter(parameter, member.Model.Shape, member.Model.Role),
                    ConstructorDefault = DefaultValue(parameter, member.Model.Shape),
                };
                chained.Add(member.Property.Name);
                chainedInOrder.Add(member.Property.Name);
            }
        }
        else if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType
            && !baseType.InstanceConstructors.Any(c => c.Parameters.All(static p => p.IsOptional) && context.Compilation.IsSymbolAccessibleWithin(c, type)))
        {
            context.Report(DiagnosticDescriptors.NoUsableConstructor, context.Location, context.DisplayName, $"its base type '{baseType.ToDisplayString()}' has no parameterless constructor it can call; add one (it may be protected)");
            return null;
        }

        foreach (var member in members)
        {
            if (!chained.Contains(member.Property.Name))
            {
                CheckSettable(member, context);
            }
        }

        var restate = primary is null && !type.IsValueType && type.InstanceConstructors.All(static c => c.IsImplicitlyDeclared);
        return new ConstructionModel(new EquatableArray<string>(chainedInOrder), primary is not null, restate, hasRequiredMembers);
    }

    /// <summary>The constructor declared by the type declaration itself (<c>record R(int A)</c>, <c>class C(int a)</c>), if any.</summary>
    private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type, TypeContext context)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax)
                {
                    return constructor;
                }
            }
        }

        return null;
    }

    /// <summary>A member assigned in the generated constructor's body needs a setter it can reach (or to be declared by the type itself).</summary>
    private static void CheckSettable(ParsedMember member, TypeContext context)
    {
        var property = member.Property;
        var declaredHere = SymbolEqualityComparer.Default.Equals(property.ContainingType, context.Type);
        if (property.SetMethod is null && !declaredHere)
        {
            context.Report(DiagnosticDescriptors.MemberNotSettable, member.Location, context.DisplayName, property.Name, $"it is a get-only property of base type '{property.ContainingType.ToDisplayString()}'");
        }
        else if (property.SetMethod is { } setter && !declaredHere && !context.Compilation.IsSymbolAccessibleWithin(setter, context.Type))
        {
            context.Report(DiagnosticDescriptors.MemberNotSettable, member.Location, context.DisplayName, property.Name, $"its setter is private to base type '{property.ContainingType.ToDisplayString()}'");
        }
    }

    /// <summary>The C# expression of a parameter's default value (<c>5</c>, <c>"x"</c>, <c>null</c>), or null when it has none.</summary>
    private static string? DefaultValue(IParameterSymbol parameter, TypeShape shape)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return shape.IsNullableReference || shape.IsNullableValueType ? "null" : null;
        }

        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return "default";
        }

        var literal = value switch
        {
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return value is string or bool ? literal : "(" + ShapeParser.Name(parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) + ")(" + literal + (value is decimal ? "m" : value is float ? "f" : value is double ? "d" : string.Empty) + ")";
    }
}
