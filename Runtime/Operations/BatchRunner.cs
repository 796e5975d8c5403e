using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>One key of a batch read or one put/delete of a batch write, with its attempts so far.</summary>
internal sealed class BatchEntry
{
    public BatchEntry(ITableAccess table, Dictionary<string, AttributeValue> storedKey, object original, WriteRequest? write = null, long size = 0)
    {
        Table = table;
        StoredKey = storedKey;
        Id = ItemId.Of(table, storedKey);
        Original = original;
        Write = write;
        Size = size;
    }

    public ITableAccess Table { get; }

    public Dictionary<string, AttributeValue> StoredKey { get; }

    /// <summary>The item the entry is about: equal for the same item.</summary>
    public ItemId Id { get; }

    /// <summary>What the caller passed: the key (reads, deletes) or the item (puts).</summary>
    public object Original { get; set; }

    public WriteRequest? Write { get; set; }

    public long Size { get; set; }

    public int Attempts { get; set; }
}

/// <summary>
/// Runs batch reads and writes in chunks (100 keys, 25 writes under 16 MB), retrying what DynamoDB leaves
/// unprocessed with exponential backoff and full jitter within <see cref="BatchOptions"/>' budget, and returns
/// exactly what is still unprocessed when the budget runs out.
/// </summary>
internal static class BatchRunner
{
    public const int MaxGetKeys = 100;
    public const int MaxWrites = 25;

    /// <summary>DynamoDB's request limit is 16 MB; 256 KB are left for the request's own JSON around the items.</summary>
    public const long MaxWriteRequestBytes = (16L * 1024 * 1024) - (256 * 1024);

