using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DynamoGen.Generator.Model;
using static DynamoGen.Generator.Emit.Code;
using J = DynamoGen.Generator.Emit.JsonShapeExpressions;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// Writes the second partial declaration of a mapped type, <c>Namespace.Type.Json.g.cs</c>: its DynamoDB JSON reader
/// and writer (<c>IDynamoJsonItem&lt;T&gt;</c>), from the same model as <c>ToItem</c>/<c>FromItem</c>. The writer writes the
/// attributes of <c>ToItem()</c> in the same order; the reader reads every attribute once into a values struct and
/// creates the instance through a private constructor with the rules of the <c>FromItem</c> constructor. An item the
/// fast path does not take as it is (a missing required attribute, another entity, a key template to parse, any value
/// in another form) is read again on the exact path, <c>FromItem</c> over the SDK's attribute values.
/// </summary>
internal static class JsonEmitter
{
    /// <summary>The file name of the JSON part: <c>Namespace.Type.Json.g.cs</c>.</summary>
    public static string HintName(TableModel model) => model.HintName.Substring(0, model.HintName.Length - ".g.cs".Length) + ".Json.g.cs";

    public static string Emit(TableModel model)
    {
        var w = new SourceWriter();
        var self = J.IDynamoJsonItem + "<" + model.FullyQualifiedName + ">";
        PartialFile.Open(w, model, ": its DynamoDB JSON reader and writer", self);
        WriteWriteJson(w, model, self);
        w.Line();
        if (model.Table?.Templates.Any() == true)
        {
            w.Line("/// <inheritdoc />");
            w.Line(Names.GeneratedCode);
            w.Line("static global::System.Collections.Generic.IReadOnlyList<" + Names.KeyTemplate + "> " + self + ".KeyTemplates => " + Names.TemplatesField + ";");
            w.Line();
        }

        WriteReadJson(w, model, self);
        if (!AlwaysExact(model))
        {
            w.Line();
            WriteTryRead(w, model);
            w.Line();
            WriteValues(w, model);
            w.Line();
            WriteConstructor(w, model);
        }

        if (model.Enums.Count > 0)
        {
            w.Line();
            WriteEnumHelpers(w, model);
        }

        PartialFile.Close(w, model);
        return w.ToString();
    }

    /// <summary>A member stored under the entity attribute hides it: such a type is always read on the exact path.</summary>
    private static bool AlwaysExact(TableModel model)
        => model.Table?.EntityAttribute is { } entity && model.Members.Any(m => m.AttributeName == entity);

    private static void WriteWriteJson(SourceWriter w, TableModel model, string self)
    {
        var templates = model.Table?.Templates.ToList() ?? new List<KeyModel>();
        w.Line("/// <summary>Writes this <see cref=\"" + Cref(model) + "\"/> as a DynamoDB JSON item: the attributes of <see cref=\"ToItem\"/>, in its order.</summary>");
        w.Line("/// <param name=\"writer\">The writer.</param>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("void " + self + ".WriteJson(" + J.Utf8JsonWriter + " writer)");
        w.Line("var item = new " + J.JsonItemWriter + "(writer, " + Names.MappingField + ");");
        if (model.Table?.EntityAttribute is { } entity)
        {
            w.Line("item.Constant(" + Literal(entity) + "u8, " + Literal(model.Table.EntityName!) + "u8); // the entity name: this table holds several entity types");
        }

        foreach (var member in model.Members)
        {
            w.Line(WriteMember(member, "item", "this." + member.Name) + ";");
        }

        foreach (var template in templates)
        {
            w.Line(TableEmitter.WriteKey(model, template, "item", static m => "this." + m) + ";");
        }

        w.Line("item.End();");
        w.CloseBlock();
    }

    private static string WriteMember(MemberModel member, string writer, string value)
    {
        var shape = member.Shape;
        var names = Literal(member.AttributeName) + "u8, " + Literal(member.Name) + ", ";
        if (member.Role != KeyRole.None && shape.Scalar is ScalarKind.String or ScalarKind.Binary && shape.Kind == ShapeKind.Scalar)
        {
            return writer + ".Key(" + names + value + ")";
        }

        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return writer + "." + shape.Scalar + "(" + names + value + ")";
            case ShapeKind.Set:
                return writer + ".Set<" + shape.Element!.TypeName + ">(" + names + value + ", static (w0, v0) => " + J.WriteCall(shape, "w0", "v0", 0) + ")";
            case ShapeKind.Converter:
                return writer + (shape.IsNullableValueType ? ".NullableConverter(" : ".Converter(") + names + value + ", " + Names.Helpers + "." + shape.Helper + ")";
            default:
                var method = shape.IsNullableValueType ? ".NullableValue<" : ".Value<";
                return writer + method + shape.TypeName + ">(" + names + value + ", " + J.Writer(shape) + ")";
        }
    }

