namespace DynamoGen.Generator.Model;

/// <summary>What a C# type becomes in an item; recursive for collections.</summary>
internal enum ShapeKind
{
    /// <summary>A scalar (<see cref="TypeShape.Scalar"/>).</summary>
    Scalar,

    /// <summary>An enum, by number or by name (<see cref="TypeShape.Helper"/> names its generated helpers).</summary>
    Enum,

    /// <summary>L: a list-like collection of <see cref="TypeShape.Element"/>.</summary>
    List,

    /// <summary>SS, NS or BS: a set of <see cref="TypeShape.Element"/> (a string, number or binary scalar).</summary>
    Set,

    /// <summary>M: a dictionary from string to <see cref="TypeShape.Element"/>.</summary>
    Map,

    /// <summary>M: a nested <c>[DynamoItem]</c> type.</summary>
    Item,

    /// <summary>S holding JSON (<see cref="TypeShape.Helper"/> names the JsonTypeInfo field).</summary>
    Json,

    /// <summary>A user converter (<see cref="TypeShape.Helper"/> names the converter field).</summary>
    Converter,
}

/// <summary>How a collection is created when read.</summary>
internal enum CollectionKind
{
    None,

    /// <summary><c>List&lt;T&gt;</c>, or an interface a list implements (IList, IReadOnlyList, IEnumerable, ICollection).</summary>
    List,

    /// <summary><c>T[]</c>.</summary>
    Array,

    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    ImmutableArray,
}

/// <summary>
/// The mapping of one C# type, as plain data.
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="TypeName">The C# type, <c>global::</c>-qualified with element nullability, without a top-level <c>?</c>.</param>
/// <param name="IsNullableValueType">The C# type is <c>Nullable&lt;TypeName&gt;</c>.</param>
/// <param name="IsNullableReference">The C# type is a reference type that may be null (annotated, or oblivious).</param>
/// <param name="Scalar">For <see cref="ShapeKind.Scalar"/>; for <see cref="ShapeKind.Enum"/>, the underlying number kind.</param>
/// <param name="Collection">For <see cref="ShapeKind.List"/>: what is created when read.</param>
/// <param name="Element">For lists, sets and maps: the element (value) shape.</param>
/// <param name="Helper">For enums, JSON and converters: the name of the generated helper.</param>
internal sealed record TypeShape(
    ShapeKind Kind,
    string TypeName,
    bool IsNullableValueType,
    bool IsNullableReference,
    ScalarKind Scalar,
    CollectionKind Collection,
    TypeShape? Element,
    string? Helper);
