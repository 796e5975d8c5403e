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

    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<TableModel?> models)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var templated = models
            .Where(static m => m?.Table is { } t && (t.PartitionKey.Template is not null || t.SortKey?.Template is not null))
            .Select(static m => m!)
            .OrderBy(static m => m.DisplayName, System.StringComparer.Ordinal)
            .GroupBy(static m => m.Table!.TableName);
        foreach (var table in templated)
        {
            var seen = new Dictionary<string, TableModel>(System.StringComparer.Ordinal);
            foreach (var model in table)
            {
                var shape = Shape(model.Table!.PartitionKey) + ", " + (model.Table.SortKey is { } sk ? Shape(sk) : "no sort key");
                if (seen.TryGetValue(shape, out var first))
                {
                    var location = model.Table.Location;
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticDescriptors.KeyShapesCollide,
                        location.FilePath,
                        location.Span,
                        new EquatableArray<string>(new[] { first.DisplayName, model.DisplayName, table.Key, shape })));
                }
                else
                {
                    seen[shape] = model;
                }
            }
        }

        return new EquatableArray<DiagnosticInfo>(diagnostics);
    }

    /// <summary><c>PK = "USER#{}"</c>: the attribute and its literal text, with every placeholder (or a member key) as <c>{}</c>.</summary>
    private static string Shape(KeyModel key)
        => key.AttributeName + " = \"" + (key.Template is null ? "{}" : Placeholder.Replace(key.Template, "{}")) + "\"";
}
