using System;
using System.Collections.Generic;
using System.Linq;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// What a type may have only once: an attribute name (members, computed keys and the entity attribute share one
/// item), and a <c>[TimeToLive]</c> or <c>[Version]</c> member.
/// </summary>
internal static class DuplicateChecks
{
    /// <summary>The one member marked with <c>[TimeToLive]</c> or <c>[Version]</c>, if any; more than one is reported.</summary>
    public static ParsedMember? SingleMarked(TypeContext context, List<ParsedMember> members, string attribute, string display)
    {
        var marked = members.Where(m => Attributes.Has(m.Attributes, attribute)).ToList();
        if (marked.Count > 1)
        {
            context.Report(DiagnosticDescriptors.DuplicateLifecycleMember, marked[1].Location, context.DisplayName, display, string.Join(", ", marked.Select(static m => m.Name)));
        }

        if (marked.Count > 0 && !context.IsTable)
        {
            context.Report(DiagnosticDescriptors.AttributeNotApplicable, marked[0].Location, context.DisplayName, marked[0].Name, display, "it applies to the items of a [DynamoTable] type, not to a nested [DynamoItem]");
        }

        return marked.FirstOrDefault();
    }

    /// <summary>Every attribute of the item has one owner: a member, a key template, or the entity name.</summary>
    public static void AttributeNames(TypeContext context, List<ParsedMember> members, List<KeyModel> templates, string? entityAttribute)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Claim(string attribute, string owner, SourceLocation? location)
        {
            if (seen.TryGetValue(attribute, out var first))
            {
                context.Report(DiagnosticDescriptors.DuplicateAttributeName, location, context.DisplayName, first, owner, attribute);
            }
            else
            {
                seen.Add(attribute, owner);
            }
        }

        foreach (var member in members)
        {
            Claim(member.Model.AttributeName, member.Property.Name, member.Location);
        }

        foreach (var template in templates.GroupBy(static t => t.AttributeName).Select(static g => g.First()))
        {
            Claim(template.AttributeName, "(key template '" + template.Template + "')", context.Location);
        }

        if (entityAttribute is not null)
        {
            Claim(entityAttribute, "(entity name)", context.Location);
        }
    }
}
