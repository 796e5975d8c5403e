using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A batch write of any size over one or more tables: <c>new BatchWrite().Put(orders, items).Delete(customers, keys)</c>,
/// then <see cref="ExecuteAsync(BatchOptions?, CancellationToken)"/>. Requests hold at most 25 writes and stay under DynamoDB's 16 MB request limit
/// (item sizes are estimated and a chunk that would exceed it is split); unprocessed writes are retried
/// (<see cref="BatchOptions"/>). Batch writes are not atomic and have no conditions.
/// </summary>
/// <remarks>
/// DynamoDB refuses a request that writes the same key twice. Here, a key put twice is written once with the last
/// item (last wins), a key deleted twice is deleted once, and a key both put and deleted is refused when added
/// (<see cref="ArgumentException"/>), as its outcome would be ambiguous. Items of a <see cref="VersionAttribute"/> type
/// are refused: a batch write cannot check versions (use <c>PutAsync</c> or a <see cref="TransactWrite"/>).
/// </remarks>
public sealed class BatchWrite
{
    private readonly List<BatchEntry> _entries = new();
    private readonly Dictionary<ItemId, BatchEntry> _byId = new();

    /// <summary>The number of distinct writes added.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds puts of <paramref name="items"/> into <paramref name="table"/> (replacing any items with the same keys).</summary>
    /// <typeparam name="T">The table's item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="items">The items.</param>
    /// <returns>This batch.</returns>
    public BatchWrite Put<T>(Table<T> table, params IEnumerable<T> items) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(items);
        Versioning<T>.RefuseBatch(nameof(items));
        ITableAccess access = table;
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            var stored = access.ToStored(item.ToItem());
            var entry = new BatchEntry(access, access.KeyOf(stored), item, new WriteRequest { PutRequest = new PutRequest { Item = stored } }, ItemSize.EstimateJsonBytes(stored));
            if (_byId.TryGetValue(entry.Id, out var existing))
            {
                Check(existing, access, isPut: true);
                existing.Original = item;
                existing.Write = entry.Write;
                existing.Size = entry.Size;
                continue;
            }

            _byId[entry.Id] = entry;
            _entries.Add(entry);
        }

        return this;
    }

    /// <summary>Adds deletes of <paramref name="keys"/> from <paramref name="table"/>.</summary>
    /// <typeparam name="T">The table's item type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">Primary keys.</param>
    /// <returns>This batch.</returns>
    public BatchWrite Delete<T>(Table<T> table, params IEnumerable<DynamoKey<T>> keys) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keys);
        ITableAccess access = table;
        foreach (var typed in keys)
        {
            ArgumentNullException.ThrowIfNull(typed, nameof(keys));
            var key = typed.Attributes;
            var stored = access.ToStored(key);
            var entry = new BatchEntry(access, stored, key, new WriteRequest { DeleteRequest = new DeleteRequest { Key = stored } }, ItemSize.EstimateJsonBytes(stored));
            if (_byId.TryGetValue(entry.Id, out var existing))
            {
                Check(existing, access, isPut: false);
                continue;
            }

            _byId[entry.Id] = entry;
            _entries.Add(entry);
        }

        return this;
    }

    /// <summary>Writes everything, retrying unprocessed writes within <paramref name="options"/>' budget.</summary>
    /// <param name="options">Retry budget; <see cref="BatchOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the writes (some may have been made).</param>
    /// <returns>How many writes were made and those still unprocessed.</returns>
    /// <exception cref="DynamoInvalidRequestException">Nothing was added.</exception>
    public Task<BatchWriteResult> ExecuteAsync(BatchOptions? options = null, CancellationToken cancellationToken = default)
        => ExecuteAsync(options, BatchRunner.MaxWriteRequestBytes, cancellationToken);

    internal async Task<BatchWriteResult> ExecuteAsync(BatchOptions? options, long maxRequestBytes, CancellationToken cancellationToken)
    {
        if (_entries.Count == 0)
        {
            throw new DynamoInvalidRequestException("The batch is empty: add at least one put or delete.");
        }

        options ??= BatchOptions.Default;
        var result = new BatchWriteResult();
        foreach (var group in BatchGet.ByConnection(_entries))
        {
            var (unprocessed, requests) = await BatchRunner.WriteAsync(group.Key, group.Value, options, maxRequestBytes, cancellationToken).ConfigureAwait(false);
            result.Requests += requests;
            result.Written += group.Value.Count - unprocessed.Count;
            foreach (var entry in unprocessed)
            {
                result.Unprocessed(entry.Table, entry.Original, entry.Write!.PutRequest is not null);
            }
        }

        return result;
    }

    private static void Check(BatchEntry existing, ITableAccess table, bool isPut)
    {
        if (!ReferenceEquals(existing.Table, table))
        {
            throw new ArgumentException($"A key of table '{table.Name}' was added through two different Table objects.", nameof(table));
        }

        if ((existing.Write!.PutRequest is not null) != isPut)
        {
            throw new ArgumentException(
                $"Key {DynamoConditionFailedException.Describe(existing.StoredKey)} of table '{table.Name}' is both put and deleted in one batch; DynamoDB refuses that and the outcome would be ambiguous.");
        }
    }
}

/// <summary>The outcome of a <see cref="BatchWrite"/>.</summary>
public sealed class BatchWriteResult
{
    private readonly Dictionary<object, List<object>> _puts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<Dictionary<string, AttributeValue>>> _deletes = new(ReferenceEqualityComparer.Instance);

    internal BatchWriteResult()
    {
    }

    /// <summary>Whether every write was made.</summary>
    public bool IsComplete => UnprocessedCount == 0;

    /// <summary>How many writes were made.</summary>
    public int Written { get; internal set; }

    /// <summary>How many writes are still unprocessed.</summary>
    public int UnprocessedCount { get; private set; }

    /// <summary>How many BatchWriteItem requests were sent, retries included.</summary>
    public int Requests { get; internal set; }

    /// <summary>The items of <paramref name="table"/> not written because the retry budget ran out.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">A table of the batch.</param>
    /// <returns>The items, as they were added.</returns>
    public IReadOnlyList<T> UnprocessedPuts<T>(Table<T> table) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        var items = new List<T>();
        if (_puts.TryGetValue(table, out var puts))
        {
            foreach (var item in puts)
            {
                items.Add((T)item);
            }
        }

        return items;
    }

    /// <summary>The keys of <paramref name="table"/> not deleted because the retry budget ran out.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="table">A table of the batch.</param>
    /// <returns>The keys, as they were added.</returns>
    public IReadOnlyList<DynamoKey<T>> UnprocessedDeletes<T>(Table<T> table) where T : IDynamoTable<T>
    {
        ArgumentNullException.ThrowIfNull(table);
        return _deletes.TryGetValue(table, out var keys) ? keys.ConvertAll(static k => new DynamoKey<T>(k)) : [];
    }

    internal void Unprocessed(ITableAccess table, object original, bool isPut)
    {
        UnprocessedCount++;
        if (isPut)
        {
            if (!_puts.TryGetValue(table, out var puts))
            {
                _puts[table] = puts = new List<object>();
            }

            puts.Add(original);
        }
        else
        {
            if (!_deletes.TryGetValue(table, out var keys))
            {
                _deletes[table] = keys = new List<Dictionary<string, AttributeValue>>();
            }

            keys.Add((Dictionary<string, AttributeValue>)original);
        }
    }
}
