using System.Collections.Generic;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// Picks the members a type stores from the properties the transform read (public instance properties that hold
/// state, base types first): an override or <c>new</c> member replaces the inherited one in place, and
/// <c>[DynamoIgnore]</c> members are left out.
/// </summary>
internal static class MemberEnumerator
{
    /// <summary>The stored members, as indexes into <see cref="TypeFacts.Properties"/>.</summary>
    public static List<int> Enumerate(TypeContext context)
    {
        var properties = context.Type.Properties;
        var byName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var members = new List<int>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var candidate = i;
            if (Attributes.Has(property.Attributes, Attributes.Ignore))
            {
                if (property.IsRequired)
                {
                    context.Report(DiagnosticDescriptors.RequiredMemberIgnored, property.Location, context.DisplayName, property.Name);
                }

                candidate = -1;
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

        members.RemoveAll(static m => m < 0);
        return members;
    }
}
