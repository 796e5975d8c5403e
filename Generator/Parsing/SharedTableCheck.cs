using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using DynamoGen.Generator.Diagnostics;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DynamoGen.Generator.Parsing;

/// <summary>
/// The one check that compares table types with each other: entity types sharing a table (single-table design) must
/// not build keys of the same shape, or an item of one type can overwrite an item of the other.
/// </summary>
internal static class SharedTableCheck
{
    private static readonly Regex Placeholder = new(@"\{[^}]*\}", RegexOptions.CultureInvariant);

    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<TableKeys?> tables)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var templated = tables
            .Where(static t => t is not null && (t.PartitionKey.Template is not null || t.SortKey?.Template is not null))
            .Select(static t => t!)
            .OrderBy(static t => t.DisplayName, System.StringComparer.Ordinal)
            .GroupBy(static t => t.TableName);
        foreach (var table in templated)
        {
            var seen = new Dictionary<string, TableKeys>(System.StringComparer.Ordinal);
            foreach (var keys in table)
            {
                var shape = Shape(keys.PartitionKey) + ", " + (keys.SortKey is { } sk ? Shape(sk) : "no sort key");
                if (seen.TryGetValue(shape, out var first))
                {
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticDescriptors.KeyShapesCollide,
                        keys.Location,
                        new EquatableArray<string>(new[] { first.DisplayName, keys.DisplayName, table.Key, shape })));
                }
                else
                {
                    seen[shape] = keys;
                }
            }
        }

        return new EquatableArray<DiagnosticInfo>(diagnostics);
    }

    /// <summary><c>PK = "USER#{}"</c>: the attribute and its literal text, with every placeholder (or a member key) as <c>{}</c>.</summary>
    private static string Shape(KeyModel key)
        => key.AttributeName + " = \"" + (key.Template is null ? "{}" : Placeholder.Replace(key.Template, "{}")) + "\"";
}
