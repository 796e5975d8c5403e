using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// An in-process cache with DAX's semantics in front of any other connection, for services without a DAX cluster.
/// <list type="bullet">
/// <item><b>Item cache</b>, keyed by table and primary key: filled by GetItem and BatchGetItem, including negative
/// entries for absent items; kept fresh by writes made through this connection (PutItem stores the new item,
/// DeleteItem an absent-item entry, UpdateItem the returned item when <c>ReturnValues = ALL_NEW</c> or else drops the
/// entry, BatchWriteItem and TransactWriteItems likewise); expires after <see cref="CacheOptions.ItemTtl"/>; holds at
/// most <see cref="CacheOptions.MaxItems"/> entries, evicting the least recently used. A table's key attributes come
/// from <see cref="DynamoCallOptions.Tables"/>, which <see cref="Table{T}"/>, batches and transactions always pass, so
/// a write is cached even before the first read of its table.</item>
/// <item><b>Query cache</b>, keyed by the whole Query or Scan request (table, index, key condition, filter,
/// projection, names, values, limit, start key, direction, segment, consistency, ...): expires after
/// <see cref="CacheOptions.QueryTtl"/>. As in DAX, writes do <i>not</i> invalidate it, unless
/// <see cref="CacheOptions.InvalidateQueriesOnWrite"/> is set: then a write through this connection drops every
/// cached page of the table it wrote.</item>
/// <item>Strongly consistent reads (<c>ConsistentRead = true</c>) are never served from or stored in the cache, as in
/// DAX, unless <see cref="CacheOptions.CacheConsistentReads"/> is set. Reads with <see cref="DynamoCallOptions.Fresh"/>,
/// TransactGetItems, and reads with a projection (item cache) or legacy conditions (query cache) never use it.</item>
/// </list>
/// Items are copied into and out of the cache, so callers cannot change cached data. Writes made by other
/// processes are seen only when entries expire. Thread-safe.
/// </summary>
/// <remarks>
/// The class is split by concern: reads here, write-through and query invalidation in
/// <c>CachingConnection.Writes.cs</c>, cache keys and table keys in <c>CachingConnection.Keys.cs</c>, counters in
/// <c>CachingConnection.Statistics.cs</c>; the bounded map itself is <see cref="LruCache{TValue}"/>.
/// </remarks>
public sealed partial class CachingConnection : IDynamoConnection
{
    private readonly IDynamoConnection _inner;
    private readonly TimeProvider _time;
    private readonly long _itemTtl;
    private readonly long _queryTtl;
    private readonly bool _invalidateQueries;
    private readonly bool _cacheConsistentReads;
    private readonly LruCache<CachedItem>? _items;
    private readonly LruCache<CachedPage>? _queries;
    private readonly ConcurrentDictionary<string, CachedTable> _tables = new(StringComparer.Ordinal);

    /// <summary>Creates a cache in front of <paramref name="inner"/>.</summary>
    /// <param name="inner">The connection that serves misses and writes (a plain DynamoDB connection, or any other).</param>
    /// <param name="options">Settings; defaults when omitted. Read once, here.</param>
    public CachingConnection(IDynamoConnection inner, CacheOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        options ??= new CacheOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ItemTtl, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueryTtl, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxItems, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxQueries, 1);
        _inner = inner;
        _time = options.TimeProvider;
        Name = string.IsNullOrWhiteSpace(options.Name) ? inner.Name + "+cache" : options.Name;
        _itemTtl = ToTimestamp(options.ItemTtl);
        _queryTtl = ToTimestamp(options.QueryTtl);
        _items = options.ItemTtl > TimeSpan.Zero ? new LruCache<CachedItem>(options.MaxItems) : null;
        _queries = options.QueryTtl > TimeSpan.Zero ? new LruCache<CachedPage>(options.MaxQueries) : null;
        _invalidateQueries = options.InvalidateQueriesOnWrite && _queries is not null;
        _cacheConsistentReads = options.CacheConsistentReads;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IAmazonDynamoDB ControlPlane => _inner.ControlPlane;

    /// <summary>The connection behind the cache.</summary>
    public IDynamoConnection Inner => _inner;

    /// <summary>Entries in the item cache (items and absent-item entries, including expired ones not yet dropped).</summary>
    public int ItemCount => _items?.Count ?? 0;

    /// <summary>Entries in the query cache (including expired ones not yet dropped).</summary>
    public int QueryCount => _queries?.Count ?? 0;

    /// <summary>Empties both caches (the counters are kept).</summary>
    public void Clear()
    {
        _items?.Clear();
        _queries?.Clear();
    }