    private static void WriteReadJson(SourceWriter w, TableModel model, string self)
    {
        w.Line("/// <summary>");
        w.Line("/// Reads a <see cref=\"" + Cref(model) + "\"/> from a DynamoDB JSON item (the reader on its <c>{</c>; left on its <c>}</c>). An item the");
        w.Line("/// fast path below does not take as it is is read again as <see cref=\"FromItem\"/> reads the SDK's attribute values,");
        w.Line("/// so it is accepted, or rejected with the same <see cref=\"global::DynamoGen.DynamoMappingException\"/>, exactly as on that path.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"reader\">The reader.</param>");
        w.Line("/// <returns>The new instance.</returns>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("static " + model.FullyQualifiedName + " " + self + ".ReadJson(ref " + J.Utf8JsonReader + " reader)");
        if (AlwaysExact(model))
        {
            w.Line("// A member is stored under the entity attribute, so the entity check needs the whole item: always the exact path.");
            w.Line("return " + J.JsonItemReader + ".ReadExact<" + model.FullyQualifiedName + ">(ref reader);");
            w.CloseBlock();
            return;
        }

        w.Line("var start = reader;");
        w.OpenBlock("try");
        w.OpenBlock("if (DynamoGenTryReadJson(ref reader, out var item))");
        w.Line("return item;");
        w.CloseBlock();
        w.CloseBlock();
        w.OpenBlock("catch (global::System.Exception ex) when (" + J.JsonItemReader + ".CanRetry(ex))");
        w.CloseBlock();
        w.Line();
        w.Line("reader = start;");
        w.Line("return " + J.JsonItemReader + ".ReadExact<" + model.FullyQualifiedName + ">(ref reader);");
        w.CloseBlock();
    }

    private static void WriteTryRead(SourceWriter w, TableModel model)
    {
        var entity = model.Table?.EntityAttribute;
        var scratch = model.Members.Select(static m => Encoding.UTF8.GetByteCount(m.AttributeName)).Concat(new[] { entity is null ? 0 : Encoding.UTF8.GetByteCount(entity) }).Max();
        w.Line("/// <summary>The fast path: false when the item needs the exact path (a required attribute missing, another entity, a key template to parse).</summary>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("private static bool DynamoGenTryReadJson(ref " + J.Utf8JsonReader + " reader, out " + model.FullyQualifiedName + " item)");
        w.Line("item = default!;");
        w.Line("var values = new DynamoGenJsonValues();");
        if (entity is not null)
        {
            w.Line("var entity = false;");
            w.Line("var entitySeen = false;");
        }

        w.Line("global::System.Span<byte> scratch = stackalloc byte[" + scratch.ToString(CultureInfo.InvariantCulture) + "];");
        w.Line(J.JsonItemReader + ".Start(ref reader);");
        w.OpenBlock("while (" + J.JsonItemReader + ".NextAttribute(ref reader))");
        w.Line("global::System.ReadOnlySpan<byte> name = " + J.JsonItemReader + ".IsPlainName(ref reader) ? reader.ValueSpan : scratch.Slice(0, " + J.JsonItemReader + ".Unescape(ref reader, scratch));");
        var cases = model.Members.Select(m => (Name: m.AttributeName, Member: (MemberModel?)m)).ToList();
        if (entity is not null)
        {
            cases.Add((entity, null));
        }

        w.OpenBlock("switch (name.Length)");
        foreach (var group in cases.GroupBy(static c => Encoding.UTF8.GetByteCount(c.Name)).OrderBy(static g => g.Key))
        {
            w.Line("case " + group.Key.ToString(CultureInfo.InvariantCulture) + ":");
            w.Indent();
            foreach (var (attribute, member) in group)
            {
                w.OpenBlock("if (global::System.MemoryExtensions.SequenceEqual(name, " + Literal(attribute) + "u8))");
                if (member is null)
                {
                    w.Line("if (entitySeen) throw " + J.JsonItemReader + ".Duplicate();");
                    w.Line("entitySeen = true;");
                    w.Line("entity = " + J.JsonItemReader + ".Entity(ref reader, " + Literal(model.Table!.EntityName!) + "u8);");
                }
                else
                {
                    w.Line("if (values.Has" + member.Name + ") throw " + J.JsonItemReader + ".Duplicate();");
                    w.OpenBlock("if (" + J.JsonItemReader + ".Open(ref reader))");
                    w.Line("values." + member.Name + " = " + J.ReadCall(member.Shape, "reader", 0) + ";");
                    w.Line("values.Has" + member.Name + " = true;");
                    w.CloseBlock();
                }

                w.Line("continue;");
                w.CloseBlock();
            }

            w.Line("break;");
            w.Unindent();
        }

        w.CloseBlock();
        w.Line(J.JsonItemReader + ".Skip(ref reader); // an attribute the type does not map");
        w.CloseBlock();
        w.Line();

        var checks = new List<string>();
        if (entity is not null)
        {
            checks.Add("!entity");
        }

        checks.AddRange(model.Members.Where(static m => m.Read.IsRequired()).Select(static m => "!values.Has" + m.Name));
        var placeholders = model.Table?.Templates.SelectMany(static t => t.Members).Distinct().ToList() ?? new List<string>();
        checks.AddRange(placeholders.Select(static m => "!values.Has" + m).Where(c => !checks.Contains(c)));
        if (checks.Count > 0)
        {
            w.Line("// The exact path reports a missing required attribute or another entity, and parses key templates into missing members.");
            w.OpenBlock("if (" + string.Join(" || ", checks) + ")");
            w.Line("return false;");
            w.CloseBlock();
            w.Line();
        }

        w.Line("item = new " + model.FullyQualifiedName + "(in values);");
        w.Line("return true;");
        w.CloseBlock();
    }

    private static void WriteValues(SourceWriter w, TableModel model)
    {
        w.Line("/// <summary>The attributes read by <see cref=\"DynamoGenTryReadJson\"/>: each value, and whether it was present (and not <c>NULL</c>).</summary>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("private struct DynamoGenJsonValues");
        foreach (var member in model.Members)
        {
            w.Line("public " + J.ElementType(member.Shape) + " " + member.Name + ";");
            w.Line("public bool Has" + member.Name + ";");
        }

        w.CloseBlock();
    }

    private static void WriteConstructor(SourceWriter w, TableModel model)
    {
        var construction = model.Construction;
        var byName = model.Members.ToDictionary(static m => m.Name);
        var chained = new HashSet<string>(construction.PrimaryConstructorMembers);
        w.Line("#pragma warning disable CS8618");
        w.Line("/// <summary>Creates the instance from attributes read as DynamoDB JSON: the rules of the <see cref=\"FromItem\"/> constructor, member by member.</summary>");
        w.Line("/// <param name=\"values\">The attributes read; every required one is present.</param>");
        w.Line(Names.GeneratedCode);
        if (construction.RequiredMembers)
        {
            w.Line(Names.SetsRequiredMembers);
        }

        w.Line("private " + model.Declaration.Name + "(in DynamoGenJsonValues values)");
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
                    var member = byName[construction.PrimaryConstructorMembers[i]];
                    var value = member.Read.IsRequired()
                        ? "values." + member.Name
                        : "values.Has" + member.Name + " ? values." + member.Name + " : " + (member.ConstructorDefault ?? "default");
                    if (member.Read == MissingAttribute.KeepDefault && member.ConstructorDefault is null && member.Shape.Kind == ShapeKind.Set)
                    {
                        value = "(" + value.Replace(": default", ": null") + ") ?? " + ShapeExpressions.EmptySet(member.Shape);
                    }

                    w.Line(value + (i == construction.PrimaryConstructorMembers.Count - 1 ? ")" : ","));
                }

                w.Unindent();
            }

            w.Unindent();
        }

        w.Line("{");
        w.Indent();
        foreach (var member in model.Members)
        {
            if (chained.Contains(member.Name))
            {
                continue;
            }

            if (member.Read.IsRequired())
            {
                w.Line("this." + member.Name + " = values." + member.Name + ";");
            }
            else if (member.Shape.Kind == ShapeKind.Set && !member.Shape.IsNullableReference)
            {
                w.Line("this." + member.Name + " = (values.Has" + member.Name + " ? values." + member.Name + " : this." + member.Name + ") ?? " + ShapeExpressions.EmptySet(member.Shape) + ";");
            }
            else
            {
                w.Line("this." + member.Name + " = values.Has" + member.Name + " ? values." + member.Name + " : this." + member.Name + ";");
            }
        }

        w.Unindent();
        w.Line("}");
        w.Line("#pragma warning restore CS8618");
    }

