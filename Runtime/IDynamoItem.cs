using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A type that converts itself to and from a DynamoDB item without reflection. The DynamoGen source generator
/// implements it on every <see cref="DynamoTableAttribute"/> type; you do not implement it by hand.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IDynamoItem<TSelf> where TSelf : IDynamoItem<TSelf>
{
    /// <summary>Converts this instance to a DynamoDB item (attribute name to value).</summary>
    /// <returns>A new dictionary the caller owns.</returns>
    Dictionary<string, AttributeValue> ToItem();

    /// <summary>Creates an instance from a DynamoDB item.</summary>
    /// <param name="item">The item, for example <c>GetItemResponse.Item</c>.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="DynamoMappingException">An attribute is missing, has the wrong type or cannot be parsed.</exception>
    static abstract TSelf FromItem(Dictionary<string, AttributeValue> item);
}

/// <summary>
/// An item type stored in its own DynamoDB table: it knows its key and its table's schema. Generated for every
/// <see cref="DynamoTableAttribute"/> type.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IDynamoTable<TSelf> : IDynamoJsonItem<TSelf> where TSelf : IDynamoTable<TSelf>
{
    /// <summary>The table's name and key schema as declared on the type.</summary>
    static abstract TableSchema TableSchema { get; }

    /// <summary>The primary key of this instance (partition key and, when the table has one, sort key).</summary>
    /// <returns>The key, typed: only a table of <typeparamref name="TSelf"/> takes it.</returns>
    DynamoKey<TSelf> GetKey();
}
