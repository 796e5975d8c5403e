using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>A key attribute of a table or index: its name and its scalar type (S, N or B).</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="Type">The attribute's scalar type.</param>
public sealed record KeyAttribute(string Name, ScalarAttributeType Type);

/// <summary>Whether a secondary index is global or local.</summary>
public enum IndexKind
{
    /// <summary>A global secondary index: its own partition key (and optional sort key).</summary>
    Global = 0,

    /// <summary>A local secondary index: the table's partition key, another sort key.</summary>
    Local = 1,
}

/// <summary>A secondary index of a table, as declared on the item type.</summary>
/// <param name="Name">The index name.</param>
/// <param name="Kind">Global or local.</param>
/// <param name="PartitionKey">The index's partition key (for a local index, the table's).</param>
/// <param name="SortKey">The index's sort key, if any.</param>
/// <param name="Projection">Which attributes the index copies.</param>
/// <param name="NonKeyAttributes">With <see cref="IndexProjection.Include"/>: the attributes copied besides the keys.</param>
public sealed record IndexSchema(
    string Name,
    IndexKind Kind,
    KeyAttribute PartitionKey,
    KeyAttribute? SortKey,
    IndexProjection Projection,
    IReadOnlyList<string> NonKeyAttributes);

/// <summary>
/// The schema of a table as declared on its item type, as data: name, keys, secondary indexes, the TTL attribute,
/// the version attribute and the entity attribute. Enough to create the table and to compare it with a real one.
/// </summary>
public sealed record TableSchema
{
    /// <summary>Creates a schema.</summary>
    /// <param name="tableName">The default table name.</param>
    /// <param name="partitionKey">The partition (hash) key.</param>
    /// <param name="sortKey">The sort (range) key, if the table has one.</param>
    public TableSchema(string tableName, KeyAttribute partitionKey, KeyAttribute? sortKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        ArgumentNullException.ThrowIfNull(partitionKey);
        TableName = tableName;
        PartitionKey = partitionKey;
        SortKey = sortKey;
    }

    /// <summary>The table name given by <see cref="DynamoTableAttribute"/>.</summary>
    public string TableName { get; }

    /// <summary>The partition (hash) key.</summary>
    public KeyAttribute PartitionKey { get; }

    /// <summary>The sort (range) key, or <see langword="null"/> when the table has a simple primary key.</summary>
    public KeyAttribute? SortKey { get; }

    /// <summary>The secondary indexes, global and local, in declaration order.</summary>
    public IReadOnlyList<IndexSchema> Indexes { get; init; } = [];

    /// <summary>The <see cref="TimeToLiveAttribute"/> attribute (epoch seconds), if the type has one.</summary>
    public string? TimeToLiveAttribute { get; init; }

    /// <summary>The <see cref="VersionAttribute"/> attribute, if the type has one.</summary>
    public string? VersionAttribute { get; init; }

    /// <summary>The attribute holding the entity name (<see cref="DynamoTableAttribute.Entity"/>), if the type has one.</summary>
    public string? EntityAttribute { get; init; }

    /// <summary>The entity name written in <see cref="EntityAttribute"/>, if the type has one.</summary>
    public string? EntityName { get; init; }

    /// <summary>
    /// The attributes besides the primary key that reading an item of this type requires (its required members,
    /// docs/type-mapping.md). An update that may create the item must set them all
    /// (<see cref="UpdateOptions.CreateIfMissing"/>), so that every item in the table stays readable.
    /// </summary>
    public IReadOnlyList<string> RequiredAttributes { get; init; } = [];
}
