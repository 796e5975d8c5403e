using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Batch reads and writes of this table (several tables: <see cref="BatchGet"/>, <see cref="BatchWrite"/>).</summary>
public sealed partial class Table<T>
{
    /// <summary>
    /// Reads any number of keys: duplicates removed, 100 keys per request, unprocessed keys retried with backoff
    /// within <paramref name="options"/>' budget. Never drops a key silently: a key is found, absent, or reported in
    /// <see cref="BatchGetResult{T}.UnprocessedKeys"/>.
    /// </summary>
    /// <param name="keys">Primary keys (at least one).</param>
    /// <param name="options">Retry budget and consistency.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The items found and the keys still unprocessed.</returns>
    public async Task<BatchGetResult<T>> BatchGetAsync(IEnumerable<DynamoKey<T>> keys, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var batch = new BatchGet().Add(this, keys);
        if (batch.Count == 0)
        {
            throw new ArgumentException("The batch is empty: pass at least one key.", nameof(keys));
        }

        // Expiry is judged on the stored attributes, so items that may be hidden are read as attributes.
        var sink = HideExpired(null) ? null : Sink(batch.Count);
        var result = await batch.ExecuteAsync(options, sink, cancellationToken).ConfigureAwait(false);
        var items = result.Items(this);
        if (sink is { Count: > 0 })
        {
            sink.Items.AddRange(items);
            items = sink.Items;
        }

        return new BatchGetResult<T>(items, result.UnprocessedKeys(this), result.Requests);
    }

    /// <summary>
    /// Writes any number of puts and deletes: 25 per request under 16 MB, unprocessed writes retried with backoff
    /// within <paramref name="options"/>' budget. A key put twice is written once with the last item; a key both put
    /// and deleted is refused (see <see cref="BatchWrite"/>).
    /// </summary>
    /// <param name="puts">Items to put, or <see langword="null"/>.</param>
    /// <param name="deletes">Keys to delete, or <see langword="null"/>.</param>
    /// <param name="options">Retry budget.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>How many writes were made and those still unprocessed.</returns>
    public async Task<BatchWriteResult<T>> BatchWriteAsync(IEnumerable<T>? puts, IEnumerable<DynamoKey<T>>? deletes = null, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = new BatchWrite();
        if (puts is not null)
        {
            batch.Put(this, puts);
        }

        if (deletes is not null)
        {
            batch.Delete(this, deletes);
        }

        if (batch.Count == 0)
        {
            throw new ArgumentException("The batch is empty: pass at least one item to put or key to delete.", nameof(puts));
        }

        var result = await batch.ExecuteAsync(options, cancellationToken).ConfigureAwait(false);
        return new BatchWriteResult<T>(result.Written, result.UnprocessedPuts(this), result.UnprocessedDeletes(this), result.Requests);
    }

    bool ITableAccess.HidesAsExpired(Dictionary<string, AttributeValue> item) => HideExpired(null) && IsExpired(item);
}

/// <summary>The outcome of <see cref="Table{T}.BatchGetAsync"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items found, in no particular order.</param>
/// <param name="UnprocessedKeys">The keys still unprocessed when the retry budget ran out (empty when complete).</param>
/// <param name="Requests">How many BatchGetItem requests were sent, retries included.</param>
public sealed record BatchGetResult<T>(IReadOnlyList<T> Items, IReadOnlyList<DynamoKey<T>> UnprocessedKeys, int Requests)
    where T : IDynamoTable<T>
{
    /// <summary>Whether every key was read.</summary>
    public bool IsComplete => UnprocessedKeys.Count == 0;
}

/// <summary>The outcome of <see cref="Table{T}.BatchWriteAsync"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Written">How many writes were made.</param>
/// <param name="UnprocessedPuts">Items not written because the retry budget ran out.</param>
/// <param name="UnprocessedDeletes">Keys not deleted because the retry budget ran out.</param>
/// <param name="Requests">How many BatchWriteItem requests were sent, retries included.</param>
public sealed record BatchWriteResult<T>(int Written, IReadOnlyList<T> UnprocessedPuts, IReadOnlyList<DynamoKey<T>> UnprocessedDeletes, int Requests)
    where T : IDynamoTable<T>
{
    /// <summary>Whether every write was made.</summary>
    public bool IsComplete => UnprocessedPuts.Count == 0 && UnprocessedDeletes.Count == 0;
}