    public static Task<(List<BatchEntry> Unprocessed, int Requests)> GetAsync(
        IDynamoConnection connection, List<BatchEntry> entries, BatchOptions options, Action<BatchEntry, Dictionary<string, AttributeValue>> found, DynamoItemSink? sink, CancellationToken cancellationToken)
    {
        // Items the connection reads into the sink (one table's, typed) are not in the response; the others are.
        var call = CallOptions(entries, options.Fresh) with { ItemSink = sink };
        return RunAsync(entries, options, MaxGetKeys, long.MaxValue, async (chunk, token) =>
        {
            var byId = new Dictionary<ItemId, BatchEntry>(chunk.Count);
            var request = new BatchGetItemRequest { RequestItems = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal) };
            foreach (var entry in chunk)
            {
                byId[entry.Id] = entry;
                if (!request.RequestItems.TryGetValue(entry.Table.Name, out var keys))
                {
                    request.RequestItems[entry.Table.Name] = keys = new KeysAndAttributes { Keys = new List<Dictionary<string, AttributeValue>>() };
                    if (options.ConsistentRead)
                    {
                        keys.ConsistentRead = true;
                    }
                }

                keys.Keys.Add(entry.StoredKey);
            }

            var response = await connection.BatchGetItemAsync(request, call, token).ConfigureAwait(false);
            foreach (var (table, items) in response.Responses ?? [])
            {
                var owner = OwnerOf(chunk, table);
                foreach (var item in items)
                {
                    if (byId.TryGetValue(ItemId.Of(owner, item), out var entry))
                    {
                        found(entry, item);
                    }
                }
            }

            var left = new List<BatchEntry>();
            foreach (var (table, keys) in response.UnprocessedKeys ?? [])
            {
                var owner = OwnerOf(chunk, table);
                foreach (var key in keys.Keys ?? [])
                {
                    left.Add(Asked(byId, owner, key));
                }
            }

            return left;
        }, cancellationToken);
    }

    public static Task<(List<BatchEntry> Unprocessed, int Requests)> WriteAsync(
        IDynamoConnection connection, List<BatchEntry> entries, BatchOptions options, long maxRequestBytes, CancellationToken cancellationToken)
    {
        var call = CallOptions(entries, fresh: false);
        return RunAsync(entries, options, MaxWrites, maxRequestBytes, async (chunk, token) =>
        {
            var byId = new Dictionary<ItemId, BatchEntry>(chunk.Count);
            var request = new BatchWriteItemRequest { RequestItems = new Dictionary<string, List<WriteRequest>>(StringComparer.Ordinal) };
            foreach (var entry in chunk)
            {
                byId[entry.Id] = entry;
                if (!request.RequestItems.TryGetValue(entry.Table.Name, out var writes))
                {
                    request.RequestItems[entry.Table.Name] = writes = new List<WriteRequest>();
                }

                writes.Add(entry.Write!);
            }

            var response = await connection.BatchWriteItemAsync(request, call, token).ConfigureAwait(false);
            var left = new List<BatchEntry>();
            foreach (var (table, writes) in response.UnprocessedItems ?? [])
            {
                var owner = OwnerOf(chunk, table);
                foreach (var write in writes)
                {
                    left.Add(Asked(byId, owner, write.PutRequest?.Item ?? write.DeleteRequest.Key));
                }
            }

            return left;
        }, cancellationToken);
    }

    /// <summary>The per-call options of requests to the entries' tables: every table's schema, so the connection knows their keys.</summary>
    internal static DynamoCallOptions CallOptions(IEnumerable<ITableAccess> tables, bool fresh)
    {
        Dictionary<string, TableSchema>? schemas = null;
        ITableAccess? single = null;
        foreach (var table in tables)
        {
            if (single is null)
            {
                single = table;
                continue;
            }

            if (schemas is null && table.Name == single.Name)
            {
                continue;
            }

            schemas ??= new Dictionary<string, TableSchema>(StringComparer.Ordinal) { [single.Name] = single.Schema };
            schemas.TryAdd(table.Name, table.Schema);
        }

        return new DynamoCallOptions(fresh)
        {
            Tables = schemas is not null ? new System.Collections.ObjectModel.ReadOnlyDictionary<string, TableSchema>(schemas) : single?.CallTables,
        };
    }

    private static DynamoCallOptions CallOptions(List<BatchEntry> entries, bool fresh) => CallOptions(entries.Select(static e => e.Table), fresh);

    /// <summary>The next chunk: up to <paramref name="maxCount"/> entries from the front whose sizes add up to at most <paramref name="maxBytes"/> (always at least one).</summary>
    internal static List<BatchEntry> TakeChunk(LinkedList<BatchEntry> queue, int maxCount, long maxBytes)
    {
        var chunk = new List<BatchEntry>(Math.Min(maxCount, queue.Count));
        long bytes = 0;
        while (queue.First is { } first && chunk.Count < maxCount && (chunk.Count == 0 || bytes + first.Value.Size <= maxBytes))
        {
            bytes += first.Value.Size;
            chunk.Add(first.Value);
            queue.RemoveFirst();
        }

        return chunk;
    }

    /// <summary>Full jitter: a random delay between 0 and min(MaxDelay, BaseDelay * 2^(attempt - 1)).</summary>
    internal static TimeSpan Backoff(BatchOptions options, int attempt)
    {
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
#pragma warning restore CA5394
    }

    /// <summary>The entry of a key or write DynamoDB left unprocessed; one the request did not hold is a server error, named as such.</summary>
    private static BatchEntry Asked(Dictionary<ItemId, BatchEntry> byId, ITableAccess owner, Dictionary<string, AttributeValue> keyOrItem)
        => byId.TryGetValue(ItemId.Of(owner, keyOrItem), out var entry)
            ? entry
            : throw new InvalidOperationException($"DynamoDB reported as unprocessed a key of table '{owner.Name}' that the request did not hold: {DynamoConditionFailedException.Describe(owner.KeyOf(keyOrItem))}.");

    private static ITableAccess OwnerOf(List<BatchEntry> chunk, string table)
    {
        foreach (var entry in chunk)
        {
            if (entry.Table.Name == table)
            {
                return entry.Table;
            }
        }

        throw new InvalidOperationException($"DynamoDB answered for table '{table}', which the request did not name.");
    }

    private static async Task<(List<BatchEntry> Unprocessed, int Requests)> RunAsync(
        List<BatchEntry> entries, BatchOptions options, int maxCount, long maxBytes, Func<List<BatchEntry>, CancellationToken, Task<List<BatchEntry>>> send, CancellationToken cancellationToken)
    {
        options.Validate();
        var queue = new LinkedList<BatchEntry>(entries);
        var unprocessed = new List<BatchEntry>();
        var started = options.TimeProvider.GetTimestamp();
        var requests = 0;
        while (queue.Count > 0)
        {
            var chunk = TakeChunk(queue, maxCount, maxBytes);
            var attempt = 0;
            foreach (var entry in chunk)
            {
                attempt = Math.Max(attempt, entry.Attempts);
            }

            if (attempt > 0)
            {
                var delay = Backoff(options, attempt);
                if (options.MaxDuration is { } budget && options.TimeProvider.GetElapsedTime(started) + delay > budget)
                {
                    unprocessed.AddRange(chunk);
                    unprocessed.AddRange(queue);
                    break;
                }

                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var entry in chunk)
            {
                entry.Attempts++;
            }

            requests++;
            var left = await send(chunk, cancellationToken).ConfigureAwait(false);
            for (var i = left.Count - 1; i >= 0; i--)
            {
                if (left[i].Attempts < options.MaxAttempts)
                {
                    queue.AddFirst(left[i]);
                }
            }

            foreach (var entry in left)
            {
                if (entry.Attempts >= options.MaxAttempts)
                {
                    unprocessed.Add(entry);
                }
            }
        }

        return (unprocessed, requests);
    }
}
