using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DynamoGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DynamoGen.Generator.Parsing;

/// <summary>A property that holds state, with the attributes that apply to it.</summary>
/// <param name="Property">The property.</param>
/// <param name="Attributes">Its attributes, and those of its positional record parameter.</param>
internal readonly record struct MemberCandidate(IPropertySymbol Property, ImmutableArray<AttributeData> Attributes);

/// <summary>
/// Finds the members a type stores: public instance properties that hold state (settable, or get-only
/// auto-properties), base types first, an override or <c>new</c> member replacing the inherited one in place, and
/// <c>[DynamoIgnore]</c> members left out.
/// </summary>
internal static class MemberEnumerator
{
    /// <summary>The stored members; <paramref name="hasRequiredMembers"/> tells whether the type or a base type has <c>required</c> members.</summary>
    public static List<MemberCandidate> Enumerate(TypeContext context, out bool hasRequiredMembers)
    {
        hasRequiredMembers = false;
        // Base types first, so inherited members come first in the item, as they do in the class hierarchy.
        var chain = new List<INamedTypeSymbol>();
        for (var current = context.Type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var byName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var members = new List<MemberCandidate?>();
        foreach (var declaring in chain)
        {
            var declared = declaring.GetMembers();
            HashSet<IPropertySymbol>? autoProperties = null;
            foreach (var symbol in declared)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                hasRequiredMembers |= symbol is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true };
                if (symbol is not IPropertySymbol property
                    || property.IsStatic
                    || property.IsIndexer
                    || property.DeclaredAccessibility != Accessibility.Public
                    || property.GetMethod is null
                    || property.Type is IErrorTypeSymbol
                    || (property.SetMethod is null && !(autoProperties ??= AutoProperties(declared)).Contains(property)))
                {
                    continue; // not state: computed ('=> ...') properties are derived from other members
                }

                var attributes = AttributesOf(property, context);
                MemberCandidate? candidate = new MemberCandidate(property, attributes);
                if (Attributes.Has(attributes, Attributes.Ignore))
                {
                    if (property.IsRequired)
                    {
                        context.Report(DiagnosticDescriptors.RequiredMemberIgnored, property.Locations.FirstOrDefault(), context.DisplayName, property.Name);
                    }

                    candidate = null;
                }

                if (byName.TryGetValue(property.Name, out var index))
                {
                    members[index] = candidate; // an override or 'new' member replaces the inherited one in place
                }
                else
                {
                    byName[property.Name] = members.Count;
                    members.Add(candidate);
                }
            }
        }

        return members.Where(static m => m is not null).Select(static m => m!.Value).ToList();
    }

    /// <summary>
    /// The properties of one type that hold state without a setter: <c>{ get; }</c> and positional record properties,
    /// which have a compiler-made backing field. Computed properties have none.
    /// </summary>
    private static HashSet<IPropertySymbol> AutoProperties(ImmutableArray<ISymbol> members)
    {
        var result = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
        foreach (var member in members)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                result.Add(property);
            }
        }

        return result;
    }

    /// <summary>
    /// The attributes that apply to a property. On a positional record, attributes written on the parameter without
    /// the <c>property:</c> target land on the parameter; they count for the property too.
    /// </summary>
    private static ImmutableArray<AttributeData> AttributesOf(IPropertySymbol property, TypeContext context)
    {
        var attributes = property.GetAttributes();
        if (property.DeclaringSyntaxReferences.Length == 1
            && property.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is ParameterSyntax parameterSyntax)
        {
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.DeclaringSyntaxReferences.Length == 1
                        && parameter.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) == parameterSyntax)
                    {
                        return attributes.AddRange(parameter.GetAttributes());
                    }
                }
            }
        }

        return attributes;
    }
}