    private static void WriteEnumHelpers(SourceWriter w, TableModel model)
    {
        w.Line("/// <summary>DynamoDB JSON readers and writers of this type's enums, with the checks of <c>DynamoGenHelpers</c>.</summary>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("private static class " + J.Helpers);
        var first = true;
        foreach (var e in model.Enums)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            if (e.AsString)
            {
                WriteEnumByName(w, e);
            }
            else
            {
                WriteEnumByNumber(w, e);
            }
        }

        w.CloseBlock();
    }

    private static void WriteEnumByNumber(SourceWriter w, EnumModel e)
    {
        // Writing goes through DynamoGenHelpers' check (same values, same error); reading takes declared values only
        // and leaves anything else to the exact path, which reports it.
        var underlying = HelpersKeyword(e.Underlying);
        w.OpenBlock("public static void Write" + e.Helper + "(" + J.Utf8JsonWriter + " writer, " + e.TypeName + " value)");
        w.Line("var number = (" + underlying + ")value;");
        w.OpenBlock("if (!IsDeclared" + e.Helper + "(number))");
        w.Line(Names.Helpers + ".Write" + e.Helper + "(value); // throws the wire format's error for an undeclared value");
        w.CloseBlock();
        w.Line();
        w.Line(J.JsonWrite + "." + e.Underlying + "(writer, number);");
        w.CloseBlock();
        w.Line();
        w.OpenBlock("public static " + e.TypeName + " Read" + e.Helper + "(ref " + J.Utf8JsonReader + " reader)");
        w.Line("var number = " + J.JsonRead + "." + e.Underlying + "(ref reader);");
        w.Line("return IsDeclared" + e.Helper + "(number) ? (" + e.TypeName + ")number : throw " + J.JsonRead + ".Miss();");
        w.CloseBlock();
        w.Line();
        if (e.IsFlags)
        {
            var mask = e.Members.Aggregate(0UL, static (acc, m) => acc | unchecked((ulong)ParseLong(m.Value)));
            w.Line("private static bool IsDeclared" + e.Helper + "(" + underlying + " number) => (number & ~unchecked((" + underlying + ")" + mask.ToString(CultureInfo.InvariantCulture) + "UL)) == 0;");
        }
        else
        {
            var values = e.Members.Select(static m => m.Value).Distinct().ToList();
            w.Line("private static bool IsDeclared" + e.Helper + "(" + underlying + " number) => " + (values.Count == 0 ? "false" : "number is " + string.Join(" or ", values)) + ";");
        }
    }

