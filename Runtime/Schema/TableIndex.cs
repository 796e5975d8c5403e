using System;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The key schema of a table (its primary key) or of one of its secondary indexes, as generated on the item type:
/// <c>T.Indexes.Primary</c>, <c>T.Indexes.StatusIndex</c>. Queries take the key conditions it builds, so a query
/// cannot name a missing index or pass a key of the wrong type.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class TableIndex<T> where T : IDynamoTable<T>
{
    private protected TableIndex(string? indexName, string partitionKeyAttribute, string? sortKeyAttribute)
    {
        ArgumentException.ThrowIfNullOrEmpty(partitionKeyAttribute);
        IndexName = indexName;
        PartitionKeyAttribute = partitionKeyAttribute;
        SortKeyAttribute = sortKeyAttribute;
    }

    /// <summary>The index name, or <see langword="null"/> for the table's primary key.</summary>
    public string? IndexName { get; }

    /// <summary>The partition key attribute.</summary>
    public string PartitionKeyAttribute { get; }

    /// <summary>The sort key attribute, if the index has one.</summary>
    public string? SortKeyAttribute { get; }

    /// <inheritdoc />
    public override string ToString() => IndexName ?? "primary key";

    private string Describe() => IndexName is null ? "primary key" : "index '" + IndexName + "'";

    /// <summary>A key value's attribute value; a null value, or one DynamoDB cannot store, throws naming the index and attribute.</summary>
    internal AttributeValue KeyValue<TKey>(Func<TKey, AttributeValue> convert, TKey value, string attribute, string parameter)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameter, $"Key attribute '{attribute}' of {typeof(T).Name}'s {Describe()} cannot be null.");
        }

        try
        {
            return convert(value);
        }
        catch (Marshalling.AttributeFormatException e)
        {
            throw new ArgumentException($"Key attribute '{attribute}' of {typeof(T).Name}'s {Describe()} cannot hold this value: expected {e.Expected}, found {e.Found}.", parameter, e);
        }
    }
}

/// <summary>A table or index with a partition key only.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TPartition">The partition key's C# type (a tuple for a template of several members).</typeparam>
public sealed class TableIndex<T, TPartition> : TableIndex<T> where T : IDynamoTable<T>
{
    private readonly Func<TPartition, AttributeValue> _partition;

    /// <summary>Creates the index description; generated code does this.</summary>
    /// <param name="indexName">The index name, or <see langword="null"/> for the table's primary key.</param>
    /// <param name="partitionKeyAttribute">The partition key attribute.</param>
    /// <param name="partition">Converts a partition key value to its attribute value.</param>
    public TableIndex(string? indexName, string partitionKeyAttribute, Func<TPartition, AttributeValue> partition)
        : base(indexName, partitionKeyAttribute, null)
    {
        ArgumentNullException.ThrowIfNull(partition);
        _partition = partition;
    }

    /// <summary>All items with this partition key.</summary>
    /// <param name="partitionKey">The partition key value.</param>
    /// <returns>The key condition of a query.</returns>
    public KeyCondition<T> Partition(TPartition partitionKey) => new(this, KeyValue(_partition, partitionKey, PartitionKeyAttribute, nameof(partitionKey)));
}

/// <summary>A table or index with a partition key and a sort key.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TPartition">The partition key's C# type (a tuple for a template of several members).</typeparam>
/// <typeparam name="TSort">The sort key's C# type (a tuple for a template of several members).</typeparam>
public sealed class TableIndex<T, TPartition, TSort> : TableIndex<T> where T : IDynamoTable<T>
{
    private readonly Func<TPartition, AttributeValue> _partition;
    private readonly Func<TSort, AttributeValue> _sort;

    /// <summary>Creates the index description; generated code does this.</summary>
    /// <param name="indexName">The index name, or <see langword="null"/> for the table's primary key.</param>
    /// <param name="partitionKeyAttribute">The partition key attribute.</param>
    /// <param name="partition">Converts a partition key value to its attribute value.</param>
    /// <param name="sortKeyAttribute">The sort key attribute.</param>
    /// <param name="sort">Converts a sort key value to its attribute value.</param>
    public TableIndex(string? indexName, string partitionKeyAttribute, Func<TPartition, AttributeValue> partition, string sortKeyAttribute, Func<TSort, AttributeValue> sort)
        : base(indexName, partitionKeyAttribute, sortKeyAttribute)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentException.ThrowIfNullOrEmpty(sortKeyAttribute);
        _partition = partition;
        _sort = sort;
    }

    /// <summary>All items with this partition key; narrow it by sort key with the returned condition's methods.</summary>
    /// <param name="partitionKey">The partition key value.</param>
    /// <returns>The key condition of a query.</returns>
    public SortableKeyCondition<T, TSort> Partition(TPartition partitionKey) => new(this, KeyValue(_partition, partitionKey, PartitionKeyAttribute, nameof(partitionKey)), _sort);
}
