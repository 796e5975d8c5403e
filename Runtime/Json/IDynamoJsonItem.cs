using System.Collections.Generic;
using System.Text.Json;
using DynamoGen.Marshalling;

namespace DynamoGen;

/// <summary>
/// A type that reads and writes itself as DynamoDB JSON (<c>{"Name":{"S":"..."},"Count":{"N":"3"}}</c>) straight from a
/// <see cref="Utf8JsonReader"/> and to a <see cref="Utf8JsonWriter"/>, with the wire format and errors of
/// <see cref="IDynamoItem{TSelf}.ToItem"/> and <see cref="IDynamoItem{TSelf}.FromItem"/> but without the AWS SDK's
/// <c>AttributeValue</c> objects. The DynamoGen source generator implements it (explicitly, so it takes no name from
/// your type) on every <see cref="DynamoTableAttribute"/> and <see cref="DynamoItemAttribute"/> type; call it through
/// <see cref="DynamoJson"/>.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IDynamoJsonItem<TSelf> : IDynamoItem<TSelf> where TSelf : IDynamoJsonItem<TSelf>
{
    /// <summary>
    /// Reads one item: <paramref name="reader"/> is on the item's <c>{</c> (or before it, on a fresh reader or a property
    /// name) and holds the whole item; it is left on the item's <c>}</c>.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="DynamoMappingException">The item does not fit the type (as <see cref="IDynamoItem{TSelf}.FromItem"/> reports it).</exception>
    /// <exception cref="DynamoJsonException">The text is not DynamoDB JSON.</exception>
    /// <remarks>
    /// Generated types read each member straight from the JSON. The default, for a type implemented by hand, reads the
    /// item's attributes and calls <see cref="IDynamoItem{TSelf}.FromItem"/>.
    /// </remarks>
    static virtual TSelf ReadJson(ref Utf8JsonReader reader) => TSelf.FromItem(DynamoGen.Json.AttributeValueJson.ReadItem(ref reader));

    /// <summary>Writes this instance as one DynamoDB JSON item object, attributes in the order of <see cref="IDynamoItem{TSelf}.ToItem"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="DynamoMappingException">A member holds a value DynamoDB cannot store.</exception>
    /// <remarks>Generated types write each member straight to the JSON; the default, for a type implemented by hand, writes <see cref="IDynamoItem{TSelf}.ToItem"/>.</remarks>
    void WriteJson(Utf8JsonWriter writer) => DynamoGen.Json.AttributeValueJson.WriteItem(writer, ToItem());

    /// <summary>
    /// The type's key templates (single-table design), which tell its items apart by their keys alone (stream records
    /// are routed by them when the type has no entity name); empty for a type without templates.
    /// </summary>
    static virtual IReadOnlyList<KeyTemplate> KeyTemplates => [];
}
