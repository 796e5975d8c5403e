using System.Globalization;
using System.Linq;
using DynamoGen.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using static DynamoGen.Generator.Emit.Code;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// Writes the private <c>DynamoGenHelpers</c> class of a mapped type: conversions for each enum it uses (by number
/// or by name, rejecting unknown values), the JSON metadata and the converter instances of its members.
/// </summary>
internal static class HelpersEmitter
{
    public static void Emit(SourceWriter w, TableModel model)
    {
        w.Line("/// <summary>Conversions this type's members need beyond the runtime's built-in ones.</summary>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("private static class " + Names.Helpers);
        var first = true;
        foreach (var e in model.Enums)
        {
            Separate(w, ref first);
            if (e.AsString)
            {
                WriteEnumByName(w, e);
            }
            else
            {
                WriteEnumByNumber(w, e);
            }

            w.Line();
            WriteEnumConverter(w, e);
        }

        foreach (var helper in model.Helpers)
        {
            Separate(w, ref first);
            if (helper.Kind == ShapeKind.Json)
            {
                WriteJson(w, helper);
            }
            else
            {
                w.Line("public static readonly " + helper.SourceType + " " + helper.Name + " = new " + helper.SourceType + "();");
            }
        }

        w.CloseBlock();
    }

    /// <summary>The enum's converter struct: generic readers and writers take it as a type argument and call the two methods above directly.</summary>
    private static void WriteEnumConverter(SourceWriter w, EnumModel e)
    {
        w.Line("/// <summary><c>" + e.DisplayName + "</c> " + (e.AsString ? "by name" : "by number") + " (the two methods above) as a converter struct: readers, writers and collections take it as a type argument and call it directly, with no delegate.</summary>");
        w.OpenBlock("public readonly struct " + e.Helper + " : " + Names.IAttributeConverter + "<" + e.TypeName + ">");
        w.Line("public static " + Names.AttributeValue + " Write(" + e.TypeName + " value) => Write" + e.Helper + "(value);");
        w.Line();
        w.Line("public static " + e.TypeName + " Read(" + Names.AttributeValue + " value) => Parse" + e.Helper + "(value);");
        w.CloseBlock();
    }

    private static void WriteEnumByNumber(SourceWriter w, EnumModel e)
    {
        // Writing and reading accept the same values, so every item DynamoGen writes reads back.
        var underlying = Keyword(e.Underlying);
        w.OpenBlock("public static " + Names.AttributeValue + " Write" + e.Helper + "(" + e.TypeName + " value)");
        w.Line("var number = (" + underlying + ")value;");
        WriteCheck(w, e, "number", Names.Write + "." + e.Underlying + "(number)", Names.Numbers + ".Format(number)");
        w.CloseBlock();
        w.Line();
        w.OpenBlock("public static " + e.TypeName + " Parse" + e.Helper + "(" + Names.AttributeValue + " value)");
        w.Line("var number = " + Names.Parse + "." + e.Underlying + "(value);");
        WriteCheck(w, e, "number", "(" + e.TypeName + ")number", "value");
        w.CloseBlock();
    }

    /// <summary>Returns <paramref name="result"/> for a declared value (any combination of declared bits for [Flags]); throws otherwise.</summary>
    private static void WriteCheck(SourceWriter w, EnumModel e, string number, string result, string found)
    {
        var underlying = Keyword(e.Underlying);
        if (e.IsFlags)
        {
            var mask = e.Members.Aggregate(0UL, static (acc, m) => acc | unchecked((ulong)ParseLong(m.Value)));
            w.Line("const " + underlying + " declaredBits = unchecked((" + underlying + ")" + mask.ToString(CultureInfo.InvariantCulture) + "UL);");
            w.Line("return (" + number + " & ~declaredBits) == 0");
            w.Indent();
            w.Line("? " + result);
            w.Line(": throw new " + Names.FormatException + "(" + Literal("a combination of the flags of " + e.DisplayName) + ", " + found + ");");
            w.Unindent();
            return;
        }

        var values = e.Members.Select(static m => m.Value).Distinct().ToList();
        w.Line("return " + number + " switch");
        w.Line("{");
        w.Indent();
        if (values.Count > 0)
        {
            w.Line(string.Join(" or ", values) + " => " + result + ",");
        }

        w.Line("_ => throw new " + Names.FormatException + "(" + Literal("a value of " + e.DisplayName + " (" + string.Join(", ", values) + ")") + ", " + found + "),");
        w.Unindent();
        w.Line("};");
    }

    private static void WriteEnumByName(SourceWriter w, EnumModel e)
    {
        w.Line("public static " + Names.AttributeValue + " Write" + e.Helper + "(" + e.TypeName + " value) => value switch");
        w.Line("{");
        w.Indent();
        foreach (var member in e.Members.GroupBy(static m => m.Value).Select(static g => g.First()))
        {
            w.Line(e.TypeName + "." + Identifier(member.Name) + " => " + Names.Write + ".String(" + Literal(member.Name) + "),");
        }

        w.Line("_ => throw new " + Names.FormatException + "(" + Literal("a named value of " + e.DisplayName) + ", " + Names.Numbers + ".Format((" + Keyword(e.Underlying) + ")value)),");
        w.Unindent();
        w.Line("};");
        w.Line();
        w.Line("public static " + e.TypeName + " Parse" + e.Helper + "(" + Names.AttributeValue + " value) => " + Names.Parse + ".String(value) switch");
        w.Line("{");
        w.Indent();
        foreach (var member in e.Members)
        {
            w.Line(Literal(member.Name) + " => " + e.TypeName + "." + Identifier(member.Name) + ",");
        }

        w.Line("_ => throw new " + Names.FormatException + "(" + Literal("one of " + string.Join(", ", e.Members.Select(static m => m.Name)) + " (" + e.DisplayName + ")") + ", value),");
        w.Unindent();
        w.Line("};");
    }

    private static void WriteJson(SourceWriter w, HelperField helper)
    {
        var typeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + helper.ValueType + ">";
        w.Line("private static " + typeInfo + "? s_" + helper.Name + ";");
        w.Line();
        w.Line("/// <summary>Source-generated JSON metadata for <c>" + helper.ValueType.Replace("global::", string.Empty).Replace("<", "&lt;").Replace(">", "&gt;") + "</c> (AOT-safe: no reflection-based serializer).</summary>");
        w.Line("public static " + typeInfo + " " + helper.Name + " => s_" + helper.Name + " ??=");
        w.Indent();
        w.Line("(" + typeInfo + ")" + helper.SourceType + ".Default.GetTypeInfo(typeof(" + helper.ValueType + "))!;");
        w.Unindent();
    }

    private static void Separate(SourceWriter w, ref bool first)
    {
        if (!first)
        {
            w.Line();
        }

        first = false;
    }

    private static long ParseLong(string value)
        => value.StartsWith("-", System.StringComparison.Ordinal) ? long.Parse(value, CultureInfo.InvariantCulture) : unchecked((long)ulong.Parse(value, CultureInfo.InvariantCulture));

    private static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static string Keyword(ScalarKind kind)
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
