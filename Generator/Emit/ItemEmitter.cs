using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using static DynamoGen.Generator.Emit.Code;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// Writes the partial declaration of a mapped type: <c>ToItem()</c>, <c>FromItem(...)</c> and the constructor it
/// calls, and for a <c>[DynamoTable]</c> type the key builder, <c>GetKey()</c>, the schema and the version accessors. Reads only the model.
/// </summary>
internal static class ItemEmitter
{
    public static string Emit(TableModel model)
    {
        var w = new SourceWriter();
        var contract = model.Table is null ? Names.IDynamoItem : Names.IDynamoTable;
        PartialFile.Open(w, model, string.Empty, contract + "<" + model.FullyQualifiedName + ">");
        WriteStaticFields(w, model);
        if (model.Construction.RestateParameterlessConstructor)
        {
            w.Line();
            w.Line("// CS8618 for a non-nullable member without an initializer is already reported on that member; don't repeat it here.");
            w.Line("#pragma warning disable CS8618");
            w.Line("/// <summary>Creates an instance. (Restated: declaring the constructor <c>FromItem</c> uses would otherwise hide the implicit one.)</summary>");
            w.Line(Names.GeneratedCode);
            w.Line("public " + model.Declaration.Name + "()");
            w.Line("{");
            w.Line("}");
            w.Line("#pragma warning restore CS8618");
        }

        w.Line();
        WriteToItem(w, model);
        w.Line();
        WriteFromItem(w, model);
        w.Line();
        WriteReadingConstructor(w, model);
        w.Line();
        WriteAttributes(w, model);
        if (model.Table is { } table)
        {
            w.Line();
            TableEmitter.WriteKeyBuilder(w, model, table);
            w.Line();
            TableEmitter.WriteGetKey(w, model, table);
            if (table.Version is { } version)
            {
                w.Line();
                VersionEmitter.Emit(w, model, version);
            }
        }

        w.Line();
        FieldsEmitter.Emit(w, model);
        if (model.Table is { } facts)
        {
            w.Line();
            TableEmitter.WriteIndexes(w, model, facts);
        }

        if (model.Enums.Count > 0 || model.Helpers.Count > 0)
        {
            w.Line();
            HelpersEmitter.Emit(w, model);
        }

        PartialFile.Close(w, model);
        return w.ToString();
    }

    private static void WriteStaticFields(SourceWriter w, TableModel model)
    {
        var table = model.Table;
        w.Line("// Names used in mapping error messages: the C# type and its key attributes.");
        var arguments = Literal(model.DisplayName)
            + ", " + (table is null ? "null" : Literal(table.PartitionKey.AttributeName))
            + ", " + (table?.SortKey is null ? "null" : Literal(table.SortKey.AttributeName))
            + (model.WriteNulls ? ", writeNulls: true" : string.Empty)
            + (table?.EntityAttribute is null ? string.Empty : ", entityAttribute: " + Literal(table.EntityAttribute) + ", entityName: " + Literal(table.EntityName!));
        w.Line("private static readonly " + Names.ItemMapping + " " + Names.MappingField + " = new(" + arguments + ");");

        if (table is not null)
        {
            TableEmitter.WriteStaticFields(w, model, table);
        }
    }

