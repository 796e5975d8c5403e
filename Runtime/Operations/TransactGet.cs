using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A consistent read of up to 100 items over one or more tables (on the same connection), as of one moment:
/// <code>
/// var result = await new TransactGet().Add(orders, Order.Key("c-1", 1)).Add(customers, Customer.Key("c-1")).ExecuteAsync();
/// Order? order = result.Get&lt;Order&gt;(0);
/// </code>
/// </summary>
public sealed class TransactGet
{
    /// <summary>DynamoDB's limit of items per transaction.</summary>
    public const int MaxItems = 100;

    private readonly List<(ITableAccess Table, Dictionary<string, AttributeValue> Key, TransactGetItem Item)> _items = new();

    /// <summary>The number of items added.</summary>
    public int Count => _items.Count;

    /// <summary>Adds a key to read; results are read back by position (<see cref="TransactGetResult.Get{T}"/>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The primary key.</param>
    /// <returns>This transaction.</returns>
    public TransactGet Add<T>(Table<T> table, DynamoKey<T> key) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(key);
        ITableAccess access = table;
        _items.Add((access, key.Attributes, new TransactGetItem { Get = new Get { TableName = table.Name, Key = access.ToStored(key.Attributes) } }));
        return this;
    }

    /// <summary>Reads the items.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The items by position.</returns>
    /// <exception cref="DynamoInvalidRequestException">No items, more than <see cref="MaxItems"/>, or tables on different connections; nothing was sent.</exception>
    /// <exception cref="DynamoTransactionCanceledException">DynamoDB cancelled the read (a conflicting transaction).</exception>
    public async Task<TransactGetResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var connection = Transactions.SameConnection(_items.ConvertAll(i => i.Table), MaxItems, "TransactGetItems");
        TransactGetItemsResponse response;
        try
        {
            response = await connection.TransactGetItemsAsync(BuildRequest(), BatchRunner.CallOptions(_items.Select(static i => i.Table), fresh: false), cancellationToken).ConfigureAwait(false);
        }
        catch (TransactionCanceledException e)
        {
            throw Transactions.Canceled(e, _items.ConvertAll(i => (i.Table, i.Key)));
        }

        var items = new Dictionary<string, AttributeValue>?[_items.Count];
        var tables = new object[_items.Count];
        for (var i = 0; i < _items.Count; i++)
        {
            tables[i] = _items[i].Table;
            if (response.Responses is { } responses && i < responses.Count && responses[i].Item is { Count: > 0 } item)
            {
                items[i] = _items[i].Table.HidesAsExpired(_items[i].Table.FromStored(item)) ? null : item;
            }
        }

        return new TransactGetResult(items, tables);
    }

    internal TransactGetItemsRequest BuildRequest()
        => new() { TransactItems = _items.ConvertAll(i => i.Item) };
}

/// <summary>The items of a <see cref="TransactGet"/>, by the position they were added at.</summary>
public sealed class TransactGetResult
{
    private readonly Dictionary<string, AttributeValue>?[] _items;
    private readonly object[] _tables;

    internal TransactGetResult(Dictionary<string, AttributeValue>?[] items, object[] tables)
    {
        _items = items;
        _tables = tables;
    }

    /// <summary>The number of items asked for.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <typeparam name="T">The item type of the table it was added with.</typeparam>
    /// <param name="index">The position it was added at.</param>
    /// <returns>The item, or <see langword="null"/> when there is none.</returns>
    public T? Get<T>(int index) where T : IDynamoTable<T>
    {
        if (_tables[index] is not Table<T>)
        {
            throw new DynamoInvalidRequestException($"Item {index} was added with a table of another type than {typeof(T).Name}.");
        }

        return _items[index] is { } item ? T.FromItem(item) : default;
    }

    /// <summary>The raw item at <paramref name="index"/> (without a table key prefix), or <see langword="null"/>.</summary>
    /// <param name="index">The position it was added at.</param>
    /// <returns>The item.</returns>
    public Dictionary<string, AttributeValue>? Item(int index) => _items[index];
}
