using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A batch read of any size over one or more tables: <c>new BatchGet().Add(orders, keys).Add(customers, moreKeys)</c>,
/// then <see cref="ExecuteAsync(BatchOptions, CancellationToken)"/>. Keys are checked against each table's schema when added, duplicates are
/// removed, requests hold at most 100 keys, and unprocessed keys are retried (<see cref="BatchOptions"/>). Tables on
/// different connections are read with separate requests. Not thread-safe while being built.
/// </summary>
public sealed class BatchGet
{
    private readonly List<BatchEntry> _entries = new();
    private readonly Dictionary<ItemId, BatchEntry> _byId = new();

    /// <summary>The number of distinct keys added.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds keys of <paramref name="table"/> (a key added twice is read once).</summary>
    /// <typeparam name="T">The table's item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">Primary keys (<c>T.Key(...)</c>).</param>
    /// <returns>This batch.</returns>
    public BatchGet Add<T>(Table<T> table, params IEnumerable<DynamoKey<T>> keys) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keys);
        ITableAccess access = table;
        foreach (var typed in keys)
        {
            ArgumentNullException.ThrowIfNull(typed, nameof(keys));
            var key = typed.Attributes;
            var entry = new BatchEntry(access, access.ToStored(key), key);
            if (_byId.TryGetValue(entry.Id, out var existing))
            {
                if (!ReferenceEquals(existing.Table, access))
                {
                    throw new ArgumentException($"A key of table '{table.Name}' was added through two different Table objects.", nameof(table));
                }

                continue;
            }

            _byId[entry.Id] = entry;
            _entries.Add(entry);
        }

        return this;
    }

    /// <summary>Reads every key, retrying unprocessed ones within <paramref name="options"/>' budget.</summary>
    /// <param name="options">Retry budget and consistency; <see cref="BatchOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The items found and the keys still unprocessed.</returns>
    /// <exception cref="DynamoInvalidRequestException">No key was added.</exception>
    public Task<BatchGetResult> ExecuteAsync(BatchOptions? options = null, CancellationToken cancellationToken = default)
        => ExecuteAsync(options, null, cancellationToken);

    /// <summary>As <see cref="ExecuteAsync(BatchOptions, CancellationToken)"/>; the items of <paramref name="sink"/>'s table may be read into it instead of the result (see <see cref="DynamoCallOptions.ItemSink"/>).</summary>
    internal async Task<BatchGetResult> ExecuteAsync(BatchOptions? options, DynamoItemSink? sink, CancellationToken cancellationToken)
    {
        if (_entries.Count == 0)
        {
            throw new DynamoInvalidRequestException("The batch is empty: add at least one key.");
        }

        options ??= BatchOptions.Default;
        var result = new BatchGetResult();
        foreach (var group in ByConnection(_entries))
        {
            var (unprocessed, requests) = await BatchRunner.GetAsync(
                group.Key,
                group.Value,
                options,
                (entry, item) => result.Found(entry.Table, entry.Table.FromStored(item)),
                sink,
                cancellationToken).ConfigureAwait(false);
            result.Requests += requests;
            foreach (var entry in unprocessed)
            {
                result.Unprocessed(entry.Table, (Dictionary<string, AttributeValue>)entry.Original);
            }
        }

        return result;
    }

    internal static Dictionary<IDynamoConnection, List<BatchEntry>> ByConnection(List<BatchEntry> entries)
    {
        var groups = new Dictionary<IDynamoConnection, List<BatchEntry>>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (!groups.TryGetValue(entry.Table.Connection, out var group))
            {
                groups[entry.Table.Connection] = group = new List<BatchEntry>();
            }

            group.Add(entry);
        }

        return groups;
    }
}

/// <summary>The outcome of a <see cref="BatchGet"/>: items found per table, and the keys still unprocessed when the retry budget ran out.</summary>
public sealed class BatchGetResult
{
    private readonly Dictionary<object, List<Dictionary<string, AttributeValue>>> _items = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<Dictionary<string, AttributeValue>>> _unprocessed = new(ReferenceEqualityComparer.Instance);

    internal BatchGetResult()
    {
    }

    /// <summary>Whether every key was read (found or known absent).</summary>
    public bool IsComplete => UnprocessedCount == 0;

    /// <summary>How many keys are still unprocessed.</summary>
    public int UnprocessedCount { get; private set; }

    /// <summary>How many BatchGetItem requests were sent, retries included.</summary>
    public int Requests { get; internal set; }

    /// <summary>The items found in <paramref name="table"/> (absent keys have no item), in no particular order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">A table added to the batch.</param>
    /// <returns>The items.</returns>
    public IReadOnlyList<T> Items<T>(Table<T> table) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        var items = new List<T>();
        if (_items.TryGetValue(table, out var raw))
        {
            foreach (var item in raw)
            {
                items.Add(T.FromItem(item));
            }
        }

        return items;
    }

    /// <summary>The keys of <paramref name="table"/> that are still unprocessed (the retry budget ran out), as they were added.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">A table added to the batch.</param>
    /// <returns>The keys; empty when complete.</returns>
    public IReadOnlyList<DynamoKey<T>> UnprocessedKeys<T>(Table<T> table) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        return _unprocessed.TryGetValue(table, out var keys) ? keys.ConvertAll(static k => new DynamoKey<T>(k)) : [];
    }

    internal void Found(ITableAccess table, Dictionary<string, AttributeValue> item)
    {
        if (table.HidesAsExpired(item))
        {
            return;
        }

        if (!_items.TryGetValue(table, out var items))
        {
            _items[table] = items = new List<Dictionary<string, AttributeValue>>();
        }

        items.Add(item);
    }

    internal void Unprocessed(ITableAccess table, Dictionary<string, AttributeValue> key)
    {
        if (!_unprocessed.TryGetValue(table, out var keys))
        {
            _unprocessed[table] = keys = new List<Dictionary<string, AttributeValue>>();
        }

        keys.Add(key);
        UnprocessedCount++;
    }
}
