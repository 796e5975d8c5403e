using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Which item of which table a key names, compared as DynamoDB compares keys: strings by their characters, binary by
/// its bytes, numbers by value (DynamoDB returns a key written as <c>10.50</c> as <c>10.5</c>). Batch reads and writes
/// use it to remove duplicates and to match what DynamoDB returns (items found, keys and writes left unprocessed) to
/// what was asked; transactions to refuse two operations on one item. Read from a key or from a whole item (only the
/// table's key attributes count), without copying either.
/// </summary>
internal readonly struct ItemId : IEquatable<ItemId>
{
    private readonly string _table;
    private readonly AttributeValue? _partition;
    private readonly AttributeValue? _sort;

    private ItemId(string table, AttributeValue? partition, AttributeValue? sort)
    {
        _table = table;
        _partition = partition;
        _sort = sort;
    }

    /// <summary>The item that <paramref name="keyOrItem"/> (a key or a whole item, as stored) names in <paramref name="table"/>.</summary>
    public static ItemId Of(ITableAccess table, Dictionary<string, AttributeValue> keyOrItem)
    {
        var schema = table.Schema;
        keyOrItem.TryGetValue(schema.PartitionKey.Name, out var partition);
        AttributeValue? sort = null;
        if (schema.SortKey is { } sortKey)
        {
            keyOrItem.TryGetValue(sortKey.Name, out sort);
        }

        return new ItemId(table.Name, partition, sort);
    }

    public bool Equals(ItemId other)
        => string.Equals(_table, other._table, StringComparison.Ordinal) && Same(_partition, other._partition) && Same(_sort, other._sort);

    public override bool Equals(object? obj) => obj is ItemId other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_table, StringComparer.Ordinal);
        Add(ref hash, _partition);
        Add(ref hash, _sort);
        return hash.ToHashCode();
    }

    /// <summary>Two key values (a missing one equals only a missing one), compared as <see cref="ItemDiff.Same"/> compares values.</summary>
    private static bool Same(AttributeValue? a, AttributeValue? b)
        => a is null || b is null ? a is null && b is null : ItemDiff.Same(a, b);

    private static void Add(ref HashCode hash, AttributeValue? value)
    {
        if (value is null)
        {
            hash.Add(0);
        }
        else if (value.S is { } text)
        {
            hash.Add(text, StringComparer.Ordinal);
        }
        else if (value.N is { } number)
        {
            hash.Add(Marshalling.Numbers.Canonical(number), StringComparer.Ordinal); // the same text returned for plain whole numbers: no copy
        }
        else if (value.B is { } bytes)
        {
            hash.AddBytes(ItemDiff.Bytes(bytes));
        }
    }
}
