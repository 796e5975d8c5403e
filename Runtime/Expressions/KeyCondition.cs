using System;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>The sort key comparison of a <see cref="KeyCondition{T}"/>.</summary>
public enum SortKeyOperator
{
    /// <summary>No sort key condition: the whole partition.</summary>
    None = 0,

    /// <summary><c>sk = :v</c>.</summary>
    Equal,

    /// <summary><c>sk &lt; :v</c>.</summary>
    LessThan,

    /// <summary><c>sk &lt;= :v</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>sk &gt; :v</c>.</summary>
    GreaterThan,

    /// <summary><c>sk &gt;= :v</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>sk BETWEEN :low AND :high</c> (both inclusive).</summary>
    Between,

    /// <summary><c>begins_with(sk, :prefix)</c>.</summary>
    BeginsWith,
}

/// <summary>
/// What a query reads: one partition of a table or index, optionally narrowed by a sort key comparison. Built by the
/// generated index accessors: <c>Order.Indexes.Primary.Partition("c-1").GreaterThan(5)</c>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public class KeyCondition<T> where T : IDynamoTable<T>
{
    internal KeyCondition(TableIndex<T> index, AttributeValue partitionValue)
    {
        Index = index;
        PartitionValue = partitionValue;
    }

    private protected KeyCondition(KeyCondition<T> partition, SortKeyOperator sortOperator, AttributeValue sortValue, AttributeValue? sortValueHigh)
    {
        Index = partition.Index;
        PartitionValue = partition.PartitionValue;
        SortOperator = sortOperator;
        SortValue = sortValue;
        SortValueHigh = sortValueHigh;
    }

    /// <summary>The table key or index queried.</summary>
    public TableIndex<T> Index { get; }

    /// <summary>The partition key value.</summary>
    public AttributeValue PartitionValue { get; }

    /// <summary>The sort key comparison, <see cref="SortKeyOperator.None"/> for the whole partition.</summary>
    public SortKeyOperator SortOperator { get; }

    /// <summary>The sort key operand (the low bound of <see cref="SortKeyOperator.Between"/>).</summary>
    public AttributeValue? SortValue { get; }

    /// <summary>The high bound of <see cref="SortKeyOperator.Between"/>.</summary>
    public AttributeValue? SortValueHigh { get; }
}

/// <summary>One partition of a table or index with a sort key; its methods narrow the query by sort key.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TSort">The sort key's C# type.</typeparam>
public sealed class SortableKeyCondition<T, TSort> : KeyCondition<T> where T : IDynamoTable<T>
{
    private readonly Func<TSort, AttributeValue> _sort;

    internal SortableKeyCondition(TableIndex<T> index, AttributeValue partitionValue, Func<TSort, AttributeValue> sort)
        : base(index, partitionValue)
    {
        _sort = sort;
    }

    private SortableKeyCondition(SortableKeyCondition<T, TSort> partition, SortKeyOperator sortOperator, AttributeValue value, AttributeValue? high)
        : base(partition, sortOperator, value, high)
    {
        _sort = partition._sort;
    }

    /// <summary>Items whose sort key equals <paramref name="value"/>.</summary>
    public KeyCondition<T> Equal(TSort value) => Narrow(SortKeyOperator.Equal, value);

    /// <summary>Items whose sort key is less than <paramref name="value"/>.</summary>
    public KeyCondition<T> LessThan(TSort value) => Narrow(SortKeyOperator.LessThan, value);

    /// <summary>Items whose sort key is less than or equal to <paramref name="value"/>.</summary>
    public KeyCondition<T> LessThanOrEqual(TSort value) => Narrow(SortKeyOperator.LessThanOrEqual, value);

    /// <summary>Items whose sort key is greater than <paramref name="value"/>.</summary>
    public KeyCondition<T> GreaterThan(TSort value) => Narrow(SortKeyOperator.GreaterThan, value);

    /// <summary>Items whose sort key is greater than or equal to <paramref name="value"/>.</summary>
    public KeyCondition<T> GreaterThanOrEqual(TSort value) => Narrow(SortKeyOperator.GreaterThanOrEqual, value);

    /// <summary>Items whose sort key is between <paramref name="low"/> and <paramref name="high"/>, both inclusive.</summary>
    public KeyCondition<T> Between(TSort low, TSort high)
        => new SortableKeyCondition<T, TSort>(this, SortKeyOperator.Between, Sort(low, nameof(low)), Sort(high, nameof(high)));

    /// <summary>
    /// Items whose sort key (a string) begins with <paramref name="prefix"/>, for example the literal part of a
    /// template: <c>BeginsWith("ORDER#2026-")</c>.
    /// </summary>
    public KeyCondition<T> BeginsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return new SortableKeyCondition<T, TSort>(this, SortKeyOperator.BeginsWith, new AttributeValue { S = prefix }, null);
    }

    private AttributeValue Sort(TSort value, string parameter) => Index.KeyValue(_sort, value, Index.SortKeyAttribute!, parameter);

    private KeyCondition<T> Narrow(SortKeyOperator sortOperator, TSort value)
        => new SortableKeyCondition<T, TSort>(this, sortOperator, Sort(value, nameof(value)), null);
}
