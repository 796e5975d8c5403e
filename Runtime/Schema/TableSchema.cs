using System;
using Amazon.DynamoDBv2;

namespace DynamoGen;

/// <summary>A key attribute of a table: its name and its scalar type (S, N or B).</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="Type">The attribute's scalar type.</param>
public sealed record KeyAttribute(string Name, ScalarAttributeType Type);

/// <summary>The schema of a table as declared on its item type: enough to create the table.</summary>
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
}
