using DynamoGen.Generator.Model;
using static DynamoGen.Generator.Emit.Code;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// Writes <c>T.Fields</c>: one typed descriptor per stored member, carrying the attribute name and the member's
/// conversion, from which conditions, updates, projections and nested paths are built without strings.
/// </summary>
internal static class FieldsEmitter
{
    public static void Emit(SourceWriter w, TableModel model)
    {
        w.Line("/// <summary>");
        w.Line("/// Typed descriptors of the attributes of <see cref=\"" + Cref(model) + "\"/>, for conditions, updates and projections:");
        w.Line("/// each knows its attribute name and stores values as <c>ToItem</c> does.");
        w.Line("/// </summary>");
        w.Line(Names.GeneratedCode);
        w.OpenBlock("public static class " + model.FieldsClassName);
        var first = true;
        foreach (var member in model.Members)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line("/// <summary>Attribute <c>" + XmlText(member.AttributeName) + "</c> (<see cref=\"" + Cref(model) + "." + member.Name + "\"/>).</summary>");
            w.Line("public static " + Declaration(member) + " { get; } = " + Creation(member) + ";");
        }

        w.CloseBlock();
    }

    private static string Declaration(MemberModel member)
    {
        var shape = member.Shape;
        var value = ValueType(shape);
        var type = shape.Kind switch
        {
            ShapeKind.List => Names.ListField + "<" + value + ", " + ElementType(shape.Element!) + ">",
            ShapeKind.Set => Names.SetField + "<" + value + ", " + ElementType(shape.Element!) + ">",
            ShapeKind.Map => Names.MapField + "<" + value + ", " + ElementType(shape.Element!) + ">",
            _ => Names.DynamoField + "<" + value + ">",
        };
        return type + " " + member.Name;
    }

    private static string Creation(MemberModel member)
    {
        var shape = member.Shape;
        var name = Literal(member.AttributeName);
        var write = ShapeExpressions.Writer(shape);
        if (shape.IsNullableReference || shape.IsNullableValueType)
        {
            // The descriptor's value type is nullable (Set(field, null) is a REMOVE); it calls the writer only with a value.
            write = "static v0 => " + ShapeExpressions.WriteCall(shape, shape.IsNullableValueType ? "v0!.Value" : "v0!", 0);
        }

        switch (shape.Kind)
        {
            case ShapeKind.List:
            case ShapeKind.Map:
                return "new(new " + Names.AttributePath + "(" + name + "), " + write + ", " + ShapeExpressions.ElementWriter(shape.Element!, 1) + ")";
            case ShapeKind.Set:
                var set = shape.Scalar switch
                {
                    ScalarKind.String => Names.Write + ".StringSet(s)",
                    ScalarKind.Binary => Names.Write + ".BinarySet(s)",
                    _ => Names.Write + ".NumberSet<" + shape.Element!.TypeName + ">(s)",
                };
                return "new(new " + Names.AttributePath + "(" + name + "), " + write + ", static s => " + set + ")";
            default:
                return "new(" + name + ", " + write + ")";
        }
    }

    /// <summary>The member's type as C# writes it, with its <c>?</c> when the member may be null.</summary>
    private static string ValueType(TypeShape shape) => ElementType(shape);

    /// <summary>The element type as C# writes it, with its <c>?</c> when elements may be null.</summary>
    private static string ElementType(TypeShape element)
        => element.TypeName + (element.IsNullableValueType || element.IsNullableReference ? "?" : string.Empty);
}
