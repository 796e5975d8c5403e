using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// An atomic write of up to 100 items over one or more tables (on the same connection): puts, updates, deletes and
/// condition checks all happen or none does.
/// <code>
/// await new TransactWrite()
///     .Put(orders, order, Order.Fields.Status.NotExists())
///     .Update(customers, Customer.Key("c-1"), new UpdateExpression().Increment(Customer.Fields.Orders, 1))
///     .ConditionCheck(accounts, Account.Key("a-1"), Account.Fields.Active.Equal(true))
///     .ExecuteAsync();
/// </code>
/// More than 100 items is refused before sending (a transaction is never split: that would not be atomic), as is the
/// same key twice. <see cref="IdempotencyToken"/> makes retries of the same transaction safe for 10 minutes. A
/// cancelled transaction raises <see cref="DynamoTransactionCanceledException"/> with a reason per item. Items of a
/// <see cref="VersionAttribute"/> type are checked and incremented as in <see cref="Table{T}.PutAsync(T, PutOptions, System.Threading.CancellationToken)"/>.
/// </summary>
public sealed class TransactWrite
{
    /// <summary>DynamoDB's limit of items per transaction.</summary>
    public const int MaxItems = 100;

    private readonly List<(ITableAccess Table, Dictionary<string, AttributeValue> Key, TransactWriteItem Item)> _items = new();
    private readonly HashSet<ItemId> _ids = new();

    /// <summary>
    /// The client request token (at most 36 characters): DynamoDB applies a transaction with the same token only
    /// once within 10 minutes. When <see langword="null"/>, each <see cref="ExecuteAsync"/> uses a new one (which the
    /// SDK's own retries of that call reuse).
    /// </summary>
    public string? IdempotencyToken { get; set; }

    /// <summary>On a condition failure, ask DynamoDB for each failed item as it stands (<see cref="TransactionItemFailure.Item"/>).</summary>
    public bool ReturnItemsOnConditionFailure { get; set; }

    /// <summary>The number of items added.</summary>
    public int Count => _items.Count;

    /// <summary>Puts <paramref name="item"/>, if <paramref name="condition"/> holds.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="item">The item.</param>
    /// <param name="condition">A condition, or <see langword="null"/>.</param>
    /// <returns>This transaction.</returns>
    public TransactWrite Put<T>(Table<T> table, T item, ConditionExpression? condition = null) where T : IDynamoTable<T>
        => AddPut(table, item, condition, create: false);

    /// <summary>Puts <paramref name="item"/> only if no item has its key.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="item">The new item.</param>
    /// <returns>This transaction.</returns>
    public TransactWrite Create<T>(Table<T> table, T item) where T : IDynamoTable<T>
        => AddPut(table, item, null, create: true);

