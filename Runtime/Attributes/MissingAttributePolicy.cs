namespace DynamoGen;

/// <summary>
/// What <c>FromItem</c> does when an item has no attribute (or <c>NULL</c>) for a member. Set it with
/// <see cref="DynamoTableAttribute.MissingAttributes"/>, <see cref="DynamoItemAttribute.MissingAttributes"/> or
/// <see cref="DynamoDefaultsAttribute.MissingAttributes"/>.
/// </summary>
/// <example>
/// <code>
/// // A value-type member added to a model reads old items as default(int):
/// [DynamoTable("orders")]
/// public partial record Order
/// {
///     [PartitionKey] public required string Id { get; init; }
///     public int Quantity { get; init; }                 // missing: 0
///     public required decimal Total { get; init; }       // missing: DynamoMappingException
/// }
/// </code>
/// </example>
public enum MissingAttributePolicy
{
    /// <summary>
    /// The default: what C# requires is required, as in System.Text.Json. Required are the keys, <c>required</c>
    /// members, constructor parameters without a default value, and non-nullable reference-type members without an
    /// initializer (they would otherwise hold null). Every other member keeps its initializer's value, or
    /// <c>default</c> for a value type, or null when nullable, or an empty set.
    /// </summary>
    FollowCSharp = 0,

    /// <summary>
    /// Every non-nullable member without an initializer is required, value types included (DynamoGen 0.1's rule): an
    /// item written by an older, smaller model fails to read instead of reading <c>default</c>.
    /// </summary>
    Strict = 1,
}
