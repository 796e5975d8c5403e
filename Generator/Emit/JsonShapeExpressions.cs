using System.Globalization;
using DynamoGen.Generator.Model;

namespace DynamoGen.Generator.Emit;

/// <summary>
/// The DynamoDB JSON counterpart of <see cref="ShapeExpressions"/>: C# expressions that read one
/// <see cref="TypeShape"/> from a <c>Utf8JsonReader</c> (<c>JsonValueReader&lt;T&gt;</c> delegates and calls) and write it
/// to a <c>Utf8JsonWriter</c> (<c>JsonValueWriter&lt;T&gt;</c>). Scalars are method groups; composites are static lambdas
/// (cached by the compiler). Lambda parameters are numbered by depth.
/// </summary>
internal static class JsonShapeExpressions
{
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonRead = "global::DynamoGen.Json.JsonRead";
    public const string JsonWrite = "global::DynamoGen.Json.JsonWrite";
    public const string JsonItemReader = "global::DynamoGen.Json.JsonItemReader";
    public const string JsonItemWriter = "global::DynamoGen.Json.JsonItemWriter";
    public const string IDynamoJsonItem = "global::DynamoGen.IDynamoJsonItem";

    /// <summary>The private nested class holding the JSON readers and writers of the type's enums.</summary>
    public const string Helpers = "DynamoGenJsonHelpers";

