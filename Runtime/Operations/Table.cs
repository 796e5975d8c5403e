using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// The operations on one table, typed by its item type <typeparamref name="T"/>: single items (get, put, create,
/// update, delete), queries and scans (streamed or paged), batches, and parts of transactions. Obtain it from
/// <see cref="DynamoContext.Table{T}()"/>. Immutable, thread-safe and cheap to create.
/// </summary>
/// <typeparam name="T">A <see cref="DynamoTableAttribute"/> type.</typeparam>
/// <remarks>
/// Every call takes a <see cref="System.Threading.CancellationToken"/>. Arguments are checked before any request
/// (a key must hold exactly the table's key attributes, with their types). A failed condition raises
/// <see cref="DynamoConditionFailedException"/> (<see cref="DynamoVersionConflictException"/> for a version check), a cancelled
/// transaction <see cref="DynamoTransactionCanceledException"/>; other DynamoDB errors reach you as the SDK's
/// exceptions with DynamoDB's message, sorted by <see cref="DynamoErrors.Classify"/>. See docs/operations.md.
/// </remarks>
public sealed partial class Table<T> : ITableAccess where T : IDynamoTable<T>
{
    private readonly IDynamoConnection _connection;
    private readonly string? _keyPrefix;
    private readonly TableOptions _options;
    private IReadOnlyDictionary<string, TableSchema>? _callTables;

    internal Table(IDynamoConnection connection, string name)
        : this(connection, name, null)
    {
    }

    /// <summary>A table whose partition key values are stored with <paramref name="keyPrefix"/> in front (tenants or environments sharing a table).</summary>
    internal Table(IDynamoConnection connection, string name, string? keyPrefix)
        : this(connection, name, keyPrefix, TableOptions.Default)
    {
    }

    private Table(IDynamoConnection connection, string name, string? keyPrefix, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (keyPrefix is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
            if (T.TableSchema.PartitionKey.Type != ScalarAttributeType.S)
            {
                throw new ArgumentException(
                    $"A key prefix needs a string (S) partition key; '{T.TableSchema.PartitionKey.Name}' of {typeof(T).Name} is {T.TableSchema.PartitionKey.Type.Value}, which cannot be prefixed.",
                    nameof(keyPrefix));
            }
        }

        _connection = connection;
        _keyPrefix = keyPrefix;
        _options = options;
        Name = name;
    }

    /// <summary>The DynamoDB table name requests are sent to.</summary>
    public string Name { get; }

    /// <summary>The prefix stored in front of every partition key value of this table, or <see langword="null"/>.</summary>
    public string? KeyPrefix => _keyPrefix;

    /// <summary>This table's options.</summary>
    public TableOptions Options => _options;

    IDynamoConnection ITableAccess.Connection => _connection;

    internal IDynamoConnection Connection => _connection;

    private static TableSchema Schema => T.TableSchema;

    TableSchema ITableAccess.Schema => Schema;

    /// <summary>This table's schema under its name, as <see cref="DynamoCallOptions.Tables"/> (built once per table object).</summary>
    IReadOnlyDictionary<string, TableSchema> ITableAccess.CallTables
        => _callTables ??= new System.Collections.ObjectModel.ReadOnlyDictionary<string, TableSchema>(
            new Dictionary<string, TableSchema>(1, StringComparer.Ordinal) { [Name] = Schema });

    /// <summary>The per-call options of a request to this table: its schema, so the connection knows its keys.</summary>
    private DynamoCallOptions Call(bool fresh = false) => new(fresh) { Tables = ((ITableAccess)this).CallTables };

    /// <summary>The same table with other options (time-to-live handling, continuation token key, clock).</summary>
    /// <param name="options">The options.</param>
    /// <returns>A new table object; this one is unchanged.</returns>
    public Table<T> WithOptions(TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Table<T>(_connection, Name, _keyPrefix, options);
    }

    /// <summary>
    /// The item or key as stored: with the key prefix in front of the partition key value. Every item and key
    /// sent goes through here (keys, items, key conditions, batch and transaction items, start keys). Returns
    /// <paramref name="itemOrKey"/> itself when the table has no prefix, else a copy.
    /// </summary>
    Dictionary<string, AttributeValue> ITableAccess.ToStored(Dictionary<string, AttributeValue> itemOrKey) => ToStored(itemOrKey);

    /// <summary>
    /// The item or key as the caller sees it: the key prefix removed. Every item and key read goes through here;
    /// an item without the prefix is an error, never silently accepted. Changes <paramref name="item"/> in place.
    /// </summary>
    Dictionary<string, AttributeValue> ITableAccess.FromStored(Dictionary<string, AttributeValue> item) => FromStored(item);

    Dictionary<string, AttributeValue> ITableAccess.KeyOf(Dictionary<string, AttributeValue> item) => KeyOf(item);

    private Dictionary<string, AttributeValue> ToStored(Dictionary<string, AttributeValue> itemOrKey)
    {
        if (_keyPrefix is null)
        {
            return itemOrKey;
        }

        var pk = Schema.PartitionKey.Name;
        var copy = new Dictionary<string, AttributeValue>(itemOrKey, StringComparer.Ordinal);
        if (copy.TryGetValue(pk, out var value))
        {
            copy[pk] = new AttributeValue { S = _keyPrefix + (value.S ?? throw new ArgumentException($"The partition key '{pk}' of table '{Name}' must be a string (S).")) };
        }

        return copy;
    }

