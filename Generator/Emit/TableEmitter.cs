using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using static DynamoGen.Generator.Emit.Code;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// Writes what only a <c>[DynamoTable]</c> type has: the schema as data, key templates, the key builder,
/// <c>GetKey()</c>, and the typed index accessors (<c>T.Indexes</c>). Reads only the model.
/// </summary>
internal static class TableEmitter
{
    /// <summary>
    /// The attributes besides the primary key that reading requires: required members, except those a key template
    /// fills from the primary key on read.
    /// </summary>
    private static List<string> RequiredAttributes(TableModel model, TableFacts table)
    {
        var fromKey = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var key in new[] { table.PartitionKey, table.SortKey })
        {
            if (key is { Template: not null })
            {
                fromKey.UnionWith(key.Members);
            }
        }

        return model.Members
            .Where(m => m.Role == KeyRole.None && m.Read.IsRequired() && !fromKey.Contains(m.Name))
            .Select(static m => m.AttributeName)
            .ToList();
    }

    public static void WriteStaticFields(SourceWriter w, TableModel model, TableFacts table)
    {
        var templates = table.Templates.ToList();
        if (templates.Count > 0)
        {
            w.Line();
            w.Line("// Computed key attributes (single-table design). Reading parses them back to fill members an index did not project.");
            foreach (var template in templates)
            {
                var placeholders = template.Members.Select(name =>
                {
                    var member = Member(model, name);
                    return "new " + Names.KeyPlaceholder + "(" + Literal(member.Name) + ", " + Literal(member.AttributeName) + ", " + (member.Shape.Kind == ShapeKind.Scalar && member.Shape.Scalar.KeyType() == "N" ? "true" : "false") + ")";
                });
                w.Line("private static readonly " + Names.KeyTemplate + " " + Names.TemplateField(template.AttributeName) + " = new(" + string.Join(", ", new[] { Literal(template.AttributeName), Literal(template.Template!) }.Concat(placeholders)) + ");");
            }

            w.Line("private static readonly " + Names.KeyTemplate + "[] " + Names.TemplatesField + " = { " + string.Join(", ", templates.Select(static t => Names.TemplateField(t.AttributeName))) + " };");
        }

        w.Line();
        w.Line("private static readonly " + Names.TableSchema + " " + Names.SchemaField + " = new(");
        w.Indent();
        w.Line(Literal(table.TableName) + ",");
        w.Line("partitionKey: " + KeyAttribute(table.PartitionKey) + ",");
        var required = RequiredAttributes(model, table);
        var initializer = table.Indexes.Count > 0 || table.TimeToLiveAttribute is not null || table.Version is not null || table.EntityAttribute is not null || required.Count > 0;
        w.Line("sortKey: " + (table.SortKey is null ? "null" : KeyAttribute(table.SortKey)) + (initializer ? ")" : ");"));
        w.Unindent();
        if (initializer)
        {
            w.Line("{");
            w.Indent();
            if (table.Indexes.Count > 0)
            {
                w.Line("Indexes = new " + Names.IndexSchema + "[]");
                w.Line("{");
                w.Indent();
                foreach (var index in table.Indexes)
                {
                    var include = index.Include.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", index.Include.Select(Literal)) + " }";
                    w.Line("new(" + Literal(index.Name) + ", " + Names.IndexKind + "." + (index.IsLocal ? "Local" : "Global") + ", "
                        + KeyAttribute(index.PartitionKey) + ", " + (index.SortKey is null ? "null" : KeyAttribute(index.SortKey)) + ", "
                        + Names.IndexProjection + "." + index.Projection + ", " + include + "),");
                }

                w.Unindent();
                w.Line("},");
            }

            if (table.TimeToLiveAttribute is not null)
            {
                w.Line("TimeToLiveAttribute = " + Literal(table.TimeToLiveAttribute) + ",");
            }

            if (table.Version is not null)
            {
                w.Line("VersionAttribute = " + Literal(table.Version.AttributeName) + ",");
            }

            if (table.EntityAttribute is not null)
            {
                w.Line("EntityAttribute = " + Literal(table.EntityAttribute) + ",");
                w.Line("EntityName = " + Literal(table.EntityName!) + ",");
            }

            if (required.Count > 0)
            {
                w.Line("RequiredAttributes = new[] { " + string.Join(", ", required.Select(Literal)) + " }, // reading fails without them; an update that may create the item must set them");
            }

            w.Unindent();
            w.Line("};");
        }

        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line(Names.GeneratedCode);
        w.Line("static " + Names.TableSchema + " " + Names.IDynamoTable + "<" + model.FullyQualifiedName + ">.TableSchema => " + Names.SchemaField + ";");
    }

    /// <summary>Writes a table key (member or template) of the item, from <paramref name="valueOf"/> member values.</summary>
    public static string WriteKey(TableModel model, KeyModel key, string writer, System.Func<string, string> valueOf)
    {
        if (key.Template is null)
        {
            return ItemEmitter.WriteMember(Member(model, key.Members[0]), writer, valueOf(key.Members[0]));
        }

        return writer + ".Template(" + string.Join(", ", new[] { Names.TemplateField(key.AttributeName) }.Concat(key.Members.Select(m => PlaceholderText(model, m, valueOf(m))))) + ")";
    }

    public static void WriteKeyBuilder(SourceWriter w, TableModel model, TableFacts table)
    {
        var parameters = Parameters(table.PartitionKey, table.SortKey).Select(name => Member(model, name)).ToList();
        w.Line("/// <summary>Builds the primary key of a <see cref=\"" + Cref(model) + "\"/> item, for <c>GetAsync</c>, <c>DeleteAsync</c> and the like.</summary>");
        foreach (var member in parameters)
        {
            var role = table.PartitionKey.Members.Contains(member.Name) ? "partition key" : "sort key";
            var part = (table.PartitionKey.Members.Contains(member.Name) ? table.PartitionKey : table.SortKey!).Template is null ? "The " + role : "Part of the " + role;
            w.Line("/// <param name=\"" + ParameterName(member.Name).TrimStart('@') + "\">" + part + " (<see cref=\"" + Cref(model) + "." + member.Name + "\"/>).</param>");
        }

        w.Line("/// <returns>The key, typed: only a table of <see cref=\"" + Cref(model) + "\"/> takes it (<c>ToAttributeValues()</c> gives the SDK's dictionary).</returns>");
        w.Line(Names.GeneratedCode);
        var signature = string.Join(", ", parameters.Select(static m => m.Shape.TypeName + " " + ParameterName(m.Name)));
        w.OpenBlock("public static " + Names.DynamoKey + "<" + model.FullyQualifiedName + "> " + table.KeyMethodName + "(" + signature + ")");

        // The parameters are named after the key members, so the locals must not take one of their names.
        var taken = new HashSet<string>(parameters.Select(static m => ParameterName(m.Name)));
        var item = taken.Contains("item") ? "keyItem" : "item";
        var local = taken.Contains("writer") ? "keyWriter" : "writer";
        taken.Add(item);
        taken.Add(local);
        w.Line("var " + item + " = new " + Names.ItemDictionary + "(" + (table.SortKey is null ? "1" : "2") + ");");
        w.Line("var " + local + " = new " + Names.ItemWriter + "(" + Names.MappingField + ");");
        foreach (var key in new[] { table.PartitionKey, table.SortKey })
        {
            if (key is null)
            {
                continue;
            }

            w.Line(key.Template is null
                ? ItemEmitter.Put(item, Member(model, key.Members[0]), WriteKey(model, key, local, ParameterName), taken)
                : item + "[" + Literal(key.AttributeName) + "] = " + WriteKey(model, key, local, ParameterName) + ";");
        }

        w.Line("return " + Names.ItemWriter + ".ToKey<" + model.FullyQualifiedName + ">(" + item + ");");
        w.CloseBlock();
    }

    public static void WriteGetKey(SourceWriter w, TableModel model, TableFacts table)
    {
        var arguments = Parameters(table.PartitionKey, table.SortKey).Select(static m => "this." + m);
        w.Line("/// <summary>The primary key of this item.</summary>");
        w.Line("/// <returns>The key, typed: only a table of <see cref=\"" + Cref(model) + "\"/> takes it.</returns>");
        w.Line(Names.GeneratedCode);
        w.Line("public " + Names.DynamoKey + "<" + model.FullyQualifiedName + "> GetKey() => " + table.KeyMethodName + "(" + string.Join(", ", arguments) + ");");
    }

    public static void WriteIndexes(SourceWriter w, TableModel model, TableFacts table)
    {
        w.Line("/// <summary>");
        w.Line("/// The table's key and its secondary indexes, typed: queries take the key conditions these build, for example");
        w.Line("/// <c>" + table.IndexesClassName + ".Primary.Partition(...)</c>.");
        w.Line("/// </summary>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("public static class " + table.IndexesClassName);
        WriteIndex(w, model, "Primary", null, "The table's primary key.", table.PartitionKey, table.SortKey);
        foreach (var index in table.Indexes)
        {
            w.Line();
            WriteIndex(w, model, index.AccessorName, index.Name, "The " + (index.IsLocal ? "local" : "global") + " secondary index <c>" + XmlText(index.Name) + "</c>.", index.PartitionKey, index.SortKey);
        }

        w.CloseBlock();
    }

    private static void WriteIndex(SourceWriter w, TableModel model, string accessor, string? indexName, string summary, KeyModel partitionKey, KeyModel? sortKey)
    {
        var type = Names.TableIndex + "<" + model.FullyQualifiedName + ", " + KeyType(model, partitionKey) + (sortKey is null ? string.Empty : ", " + KeyType(model, sortKey)) + ">";
        var arguments = new List<string> { indexName is null ? "null" : Literal(indexName), Literal(partitionKey.AttributeName), KeyWriter(model, partitionKey) };
        if (sortKey is not null)
        {
            arguments.Add(Literal(sortKey.AttributeName));
            arguments.Add(KeyWriter(model, sortKey));
        }

        w.Line("/// <summary>" + summary + "</summary>");
        w.Line("public static " + type + " " + accessor + " { get; } = new(" + string.Join(", ", arguments) + ");");
    }

    /// <summary>The C# type a key condition takes: the member's type, or a tuple of a template's members.</summary>
    private static string KeyType(TableModel model, KeyModel key)
    {
        if (key.Members.Count == 0)
        {
            return "string"; // a template without placeholders: the caller passes its text
        }

        if (key.Members.Count == 1)
        {
            return Member(model, key.Members[0]).Shape.TypeName;
        }

        return "(" + string.Join(", ", key.Members.Select(name => Member(model, name).Shape.TypeName + " " + name)) + ")";
    }

    /// <summary>A <c>Func&lt;TKey, AttributeValue&gt;</c> for an index key.</summary>
    private static string KeyWriter(TableModel model, KeyModel key)
    {
        if (key.Template is null)
        {
            return ShapeExpressions.Writer(Member(model, key.Members[0]).Shape);
        }

        if (key.Members.Count == 0)
        {
            return Names.Write + ".String";
        }

        var parts = key.Members.Count == 1
            ? new[] { PlaceholderText(model, key.Members[0], "k") }
            : key.Members.Select(m => PlaceholderText(model, m, "k." + m)).ToArray();
        return "static k => " + Names.Write + ".String(" + Names.TemplateField(key.AttributeName) + ".Format(" + string.Join(", ", parts) + "))";
    }

    /// <summary>The text of a template placeholder: <c>KeyText.Of(value)</c>, or an enum's stored name.</summary>
    private static string PlaceholderText(TableModel model, string memberName, string value)
    {
        var shape = Member(model, memberName).Shape;
        return shape.Kind == ShapeKind.Enum
            ? Names.Helpers + ".Write" + shape.Helper + "(" + value + ").S"
            : Names.KeyText + ".Of(" + value + ")";
    }

    private static IEnumerable<string> Parameters(KeyModel partitionKey, KeyModel? sortKey)
        => partitionKey.Members.Concat(sortKey?.Members ?? EquatableArray<string>.Empty).Distinct();

    internal static MemberModel Member(TableModel model, string name) => model.Members.First(m => m.Name == name);

    private static string KeyAttribute(KeyModel key)
        => "new " + Names.KeyAttribute + "(" + Literal(key.AttributeName) + ", " + Names.ScalarAttributeType + "." + key.Type + ")";

    internal static string ParameterName(string memberName)
    {
        var name = char.ToLowerInvariant(memberName[0]) + memberName.Substring(1);
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