    private static void WriteEnumByName(SourceWriter w, EnumModel e)
    {
        w.OpenBlock("public static void Write" + e.Helper + "(" + J.Utf8JsonWriter + " writer, " + e.TypeName + " value)");
        w.OpenBlock("switch (value)");
        foreach (var member in e.Members.GroupBy(static m => m.Value).Select(static g => g.First()))
        {
            w.Line("case " + e.TypeName + "." + Identifier(member.Name) + ": " + J.JsonWrite + ".Utf8String(writer, " + Literal(member.Name) + "u8); return;");
        }

        w.Line("default: " + J.JsonWrite + ".String(writer, " + Names.Helpers + ".Write" + e.Helper + "(value).S); return; // throws the wire format's error for a value without a name");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.OpenBlock("public static " + e.TypeName + " Read" + e.Helper + "(ref " + J.Utf8JsonReader + " reader)");
        w.Line(J.JsonRead + ".Expect(ref reader, \"S\"u8, global::System.Text.Json.JsonTokenType.String);");
        if (e.Members.Count == 0)
        {
            w.Line("throw " + J.JsonRead + ".Miss();");
            w.CloseBlock();
            return;
        }

        w.Line(e.TypeName + " value;");
        var first = true;
        foreach (var member in e.Members)
        {
            w.OpenBlock((first ? "if" : "else if") + " (reader.ValueTextEquals(" + Literal(member.Name) + "u8))");
            w.Line("value = " + e.TypeName + "." + Identifier(member.Name) + ";");
            w.CloseBlock();
            first = false;
        }

        w.OpenBlock("else");
        w.Line("throw " + J.JsonRead + ".Miss();");
        w.CloseBlock();
        w.Line();
        w.Line(J.JsonRead + ".Close(ref reader);");
        w.Line("return value;");
        w.CloseBlock();
    }

    private static long ParseLong(string value)
        => value.StartsWith("-", System.StringComparison.Ordinal) ? long.Parse(value, CultureInfo.InvariantCulture) : unchecked((long)ulong.Parse(value, CultureInfo.InvariantCulture));

    private static string Identifier(string name)
        => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    private static string HelpersKeyword(ScalarKind kind)
        => kind switch
        {
            ScalarKind.Byte => "byte",
            ScalarKind.SByte => "sbyte",
            ScalarKind.Int16 => "short",
            ScalarKind.UInt16 => "ushort",
            ScalarKind.UInt32 => "uint",
            ScalarKind.Int64 => "long",
            ScalarKind.UInt64 => "ulong",
            _ => "int",
        };
}
