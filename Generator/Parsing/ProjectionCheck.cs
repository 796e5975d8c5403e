using System;
using System.Collections.Generic;
using System.Linq;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Parsing;

/// <summary>Warns when a KEYS_ONLY or INCLUDE index leaves out what reading the type needs.</summary>
internal static class ProjectionCheck
{
    public static void Check(TypeContext context, IndexModel index, List<ParsedMember> members, KeyModel partitionKey, KeyModel? sortKey, string? entityAttribute)
    {
        if (index.Projection == IndexProjection.All)
        {
            return;
        }

        var keys = new[] { partitionKey, sortKey, index.PartitionKey, index.SortKey }.Where(static k => k is not null).Select(static k => k!).ToList();
        var projected = new HashSet<string>(keys.Select(static k => k.AttributeName).Concat(index.Include), StringComparer.Ordinal);
        var derived = new HashSet<string>(keys.Where(static k => k.Template is not null).SelectMany(static k => k.Members), StringComparer.Ordinal);
        var missing = members
            .Where(m => m.Model.Read.IsRequired() && !projected.Contains(m.Model.AttributeName) && !derived.Contains(m.Name))
            .Select(static m => m.Name)
            .ToList();
        if (entityAttribute is not null && !projected.Contains(entityAttribute))
        {
            missing.Add("the entity attribute '" + entityAttribute + "'");
        }

        if (missing.Count > 0)
        {
            context.Report(
                DiagnosticDescriptors.ProjectionMissesMembers,
                context.Location,
                context.DisplayName,
                index.Name,
                index.Projection == IndexProjection.KeysOnly ? "only keys" : "keys and " + string.Join(", ", index.Include),
                string.Join(", ", missing));
        }
    }
}
