using System;
using System.Collections.Generic;
using System.Linq;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

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
    public static ConstructionModel? Analyse(List<ParsedMember> members, TypeContext context)
    {
        var constructors = context.Type.Constructors;
        var chained = new HashSet<string>(StringComparer.Ordinal);
        var chainedInOrder = new List<string>();
        if (constructors.PrimaryConstructor is { } parameters)
        {
            foreach (var parameter in parameters)
            {
                var member = members.Find(m => parameter.MatchingProperties.Contains(m.Index));
                if (member is null)
                {
                    context.Report(DiagnosticDescriptors.NoUsableConstructor, context.Location, context.DisplayName, $"primary constructor parameter '{parameter.Name}' matches no mapped property of the same type; map it as a property, or remove [DynamoIgnore] from it");
                    return null;
                }

                member.Model = member.Model with
                {
                    Read = MissingAttributeRules.ForParameter(parameter, member.Model.Shape, member.Model.Role),
                    ConstructorDefault = parameter.DefaultValue ?? (member.Model.Shape.IsNullableReference || member.Model.Shape.IsNullableValueType ? "null" : null),
                };
                chained.Add(member.Property.Name);
                chainedInOrder.Add(member.Property.Name);
            }
        }
        else if (constructors.BaseTypeWithoutUsableConstructor is { } baseType)
        {
            context.Report(DiagnosticDescriptors.NoUsableConstructor, context.Location, context.DisplayName, $"its base type '{baseType}' has no parameterless constructor it can call; add one (it may be protected)");
            return null;
        }

        foreach (var member in members)
        {
            if (!chained.Contains(member.Property.Name))
            {
                CheckSettable(member, context);
            }
        }

        var hasPrimary = constructors.PrimaryConstructor is not null;
        var restate = !hasPrimary && !context.Type.IsValueType && constructors.AllImplicit;
        return new ConstructionModel(new EquatableArray<string>(chainedInOrder), hasPrimary, restate, context.Type.HasRequiredMembers);
    }

    /// <summary>A member assigned in the generated constructor's body needs a setter it can reach (or to be declared by the type itself).</summary>
    private static void CheckSettable(ParsedMember member, TypeContext context)
    {
        var property = member.Property;
        if (!property.HasSetter && !property.DeclaredByType)
        {
            context.Report(DiagnosticDescriptors.MemberNotSettable, member.Location, context.DisplayName, property.Name, $"it is a get-only property of base type '{property.ContainingTypeDisplayName}'");
        }
        else if (property.HasSetter && !property.DeclaredByType && !property.SetterAccessible)
        {
            context.Report(DiagnosticDescriptors.MemberNotSettable, member.Location, context.DisplayName, property.Name, $"its setter is private to base type '{property.ContainingTypeDisplayName}'");
        }
    }
}