    /// <summary>Updates the item with <paramref name="key"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The primary key.</param>
    /// <param name="update">What to change.</param>
    /// <param name="condition">A condition, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">For a versioned type, the version the item must have.</param>
    /// <param name="createIfMissing">Create the item when absent (it must then set every required attribute); by default the item must exist, as in <see cref="UpdateOptions.CreateIfMissing"/>.</param>
    /// <returns>This transaction.</returns>
    public TransactWrite Update<T>(Table<T> table, DynamoKey<T> key, UpdateExpression update, ConditionExpression? condition = null, long? expectedVersion = null, bool createIfMissing = false) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(key);
        var prepared = table.PrepareUpdate(key.Attributes, update, condition, createIfMissing, expectedVersion);
        return Add(table, key.Attributes, prepared.StoredKey, new TransactWriteItem
        {
            Update = new Amazon.DynamoDBv2.Model.Update
            {
                TableName = table.Name,
                Key = prepared.StoredKey,
                UpdateExpression = prepared.Update,
                ConditionExpression = prepared.Condition,
                ExpressionAttributeNames = prepared.Names,
                ExpressionAttributeValues = prepared.Values,
                ReturnValuesOnConditionCheckFailure = Failure(prepared.Condition),
            },
        });
    }

    /// <summary>Deletes the item with <paramref name="key"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The primary key.</param>
    /// <param name="condition">A condition, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">For a versioned type, the version the item must have.</param>
    /// <returns>This transaction.</returns>
    public TransactWrite Delete<T>(Table<T> table, DynamoKey<T> key, ConditionExpression? condition = null, long? expectedVersion = null) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(key);
        var prepared = table.PrepareDelete(key.Attributes, condition, expectedVersion);
        return Add(table, key.Attributes, prepared.StoredKey, new TransactWriteItem
        {
            Delete = new Delete
            {
                TableName = table.Name,
                Key = prepared.StoredKey,
                ConditionExpression = prepared.Condition,
                ExpressionAttributeNames = prepared.Names,
                ExpressionAttributeValues = prepared.Values,
                ReturnValuesOnConditionCheckFailure = Failure(prepared.Condition),
            },
        });
    }

    /// <summary>Requires <paramref name="condition"/> to hold for the item with <paramref name="key"/>, without writing it.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The primary key.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>This transaction.</returns>
    public TransactWrite ConditionCheck<T>(Table<T> table, DynamoKey<T> key, ConditionExpression condition) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(key);
        var prepared = table.PrepareCheck(key.Attributes, condition);
        return Add(table, key.Attributes, prepared.StoredKey, new TransactWriteItem
        {
            ConditionCheck = new ConditionCheck
            {
                TableName = table.Name,
                Key = prepared.StoredKey,
                ConditionExpression = prepared.Condition,
                ExpressionAttributeNames = prepared.Names,
                ExpressionAttributeValues = prepared.Values,
                ReturnValuesOnConditionCheckFailure = Failure(prepared.Condition),
            },
        });
    }

    /// <summary>Sends the transaction.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when every item is written.</returns>
    /// <exception cref="DynamoInvalidRequestException">No items, more than <see cref="MaxItems"/>, or tables on different connections; nothing was sent.</exception>
    /// <exception cref="DynamoTransactionCanceledException">DynamoDB cancelled the transaction; nothing was written.</exception>
    public async Task ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var connection = Transactions.SameConnection(_items.ConvertAll(i => i.Table), MaxItems, "TransactWriteItems");
        var request = BuildRequest();
        try
        {
            await connection.TransactWriteItemsAsync(request, BatchRunner.CallOptions(_items.Select(static i => i.Table), fresh: false), cancellationToken).ConfigureAwait(false);
        }
        catch (TransactionCanceledException e)
        {
            throw Transactions.Canceled(e, _items.ConvertAll(i => (i.Table, i.Key)));
        }
    }

    /// <summary>The request as it is sent (without a token when none is set and <paramref name="withToken"/> is false).</summary>
    internal TransactWriteItemsRequest BuildRequest(bool withToken = true)
    {
        if (_items.Count == 0)
        {
            throw new DynamoInvalidRequestException("The transaction is empty: add at least one item.");
        }

        if (_items.Count > MaxItems)
        {
            throw new DynamoInvalidRequestException($"A transaction holds at most {MaxItems} items; this one has {_items.Count}. It was not sent (splitting it would not be atomic).");
        }

        var token = IdempotencyToken ?? (withToken ? Guid.NewGuid().ToString("D") : null);
        return new TransactWriteItemsRequest { TransactItems = _items.ConvertAll(i => i.Item), ClientRequestToken = token };
    }

    private TransactWrite AddPut<T>(Table<T> table, T item, ConditionExpression? condition, bool create) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        var put = table.PreparePut(item, condition, create);
        return Add(table, put.Key, ((ITableAccess)table).KeyOf(put.Item), new TransactWriteItem
        {
            Put = new Put
            {
                TableName = table.Name,
                Item = put.Item,
                ConditionExpression = put.Condition,
                ExpressionAttributeNames = put.Names,
                ExpressionAttributeValues = put.Values,
                ReturnValuesOnConditionCheckFailure = Failure(put.Condition),
            },
        });
    }

    private TransactWrite Add(ITableAccess table, Dictionary<string, AttributeValue> key, Dictionary<string, AttributeValue> storedKey, TransactWriteItem item)
    {
        if (!_ids.Add(ItemId.Of(table, storedKey)))
        {
            throw new ArgumentException($"Key {DynamoConditionFailedException.Describe(key)} of table '{table.Name}' is already in this transaction; DynamoDB refuses two operations on one item.", nameof(key));
        }

        _items.Add((table, key, item));
        return this;
    }

    private Amazon.DynamoDBv2.ReturnValuesOnConditionCheckFailure? Failure(string? condition)
        => ReturnItemsOnConditionFailure && condition is not null ? Amazon.DynamoDBv2.ReturnValuesOnConditionCheckFailure.ALL_OLD : null;
}

/// <summary>Checks and error translation shared by <see cref="TransactWrite"/> and <see cref="TransactGet"/>.</summary>
internal static class Transactions
{
    public static IDynamoConnection SameConnection(List<ITableAccess> tables, int max, string operation)
    {
        if (tables.Count == 0)
        {
            throw new DynamoInvalidRequestException("The transaction is empty: add at least one item.");
        }

        if (tables.Count > max)
        {
            throw new DynamoInvalidRequestException($"A transaction holds at most {max} items; this one has {tables.Count}. It was not sent (splitting it would not be atomic).");
        }

        var connection = tables[0].Connection;
        foreach (var table in tables)
        {
            if (!SameTarget(table.Connection, connection))
            {
                throw new DynamoInvalidRequestException(
                    $"{operation} runs on one connection; table '{table.Name}' uses connection '{table.Connection.Name}' and table '{tables[0].Name}' uses '{connection.Name}', "
                    + "which are different connections. Configure both tables (or both contexts) with the same IDynamoConnection or the same IAmazonDynamoDB client.");
            }
        }

        return connection;
    }

    /// <summary>
    /// Whether two tables' connections send to the same place. Each context wraps its connections for telemetry, so two
    /// contexts built on one connection (two tenants with their own key prefixes) hold different wrappers of it; and
    /// two plain DynamoDB connections over one client are the same target too.
    /// </summary>
    private static bool SameTarget(IDynamoConnection a, IDynamoConnection b)
    {
        a = a is InstrumentedConnection ia ? ia.Inner : a;
        b = b is InstrumentedConnection ib ? ib.Inner : b;
        return ReferenceEquals(a, b) || (a is DynamoDbConnection && b is DynamoDbConnection && ReferenceEquals(a.ControlPlane, b.ControlPlane));
    }

    public static DynamoTransactionCanceledException Canceled(TransactionCanceledException failure, List<(ITableAccess Table, Dictionary<string, AttributeValue> Key)> items)
    {
        var reasons = new List<TransactionItemFailure>(items.Count);
        var given = failure.CancellationReasons ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var reason = i < given.Count ? given[i] : null;
            var item = reason?.Item is { Count: > 0 } stored ? items[i].Table.FromStored(new Dictionary<string, AttributeValue>(stored, StringComparer.Ordinal)) : null;
            reasons.Add(new TransactionItemFailure(i, items[i].Table.Name, items[i].Key, reason?.Code ?? "Unknown", reason?.Message, item));
        }

        return new DynamoTransactionCanceledException(reasons, failure);
    }
}
