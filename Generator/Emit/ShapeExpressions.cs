using System.Globalization;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// The C# that converts one <see cref="TypeShape"/>. Scalars, enums and nested items have a converter struct
/// (<see cref="Converter"/>): generic helpers take it as a type argument, so each element of a list, set or map is a
/// direct call the JIT can inline, not a delegate call. Everything else is a delegate: scalars as method groups,
/// composites as static lambdas (cached by the compiler, so nothing is allocated per call), parameters numbered by depth.
/// </summary>
internal static class ShapeExpressions
{
    /// <summary>A <c>Func&lt;T, AttributeValue?&gt;</c> for the shape's (non-null) value.</summary>
    public static string Writer(TypeShape shape, int depth = 0)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return Names.Write + "." + shape.Scalar;
            case ShapeKind.Enum:
                return Names.Helpers + ".Write" + shape.Helper;
            case ShapeKind.Item:
                return Names.Write + ".Item<" + shape.TypeName + ">";
            default:
                var v = "v" + depth.ToString(CultureInfo.InvariantCulture);
                return "static " + v + " => " + WriteCall(shape, v, depth);
        }
    }

    /// <summary>A <c>Func&lt;AttributeValue, T&gt;</c> producing the shape's value.</summary>
    public static string Parser(TypeShape shape, int depth = 0)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return Names.Parse + "." + shape.Scalar;
            case ShapeKind.Enum:
                return Names.Helpers + ".Parse" + shape.Helper;
            case ShapeKind.Item:
                return Names.Parse + ".Item<" + shape.TypeName + ">";
            case ShapeKind.Set when shape.Scalar == ScalarKind.String:
                return Names.Parse + ".StringSet";
            case ShapeKind.Set when shape.Scalar == ScalarKind.Binary:
                return Names.Parse + ".BinarySet";
            default:
                var v = "v" + depth.ToString(CultureInfo.InvariantCulture);
                return "static " + v + " => " + ParseCall(shape, v, depth);
        }
    }

    /// <summary>
    /// The converter struct (an <c>IAttributeConverter&lt;T&gt;</c>) of a scalar, enum, nested item, list or map shape,
    /// or null for any other shape (sets, JSON, user converters, nullable elements: these keep their delegates). The
    /// built-in ones are in <c>As</c>; an enum's is generated in the type's helpers.
    /// </summary>
    public static string? Converter(TypeShape shape)
        => shape.Kind switch
        {
            ShapeKind.Scalar => Names.As + "." + shape.Scalar,
            ShapeKind.Enum => Names.Helpers + "." + shape.Helper,
            ShapeKind.Item => Names.As + ".Item<" + shape.TypeName + ">",
            // A List<T> or Dictionary<string, T> (exactly: other collection types are created differently when read)
            // of elements that have a converter themselves.
            // Strings have exact-typed helpers: generic code over a reference type is shared, and slower.
            ShapeKind.List when shape.Collection == CollectionKind.List
                && shape.TypeName == "global::System.Collections.Generic.List<" + shape.Element!.TypeName + ">"
                && ElementConverter(shape.Element) is { } element
                => element == Names.As + ".String" ? Names.As + ".StringList" : Names.As + ".List<" + shape.Element.TypeName + ", " + element + ">",
            ShapeKind.Map when shape.TypeName == "global::System.Collections.Generic.Dictionary<string, " + shape.Element!.TypeName + ">"
                && ElementConverter(shape.Element) is { } element
                => element == Names.As + ".String" ? Names.As + ".StringMap" : Names.As + ".Map<" + shape.Element.TypeName + ", " + element + ">",
            _ => null,
        };

    /// <summary>The converter struct of a collection element, when the element has one and cannot be null (a null element keeps its delegate).</summary>
    private static string? ElementConverter(TypeShape element)
        => element.IsNullableValueType || element.IsNullableReference ? null : Converter(element);

    /// <summary>An expression for an empty value of a set shape, used when a set attribute is missing.</summary>
    public static string EmptySet(TypeShape shape) => "new " + Names.HashSet + "<" + shape.Element!.TypeName + ">()";

    /// <summary>An expression writing <paramref name="value"/> (not null) of the shape.</summary>
    internal static string WriteCall(TypeShape shape, string value, int depth)
        => shape.Kind switch
        {
            ShapeKind.List or ShapeKind.Map when ElementConverter(shape.Element!) is { } converter
                => Names.Write + "." + shape.Kind + "<" + shape.Element!.TypeName + ", " + converter + ">(" + value + ")",
            ShapeKind.List => Names.Write + ".List(" + value + ", " + ElementWriter(shape.Element!, depth + 1) + ")",
            ShapeKind.Map => Names.Write + ".Map(" + value + ", " + ElementWriter(shape.Element!, depth + 1) + ")",
            ShapeKind.Set when shape.Scalar == ScalarKind.String => Names.Write + ".StringSet(" + value + ")",
            ShapeKind.Set when shape.Scalar == ScalarKind.Binary => Names.Write + ".BinarySet(" + value + ")",
            ShapeKind.Set => Names.Write + ".NumberSet<" + shape.Element!.TypeName + ">(" + value + ")",
            ShapeKind.Json => Names.Write + ".Json(" + value + ", " + Names.Helpers + "." + shape.Helper + ")",
            ShapeKind.Converter => Names.Helpers + "." + shape.Helper + ".ToAttribute(" + value + ")",
            _ => Writer(shape, depth) + "(" + value + ")",
        };

    private static string ParseCall(TypeShape shape, string value, int depth)
        => shape.Kind switch
        {
            ShapeKind.List when ElementConverter(shape.Element!) is { } converter
                => Names.Parse + "." + ListMethod(shape) + "<" + shape.Element!.TypeName + ", " + converter + ">(" + value + ")",
            ShapeKind.List => Names.Parse + "." + ListMethod(shape) + "(" + value + ", " + ElementParser(shape.Element!, depth + 1) + ")",
            ShapeKind.Map when ElementConverter(shape.Element!) is { } converter
                => Names.Parse + ".Map<" + shape.Element!.TypeName + ", " + converter + ">(" + value + ")",
            ShapeKind.Map => Names.Parse + ".Map(" + value + ", " + ElementParser(shape.Element!, depth + 1) + ")",
            ShapeKind.Set => Names.Parse + ".NumberSet<" + shape.Element!.TypeName + ">(" + value + ")",
            // A nullable member reads the JSON text null as null; for any other member it is an error.
            ShapeKind.Json => Names.Parse + (shape.IsNullableReference ? ".JsonOrNull(" : shape.IsNullableValueType ? ".NullableJson(" : ".Json(") + value + ", " + Names.Helpers + "." + shape.Helper + ")",
            ShapeKind.Converter => Names.Helpers + "." + shape.Helper + ".FromAttribute(" + value + ")",
            _ => Parser(shape, depth) + "(" + value + ")",
        };

    private static string ListMethod(TypeShape shape)
        => shape.Collection switch { CollectionKind.Array => "Array", CollectionKind.ImmutableArray => "ImmutableArray", _ => "List" };

    /// <summary>A list or map element writer: never returns null (null elements are written as NULL by the runtime).</summary>
    internal static string ElementWriter(TypeShape element, int depth)
    {
        var e = "e" + depth.ToString(CultureInfo.InvariantCulture);
        if (element.IsNullableValueType)
        {
            return "static " + e + " => " + Names.Write + ".Nullable(" + e + ", " + Writer(element, depth) + ")";
        }

        if (element.Kind == ShapeKind.Set)
        {
            // An empty set cannot be stored; inside a list or map it becomes NULL, which reads back as an empty set.
            return "static " + e + " => " + WriteCall(element, e, depth) + " ?? " + Names.Write + ".Null()";
        }

        if (element.IsNullableReference)
        {
            // The runtime writes null elements as NULL before calling this, so the element is never null here.
            return "static " + e + " => " + WriteCall(element, e + "!", depth);
        }

        return Writer(element, depth);
    }

    private static string ElementParser(TypeShape element, int depth)
    {
        var e = "e" + depth.ToString(CultureInfo.InvariantCulture);
        if (element.IsNullableValueType)
        {
            return "static " + e + " => " + Names.Parse + ".Nullable(" + e + ", " + Parser(element, depth) + ")";
        }

        if (element.IsNullableReference)
        {
            return "static " + e + " => " + Names.Parse + ".NullableReference(" + e + ", " + Parser(element, depth) + ")";
        }

        return Parser(element, depth);
    }
}