    /// <inheritdoc />
    public async Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null || options.Fresh || !Cacheable(request.ConsistentRead) || request.ProjectionExpression is not null || request.AttributesToGet is { Count: > 0 } || request.Key is null)
        {
            return await _inner.GetItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName, options);
        var key = ItemKey(request.TableName, request.Key);
        if (_items.TryGet(key, Now, out var cached))
        {
            Hit(ref _itemHits, ItemCacheTag, request.TableName, options);
            return new GetItemResponse { Item = AttributeValues.Copy(cached!.Item), HttpStatusCode = HttpStatusCode.OK };
        }

        Miss(ref _itemMisses, ItemCacheTag, request.TableName);
        Learn(table, request.Key);
        var generation = _items.GenerationOf(table);
        var response = await _inner.GetItemAsync(request, options with { ItemSink = null }, cancellationToken).ConfigureAwait(false);
        var item = response.Item is { Count: > 0 } found ? AttributeValues.Copy(found) : null;
        _items.SetIfUnchanged(key, new CachedItem(item), Now + _itemTtl, table, generation);
        return response;
    }

    /// <inheritdoc />
    public async Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null || options.Fresh || request.RequestItems is not { Count: > 0 })
        {
            return await _inner.BatchGetItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var now = Now;
        var hits = new Dictionary<string, List<Dictionary<string, AttributeValue>>>(StringComparer.Ordinal);
        var remaining = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal);
        var pending = new List<PendingTable>();
        var anyHit = false;
        foreach (var (tableName, keys) in request.RequestItems)
        {
            if (keys is null || !Cacheable(keys.ConsistentRead) || keys.ProjectionExpression is not null || keys.AttributesToGet is { Count: > 0 } || keys.Keys is not { Count: > 0 })
            {
                remaining[tableName] = keys!;
                continue;
            }

            var table = Table(tableName, options);
            Learn(table, keys.Keys[0]);
            var missed = new List<Dictionary<string, AttributeValue>>();
            var missedKeys = new List<string>();
            foreach (var key in keys.Keys)
            {
                var cacheKey = ItemKey(tableName, key);
                if (_items.TryGet(cacheKey, now, out var cached))
                {
                    anyHit = true;
                    Hit(ref _itemHits, ItemCacheTag, tableName, default);
                    if (cached!.Item is { } item)
                    {
                        if (!hits.TryGetValue(tableName, out var list))
                        {
                            hits[tableName] = list = new List<Dictionary<string, AttributeValue>>();
                        }

                        list.Add(AttributeValues.Copy(item)!);
                    }
                }
                else
                {
                    Miss(ref _itemMisses, ItemCacheTag, tableName);
                    missed.Add(key);
                    missedKeys.Add(cacheKey);
                }
            }

            if (missed.Count > 0)
            {
                remaining[tableName] = anyHit || missed.Count != keys.Keys.Count
                    ? new KeysAndAttributes { Keys = missed, ConsistentRead = keys.ConsistentRead }
                    : keys;
                pending.Add(new PendingTable(tableName, table, _items.GenerationOf(table), missedKeys));
            }
        }

        if (remaining.Count == 0)
        {
            SetRoute(options, DynamoRoutes.Cache);
            return new BatchGetItemResponse { Responses = hits, UnprocessedKeys = new Dictionary<string, KeysAndAttributes>(), HttpStatusCode = HttpStatusCode.OK };
        }

        var forwarded = anyHit || remaining.Count != request.RequestItems.Count
            ? new BatchGetItemRequest { RequestItems = remaining, ReturnConsumedCapacity = request.ReturnConsumedCapacity }
            : request;
        var response = await _inner.BatchGetItemAsync(forwarded, options with { ItemSink = null }, cancellationToken).ConfigureAwait(false);
        Fill(response, pending);
        if (hits.Count > 0)
        {
            response.Responses ??= new Dictionary<string, List<Dictionary<string, AttributeValue>>>(StringComparer.Ordinal);
            foreach (var (tableName, items) in hits)
            {
                if (response.Responses.TryGetValue(tableName, out var list) && list is not null)
                {
                    list.AddRange(items);
                }
                else
                {
                    response.Responses[tableName] = items;
                }
            }
        }

        return response;
    }

    /// <inheritdoc />
    public async Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_queries is null || options.Fresh || !Cacheable(request.ConsistentRead)
            || request.KeyConditions is { Count: > 0 } || request.QueryFilter is { Count: > 0 } || request.AttributesToGet is { Count: > 0 })
        {
            return await _inner.QueryAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName, options);
        var writes = Interlocked.Read(ref table.Writes);
        var key = QueryKey(request);
        if (_queries.TryGet(key, Now, out var cached) && cached!.Writes == writes)
        {
            Hit(ref _queryHits, QueryCacheTag, request.TableName, options);
            return new QueryResponse
            {
                Items = AttributeValues.Copy(cached!.Items),
                Count = cached.Count,
                ScannedCount = cached.ScannedCount,
                LastEvaluatedKey = AttributeValues.Copy(cached.LastEvaluatedKey),
                HttpStatusCode = HttpStatusCode.OK,
            };
        }

        Miss(ref _queryMisses, QueryCacheTag, request.TableName);
        var response = await _inner.QueryAsync(request, options with { ItemSink = null }, cancellationToken).ConfigureAwait(false);
        _queries.Set(key, new CachedPage(AttributeValues.Copy(response.Items), response.Count, response.ScannedCount, AttributeValues.Copy(response.LastEvaluatedKey), writes), Now + _queryTtl);
        return response;
    }

    /// <inheritdoc />
    public async Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_queries is null || options.Fresh || !Cacheable(request.ConsistentRead)
            || request.ScanFilter is { Count: > 0 } || request.AttributesToGet is { Count: > 0 })
        {
            return await _inner.ScanAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName, options);
        var writes = Interlocked.Read(ref table.Writes);
        var key = ScanKey(request);
        if (_queries.TryGet(key, Now, out var cached) && cached!.Writes == writes)
        {
            Hit(ref _queryHits, QueryCacheTag, request.TableName, options);
            return new ScanResponse
            {
                Items = AttributeValues.Copy(cached!.Items),
                Count = cached.Count,
                ScannedCount = cached.ScannedCount,
                LastEvaluatedKey = AttributeValues.Copy(cached.LastEvaluatedKey),
                HttpStatusCode = HttpStatusCode.OK,
            };
        }

        Miss(ref _queryMisses, QueryCacheTag, request.TableName);
        var response = await _inner.ScanAsync(request, options with { ItemSink = null }, cancellationToken).ConfigureAwait(false);
        _queries.Set(key, new CachedPage(AttributeValues.Copy(response.Items), response.Count, response.ScannedCount, AttributeValues.Copy(response.LastEvaluatedKey), writes), Now + _queryTtl);
        return response;
    }

    /// <inheritdoc />
    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => _inner.TransactGetItemsAsync(request, options, cancellationToken);


    private long Now => _time.GetTimestamp();

    private long ToTimestamp(TimeSpan span) => span >= TimeSpan.FromDays(3650)
        ? long.MaxValue / 2
        : (long)(span.TotalSeconds * _time.TimestampFrequency);

    /// <summary>Whether a read with this <c>ConsistentRead</c> may use the cache.</summary>
    private bool Cacheable(bool? consistentRead) => consistentRead != true || _cacheConsistentReads;

    private void Fill(BatchGetItemResponse response, List<PendingTable> pending)
    {
        var expires = Now + _itemTtl;
        foreach (var table in pending)
        {
            var returned = new HashSet<string>(StringComparer.Ordinal);
            if (response.Responses is not null && response.Responses.TryGetValue(table.Name, out var items) && items is not null)
            {
                foreach (var item in items)
                {
                    if (KeyOfItem(table.Name, table.State, item) is { } key)
                    {
                        returned.Add(key);
                        _items!.SetIfUnchanged(key, new CachedItem(AttributeValues.Copy(item)), expires, table.State, table.Generation);
                    }
                }
            }

            HashSet<string>? unprocessed = null;
            if (response.UnprocessedKeys is not null && response.UnprocessedKeys.TryGetValue(table.Name, out var left) && left?.Keys is { Count: > 0 })
            {
                unprocessed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var key in left.Keys)
                {
                    unprocessed.Add(ItemKey(table.Name, key));
                }
            }

            foreach (var key in table.Keys)
            {
                if (!returned.Contains(key) && unprocessed?.Contains(key) != true)
                {
                    _items!.SetIfUnchanged(key, CachedItem.Absent, expires, table.State, table.Generation);
                }
            }
        }
    }

    private sealed record PendingTable(string Name, CachedTable State, long Generation, List<string> Keys);

    private sealed class CachedItem(Dictionary<string, AttributeValue>? item)
    {
        public static readonly CachedItem Absent = new(null);

        /// <summary>The item, or null for an item known to be absent.</summary>
        public Dictionary<string, AttributeValue>? Item { get; } = item;
    }

    private sealed class CachedPage(List<Dictionary<string, AttributeValue>>? items, int? count, int? scannedCount, Dictionary<string, AttributeValue>? lastEvaluatedKey, long writes)
    {
        /// <summary>The table's write count when the read began: with <see cref="CacheOptions.InvalidateQueriesOnWrite"/>, a later write makes the page stale.</summary>
        public long Writes { get; } = writes;

        public List<Dictionary<string, AttributeValue>>? Items { get; } = items;

        public int? Count { get; } = count;

        public int? ScannedCount { get; } = scannedCount;

        public Dictionary<string, AttributeValue>? LastEvaluatedKey { get; } = lastEvaluatedKey;
    }
}