    private static void WriteToItem(SourceWriter w, TableModel model)
    {
        var templates = model.Table?.Templates.ToList() ?? new List<KeyModel>();
        var entity = model.Table?.EntityAttribute is not null;
        var capacity = model.Members.Count + templates.Count + (entity ? 1 : 0);
        w.Line("/// <summary>Converts this <see cref=\"" + Cref(model) + "\"/> to a DynamoDB item.</summary>");
        w.Line("/// <returns>A new item holding every non-null member.</returns>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("public " + Names.ItemDictionary + " ToItem()");
        w.Line("var item = new " + Names.ItemDictionary + "(" + capacity.ToString(CultureInfo.InvariantCulture) + ");");
        w.Line("var writer = new " + Names.ItemWriter + "(" + Names.MappingField + ");");
        if (entity)
        {
            w.Line("item[" + Literal(model.Table!.EntityAttribute!) + "] = writer.Constant(" + Literal(model.Table.EntityName!) + "); // the entity name: this table holds several entity types");
        }

        var locals = new HashSet<string> { "item", "writer" };
        foreach (var member in model.Members)
        {
            w.Line(Put("item", member, WriteMember(member, "writer", "this." + member.Name), locals));
        }

        foreach (var template in templates)
        {
            w.Line("item[" + Literal(template.AttributeName) + "] = " + TableEmitter.WriteKey(model, template, "writer", static m => "this." + m) + ";");
        }

        w.Line("return item;");
        w.CloseBlock();
    }

    /// <summary>
    /// The statement storing one member's attribute value in <paramref name="item"/>: directly when the writer never
    /// returns null for it (a key, a value type), otherwise only when it returns a value (a null member is left out).
    /// <paramref name="locals"/> holds the names taken so far, so each pattern variable gets its own.
    /// </summary>
    internal static string Put(string item, MemberModel member, string value, HashSet<string> locals)
    {
        var attribute = Literal(member.AttributeName);
        if (IsNeverNull(member))
        {
            return item + "[" + attribute + "] = " + value + ";";
        }

        var local = TableEmitter.ParameterName(member.Name);
        for (var i = 2; !locals.Add(local); i++)
        {
            local = TableEmitter.ParameterName(member.Name) + i.ToString(CultureInfo.InvariantCulture);
        }

        return "if (" + value + " is { } " + local + ") " + item + "[" + attribute + "] = " + local + ";";
    }

    /// <summary>Whether the writer's method for <paramref name="member"/> returns a value for every input (it throws rather than return null).</summary>
    private static bool IsNeverNull(MemberModel member)
        => IsTextKey(member)
            || (member.Shape.Kind == ShapeKind.Scalar && !member.Shape.IsNullableValueType && member.Shape.Scalar is not (ScalarKind.String or ScalarKind.Binary));

    /// <summary>A string or binary key member: written by <c>writer.Key</c>, which refuses null and empty values.</summary>
    private static bool IsTextKey(MemberModel member) => member.Role != KeyRole.None && member.Shape.Scalar is ScalarKind.String or ScalarKind.Binary;

    internal static string WriteMember(MemberModel member, string writer, string value)
    {
        var shape = member.Shape;
        var names = Literal(member.AttributeName) + ", " + Literal(member.Name) + ", ";
        if (IsTextKey(member))
        {
            return writer + ".Key(" + names + value + ")";
        }

        if (shape.Kind == ShapeKind.Scalar)
        {
            return writer + "." + shape.Scalar + "(" + names + value + ")";
        }

        var method = shape.IsNullableValueType ? ".NullableValue<" : ".Value<";
        if (ShapeExpressions.Converter(shape) is { } converter)
        {
            // An enum, a nested item, a list or a map: its converter struct is a type argument, so the calls are direct (no delegate).
            return writer + method + shape.TypeName + ", " + converter + ">(" + names + value + ")";
        }

        return writer + method + shape.TypeName + ">(" + names + value + ", " + ShapeExpressions.Writer(shape) + ")";
    }

    private static void WriteFromItem(SourceWriter w, TableModel model)
    {
        w.Line("/// <summary>Creates a <see cref=\"" + Cref(model) + "\"/> from a DynamoDB item.</summary>");
        w.Line("/// <param name=\"item\">The item, for example <c>GetItemResponse.Item</c>.</param>");
        w.Line("/// <returns>The new instance.</returns>");
        w.Line("/// <exception cref=\"global::DynamoGen.DynamoMappingException\">A required attribute is missing, or an attribute has the wrong type or cannot be parsed.</exception>");
        w.Line(Names.GeneratedCode);
        w.Line("public static " + model.FullyQualifiedName + " FromItem(" + Names.ItemDictionary + " item)");
        w.Line("{");
        w.Indent();
        var source = model.Table?.Templates.Any() == true ? Names.KeyTemplate + ".Complete(item, " + Names.TemplatesField + ")" : "item";
        w.Line("var reader = new " + Names.ItemReader + "(" + source + ", " + Names.MappingField + ");");
        w.Line("return new " + model.FullyQualifiedName + "(reader, new " + Names.Attributes + "(reader.Item));");
        w.Unindent();
        w.Line("}");
    }

    /// <summary>
    /// Writes the struct that finds the item's mapped attributes in one pass over the item: each attribute is matched to
    /// its member by a switch on its name (Roslyn compiles it to a test of the length and a character, then one
    /// comparison), which costs less than one dictionary lookup per member, and unmapped attributes are skipped.
    /// </summary>
    private static void WriteAttributes(SourceWriter w, TableModel model)
    {
        w.Line("/// <summary>The item's attributes that map to a member, found in one pass over the item; a missing one stays <see langword=\"null\"/>.</summary>");
        w.Line(Names.GeneratedCode);
        w.Line("private readonly struct " + Names.Attributes);
        w.Line("{");
        w.Indent();
        foreach (var member in model.Members)
        {
            w.Line("public readonly " + Names.AttributeValue + "? " + member.Name + ";");
        }

        w.Line();
        w.Line("public " + Names.Attributes + "(" + Names.ItemDictionary + " item)");
        w.Line("{");
        w.Indent();
        if (model.Members.Count > 0)
        {
            w.Line("foreach (var (attribute, value) in item)");
            w.Line("{");
            w.Indent();
            w.Line("switch (attribute)");
            w.Line("{");
            w.Indent();
            foreach (var member in model.Members)
            {
                w.Line("case " + Literal(member.AttributeName) + ": this." + member.Name + " = value; break;");
            }

            w.Unindent();
            w.Line("}");
            w.Unindent();
            w.Line("}");
        }

        w.Unindent();
        w.Line("}");
        w.Unindent();
        w.Line("}");
    }

    private static void WriteReadingConstructor(SourceWriter w, TableModel model)
    {
        // Every mapped member is assigned below; members left out with [DynamoIgnore] keep their initializers.
        var documentation = new[]
        {
            "/// <summary>",
            "/// Reads every mapped member (used by <see cref=\"FromItem\"/>). Members whose attribute is missing keep their",
            "/// initial value (the last argument), unless C# requires them (see the comments).",
            "/// </summary>",
            "/// <param name=\"reader\">The item being read: it converts each value and names the member in errors.</param>",
            "/// <param name=\"attributes\">The item's attributes, found in one pass.</param>",
        };
        WriteConstructor(w, model, documentation, Names.ItemReader + " reader, in " + Names.Attributes + " attributes", static (member, chained) =>
        {
            if (chained)
            {
                return (member.ConstructorDefault is null && member.Shape.Kind == ShapeKind.Set
                    ? ReadMemberOrEmptySet(member, "null")
                    : ReadMember(member, member.ConstructorDefault ?? "default"), Why(member));
            }

            return (member.Shape.Kind == ShapeKind.Set && !member.Shape.IsNullableReference
                ? ReadMemberOrEmptySet(member, "this." + member.Name)
                : ReadMember(member, "this." + member.Name), Why(member));
        });
    }

    /// <summary>
    /// Writes a private constructor that sets every mapped member: it chains to the primary constructor (when the type
    /// has one) with the members that match its parameters and assigns the others in its body.
    /// <paramref name="value"/> gives a member's value and a trailing comment (or ""), told whether it is a chained argument.
    /// </summary>
    internal static void WriteConstructor(SourceWriter w, TableModel model, IEnumerable<string> documentation, string parameters, System.Func<MemberModel, bool, (string Value, string Comment)> value)
    {
        var construction = model.Construction;
        var byName = model.Members.ToDictionary(static m => m.Name);
        var chained = new HashSet<string>(construction.PrimaryConstructorMembers);

        // CS8618 for a member without an initializer is already reported on that member, so it is not repeated here.
        w.Line("#pragma warning disable CS8618");
        foreach (var line in documentation)
        {
            w.Line(line);
        }

        w.Line(Names.GeneratedCode);
        if (construction.RequiredMembers)
        {
            w.Line(Names.SetsRequiredMembers);
        }

        w.Line("private " + model.Declaration.Name + "(" + parameters + ")");
        if (construction.HasPrimaryConstructor)
        {
            w.Indent();
            if (construction.PrimaryConstructorMembers.Count == 0)
            {
                w.Line(": this()");
            }
            else
            {
                w.Line(": this(");
                w.Indent();
                for (var i = 0; i < construction.PrimaryConstructorMembers.Count; i++)
                {
                    var (argument, comment) = value(byName[construction.PrimaryConstructorMembers[i]], true);
                    w.Line(argument + (i == construction.PrimaryConstructorMembers.Count - 1 ? ")" : ",") + comment);
                }

                w.Unindent();
            }

            w.Unindent();
        }

        w.Line("{");
        w.Indent();
        foreach (var member in model.Members)
        {
            if (!chained.Contains(member.Name))
            {
                var (assigned, comment) = value(member, false);
                w.Line("this." + member.Name + " = " + assigned + ";" + comment);
            }
        }

        w.Unindent();
        w.Line("}");
        w.Line("#pragma warning restore CS8618");
    }

    /// <summary>A trailing comment saying why a member's attribute is required (an optional one shows its fallback instead).</summary>
    private static string Why(MemberModel member) => member.Read.Reason() is { } reason ? " // " + reason : string.Empty;

    /// <summary>
    /// The read of a set member that reads as empty when missing: the empty set is created only when the attribute is
    /// missing and <paramref name="fallback"/> is null, never on the hot path where the attribute is present.
    /// </summary>
    private static string ReadMemberOrEmptySet(MemberModel member, string fallback)
        => member.Read == MissingAttribute.KeepDefault
            ? ReadMember(member, fallback) + " ?? " + ShapeExpressions.EmptySet(member.Shape)
            : ReadMember(member, fallback);

    /// <summary>The read of one member; <paramref name="fallback"/> is used when the attribute may be missing.</summary>
    private static string ReadMember(MemberModel member, string fallback)
    {
        var shape = member.Shape;
        var names = "attributes." + member.Name + ", " + Literal(member.AttributeName) + ", " + Literal(member.Name);
        var optional = member.Read == MissingAttribute.KeepDefault;
        if (shape.Kind == ShapeKind.Scalar)
        {
            var method = (optional && shape.IsNullableValueType ? "Nullable" : string.Empty) + shape.Scalar;
            return "reader." + method + "(" + names + (optional ? ", " + fallback : string.Empty) + ")";
        }

        if (ShapeExpressions.Converter(shape) is { } converter)
        {
            var generic = "<" + shape.TypeName + ", " + converter + ">(" + names;
            return !optional ? "reader.Value" + generic + ")"
                : "reader." + (shape.IsNullableValueType ? "NullableValue" : "Value") + generic + ", " + fallback + ")";
        }

        var parser = ShapeExpressions.Parser(shape);
        if (!optional)
        {
            return "reader.Value<" + shape.TypeName + ">(" + names + ", " + parser + ")";
        }

        if (shape.Kind == ShapeKind.Json && (shape.IsNullableReference || shape.IsNullableValueType))
        {
            // The parser may return null (the JSON text null), so the value read is the nullable type.
            return "reader.Value<" + shape.TypeName + "?>(" + names + ", " + parser + ", " + fallback + ")";
        }

        return "reader." + (shape.IsNullableValueType ? "NullableValue<" : "Value<") + shape.TypeName + ">(" + names + ", " + parser + ", " + fallback + ")";
    }
}