    /// <summary>A <c>JsonValueReader&lt;T&gt;</c> for the shape's value (the reader on its type descriptor).</summary>
    public static string Reader(TypeShape shape, int depth = 0)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return JsonRead + "." + shape.Scalar;
            case ShapeKind.Enum:
                return Helpers + ".Read" + shape.Helper;
            case ShapeKind.Item:
                return JsonRead + ".Item<" + shape.TypeName + ">";
            case ShapeKind.Set when shape.Scalar == ScalarKind.String:
                return JsonRead + ".StringSet";
            case ShapeKind.Set when shape.Scalar == ScalarKind.Binary:
                return JsonRead + ".BinarySet";
            default:
                var r = "r" + depth.ToString(CultureInfo.InvariantCulture);
                return "static (ref " + Utf8JsonReader + " " + r + ") => " + ReadCall(shape, r, depth);
        }
    }

    /// <summary>An expression reading the shape's value with reader variable <paramref name="reader"/> (on the type descriptor).</summary>
    public static string ReadCall(TypeShape shape, string reader, int depth)
    {
        var r = "ref " + reader;
        return shape.Kind switch
        {
            ShapeKind.Scalar => JsonRead + "." + shape.Scalar + "(" + r + ")",
            ShapeKind.Enum => Helpers + ".Read" + shape.Helper + "(" + r + ")",
            ShapeKind.Item => JsonRead + ".Item<" + shape.TypeName + ">(" + r + ")",
            ShapeKind.List => JsonRead + "." + (shape.Collection switch { CollectionKind.Array => "Array", CollectionKind.ImmutableArray => "ImmutableArray", _ => "List" })
                + "<" + ElementType(shape.Element!) + ">(" + r + ", " + ElementReader(shape.Element!, depth + 1) + ")",
            ShapeKind.Map => JsonRead + ".Map<" + ElementType(shape.Element!) + ">(" + r + ", " + ElementReader(shape.Element!, depth + 1) + ")",
            ShapeKind.Set when shape.Scalar == ScalarKind.String => JsonRead + ".StringSet(" + r + ")",
            ShapeKind.Set when shape.Scalar == ScalarKind.Binary => JsonRead + ".BinarySet(" + r + ")",
            ShapeKind.Set => JsonRead + ".NumberSet<" + shape.Element!.TypeName + ">(" + r + ")",
            // A nullable member reads the JSON text null as null; for any other member it is an error.
            ShapeKind.Json => JsonRead + (shape.IsNullableReference ? ".JsonOrNull(" : shape.IsNullableValueType ? ".NullableJson(" : ".Json(") + r + ", " + Names.Helpers + "." + shape.Helper + ")",
            _ => JsonRead + ".Converter(" + r + ", " + Names.Helpers + "." + shape.Helper + ")",
        };
    }

    /// <summary>A <c>JsonValueWriter&lt;T&gt;</c> for the shape's (non-null) value.</summary>
    public static string Writer(TypeShape shape, int depth = 0)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                return JsonWrite + "." + shape.Scalar;
            case ShapeKind.Enum:
                return Helpers + ".Write" + shape.Helper;
            case ShapeKind.Item:
                return JsonWrite + ".Item<" + shape.TypeName + ">";
            default:
                var d = depth.ToString(CultureInfo.InvariantCulture);
                return "static (w" + d + ", v" + d + ") => " + WriteCall(shape, "w" + d, "v" + d, depth);
        }
    }

    /// <summary>An expression writing <paramref name="value"/> (not null) of the shape to <paramref name="writer"/>.</summary>
    public static string WriteCall(TypeShape shape, string writer, string value, int depth)
        => shape.Kind switch
        {
            ShapeKind.List => JsonWrite + ".List(" + writer + ", " + value + ", " + ElementWriter(shape.Element!, depth + 1) + ")",
            ShapeKind.Map => JsonWrite + ".Map(" + writer + ", " + value + ", " + ElementWriter(shape.Element!, depth + 1) + ")",
            ShapeKind.Set when shape.Scalar == ScalarKind.String => JsonWrite + ".StringSet(" + writer + ", " + value + ")",
            ShapeKind.Set when shape.Scalar == ScalarKind.Binary => JsonWrite + ".BinarySet(" + writer + ", " + value + ")",
            ShapeKind.Set => JsonWrite + ".NumberSet<" + shape.Element!.TypeName + ">(" + writer + ", " + value + ")",
            ShapeKind.Json => JsonWrite + ".Json(" + writer + ", " + value + ", " + Names.Helpers + "." + shape.Helper + ")",
            ShapeKind.Converter => JsonWrite + ".Converter(" + writer + ", " + value + ", " + Names.Helpers + "." + shape.Helper + ")",
            _ => Writer(shape, depth) + "(" + writer + ", " + value + ")",
        };

    /// <summary>The C# type of a collection element, with its nullability.</summary>
    public static string ElementType(TypeShape element)
        => element.TypeName + (element.IsNullableValueType || element.IsNullableReference ? "?" : string.Empty);

    private static string ElementReader(TypeShape element, int depth)
    {
        var e = "e" + depth.ToString(CultureInfo.InvariantCulture);
        if (element.IsNullableValueType)
        {
            return "static (ref " + Utf8JsonReader + " " + e + ") => " + JsonRead + ".Nullable<" + element.TypeName + ">(ref " + e + ", " + Reader(element, depth) + ")";
        }

        if (element.IsNullableReference)
        {
            return "static (ref " + Utf8JsonReader + " " + e + ") => " + JsonRead + ".NullableReference<" + element.TypeName + ">(ref " + e + ", " + Reader(element, depth) + ")";
        }

        return Reader(element, depth);
    }

    /// <summary>A list or map element writer: null elements are written as NULL by the runtime before it is called.</summary>
    private static string ElementWriter(TypeShape element, int depth)
    {
        var d = depth.ToString(CultureInfo.InvariantCulture);
        var w = "w" + d;
        var e = "e" + d;
        if (element.IsNullableValueType)
        {
            return "static (" + w + ", " + e + ") => " + JsonWrite + ".Nullable(" + w + ", " + e + ", " + Writer(element, depth) + ")";
        }

        if (element.Kind == ShapeKind.Set)
        {
            // An empty set cannot be stored; inside a list or map it is written as NULL, which reads back as an empty set.
            return "static (" + w + ", " + e + ") => " + WriteCall(element, w, e + (element.IsNullableReference ? "!" : string.Empty), depth);
        }

        if (element.IsNullableReference)
        {
            return "static (" + w + ", " + e + ") => " + WriteCall(element, w, e + "!", depth);
        }

        return Writer(element, depth);
    }
}