    private Dictionary<string, AttributeValue> FromStored(Dictionary<string, AttributeValue> item)
    {
        if (_keyPrefix is null)
        {
            return item;
        }

        var pk = Schema.PartitionKey.Name;
        if (!item.TryGetValue(pk, out var value) || value.S is null || !value.S.StartsWith(_keyPrefix, StringComparison.Ordinal))
        {
            throw new DynamoMappingException(
                typeof(T).ToString(),
                "(key prefix)",
                pk,
                $"S starting with this table's key prefix '{_keyPrefix}' (an item without it belongs to another tenant or environment, or was written without the prefix)",
                Marshalling.AttributeValueText.Describe(value));
        }

        item[pk] = new AttributeValue { S = value.S[_keyPrefix.Length..] };
        return item;
    }

    /// <summary>A single partition key value as stored (through <see cref="ToStored"/>, the one mechanism).</summary>
    private AttributeValue StoredPartitionValue(AttributeValue value)
        => _keyPrefix is null ? value : ToStored(new Dictionary<string, AttributeValue> { [Schema.PartitionKey.Name] = value })[Schema.PartitionKey.Name];

    /// <summary>The key attributes of an item.</summary>
    private static Dictionary<string, AttributeValue> KeyOf(Dictionary<string, AttributeValue> item)
    {
        var key = new Dictionary<string, AttributeValue>(2, StringComparer.Ordinal);
        if (item.TryGetValue(Schema.PartitionKey.Name, out var pk))
        {
            key[Schema.PartitionKey.Name] = pk;
        }

        if (Schema.SortKey is { } sk && item.TryGetValue(sk.Name, out var skValue))
        {
            key[sk.Name] = skValue;
        }

        return key;
    }

    private bool HideExpired(bool? perCall) => Schema.TimeToLiveAttribute is not null && (perCall ?? _options.HideExpiredItems);

    private long NowEpochSeconds() => _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Whether an item's time-to-live is in the past (an absent or non-number TTL never expires).</summary>
    private bool IsExpired(Dictionary<string, AttributeValue> item)
        => Schema.TimeToLiveAttribute is { } ttl
           && item.TryGetValue(ttl, out var value)
           && value.N is not null
           && decimal.TryParse(value.N, NumberStyles.Float, CultureInfo.InvariantCulture, out var expires)
           && expires <= NowEpochSeconds();

    /// <summary>The filter that leaves out expired items: <c>attribute_not_exists(ttl) OR ttl &gt; :now</c>.</summary>
    private ConditionExpression NotExpired()
    {
        var ttl = new AttributePath(Schema.TimeToLiveAttribute!);
        return ConditionExpression.NotExists(ttl) | ConditionExpression.Compare(ttl, Comparison.GreaterThan, new AttributeValue { N = NowEpochSeconds().ToString(CultureInfo.InvariantCulture) });
    }

    private T Materialize(Dictionary<string, AttributeValue> storedItem) => T.FromItem(FromStored(storedItem));

    /// <summary>
    /// A sink for this call's items, read straight from DynamoDB JSON by a connection that reads it itself (the direct
    /// engine; others ignore it), or <see langword="null"/> when items must pass through their attributes: with a key
    /// prefix, which is removed from the stored attributes before the item is read.
    /// </summary>
    private DynamoItemSink<T>? Sink(int? capacity) => _keyPrefix is null ? new DynamoItemSink<T>(Name, Math.Min(capacity ?? 0, 1024)) : null;

    /// <summary>The items of one response: those the connection read into <paramref name="sink"/>, then those it returned as attributes.</summary>
    private List<T> Items(DynamoItemSink<T>? sink, List<Dictionary<string, AttributeValue>>? stored)
    {
        var items = sink?.Items ?? new List<T>(stored?.Count ?? 0);
        if (stored is not null)
        {
            foreach (var item in stored)
            {
                items.Add(Materialize(item));
            }
        }

        return items;
    }
}

/// <summary>What batch and transaction builders need from a <see cref="Table{T}"/> of any item type.</summary>
internal interface ITableAccess
{
    string Name { get; }

    IDynamoConnection Connection { get; }

    /// <summary>The table's schema (keys, indexes).</summary>
    TableSchema Schema { get; }

    /// <summary>The table's schema keyed by its name, for <see cref="DynamoCallOptions.Tables"/>.</summary>
    IReadOnlyDictionary<string, TableSchema> CallTables { get; }

    Dictionary<string, AttributeValue> ToStored(Dictionary<string, AttributeValue> itemOrKey);

    Dictionary<string, AttributeValue> FromStored(Dictionary<string, AttributeValue> item);


    Dictionary<string, AttributeValue> KeyOf(Dictionary<string, AttributeValue> item);

    /// <summary>Whether the table hides <paramref name="item"/> as expired (its own <see cref="TableOptions.HideExpiredItems"/>).</summary>
    bool HidesAsExpired(Dictionary<string, AttributeValue> item);
}
