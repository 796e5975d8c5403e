using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Text;
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
/// most <see cref="CacheOptions.MaxItems"/> entries, evicting the least recently used.</item>
/// <item><b>Query cache</b>, keyed by the whole Query or Scan request (table, index, key condition, filter,
/// projection, names, values, limit, start key, direction, segment, ...): expires after
/// <see cref="CacheOptions.QueryTtl"/> and is <i>not</i> invalidated by writes, as in DAX.</item>
/// <item>Strongly consistent reads (<c>ConsistentRead = true</c>), reads with <see cref="DynamoCallOptions.Fresh"/>,
/// TransactGetItems, and reads with a projection (item cache) or legacy conditions (query cache) are never served
/// from or stored in the cache.</item>
/// </list>
/// Items are copied into and out of the cache, so callers cannot change cached data. Writes made by other
/// processes are seen only when entries expire. Thread-safe.
/// </summary>
public sealed class CachingConnection : IDynamoConnection
{
    private const string ItemCacheTag = "item";
    private const string QueryCacheTag = "query";

    private readonly IDynamoConnection _inner;
    private readonly TimeProvider _time;
    private readonly long _itemTtl;
    private readonly long _queryTtl;
    private readonly LruCache<CachedItem>? _items;
    private readonly LruCache<CachedPage>? _queries;
    private readonly ConcurrentDictionary<string, CachedTable> _tables = new(StringComparer.Ordinal);
    private long _itemHits;
    private long _itemMisses;
    private long _queryHits;
    private long _queryMisses;

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
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IAmazonDynamoDB ControlPlane => _inner.ControlPlane;

    /// <summary>The connection behind the cache.</summary>
    public IDynamoConnection Inner => _inner;

    /// <summary>Item reads (GetItem, and each key of a BatchGetItem) served from the item cache.</summary>
    public long ItemHits => Interlocked.Read(ref _itemHits);

    /// <summary>Cacheable item reads the item cache could not serve.</summary>
    public long ItemMisses => Interlocked.Read(ref _itemMisses);

    /// <summary>Query and Scan pages served from the query cache.</summary>
    public long QueryHits => Interlocked.Read(ref _queryHits);

    /// <summary>Cacheable Query and Scan pages the query cache could not serve.</summary>
    public long QueryMisses => Interlocked.Read(ref _queryMisses);

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
        if (_items is null || options.Fresh || request.ConsistentRead == true || request.ProjectionExpression is not null || request.AttributesToGet is { Count: > 0 } || request.Key is null)
        {
            return await _inner.GetItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName);
        var key = ItemKey(request.TableName, request.Key);
        if (_items.TryGet(key, Now, out var cached))
        {
            Hit(ref _itemHits, ItemCacheTag, request.TableName, options);
            return new GetItemResponse { Item = AttributeValues.Copy(cached!.Item), HttpStatusCode = HttpStatusCode.OK };
        }

        Miss(ref _itemMisses, ItemCacheTag, request.TableName);
        Learn(table, request.Key);
        var generation = _items.GenerationOf(table);
        var response = await _inner.GetItemAsync(request, options, cancellationToken).ConfigureAwait(false);
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
            if (keys is null || keys.ConsistentRead == true || keys.ProjectionExpression is not null || keys.AttributesToGet is { Count: > 0 } || keys.Keys is not { Count: > 0 })
            {
                remaining[tableName] = keys!;
                continue;
            }

            var table = Table(tableName);
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
        var response = await _inner.BatchGetItemAsync(forwarded, options, cancellationToken).ConfigureAwait(false);
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
        if (_queries is null || options.Fresh || request.ConsistentRead == true
            || request.KeyConditions is { Count: > 0 } || request.QueryFilter is { Count: > 0 } || request.AttributesToGet is { Count: > 0 })
        {
            return await _inner.QueryAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var key = QueryKey(request);
        if (_queries.TryGet(key, Now, out var cached))
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
        var response = await _inner.QueryAsync(request, options, cancellationToken).ConfigureAwait(false);
        _queries.Set(key, new CachedPage(AttributeValues.Copy(response.Items), response.Count, response.ScannedCount, AttributeValues.Copy(response.LastEvaluatedKey)), Now + _queryTtl);
        return response;
    }

    /// <inheritdoc />
    public async Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_queries is null || options.Fresh || request.ConsistentRead == true
            || request.ScanFilter is { Count: > 0 } || request.AttributesToGet is { Count: > 0 })
        {
            return await _inner.ScanAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var key = ScanKey(request);
        if (_queries.TryGet(key, Now, out var cached))
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
        var response = await _inner.ScanAsync(request, options, cancellationToken).ConfigureAwait(false);
        _queries.Set(key, new CachedPage(AttributeValues.Copy(response.Items), response.Count, response.ScannedCount, AttributeValues.Copy(response.LastEvaluatedKey)), Now + _queryTtl);
        return response;
    }

    /// <inheritdoc />
    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => _inner.TransactGetItemsAsync(request, options, cancellationToken);

    /// <inheritdoc />
    public async Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null)
        {
            return await _inner.PutItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName);
        try
        {
            var response = await _inner.PutItemAsync(request, options, cancellationToken).ConfigureAwait(false);
            var key = KeyOfItem(request.TableName, table, request.Item);
            _items.WriteThrough(table, key, key is null ? null : new CachedItem(AttributeValues.Copy(request.Item)), Now + _itemTtl);
            return response;
        }
        catch
        {
            _items.WriteThrough(table, KeyOfItem(request.TableName, table, request.Item), null, 0);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null)
        {
            return await _inner.UpdateItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName);
        var key = request.Key is null ? null : ItemKey(request.TableName, request.Key);
        try
        {
            var response = await _inner.UpdateItemAsync(request, options, cancellationToken).ConfigureAwait(false);
            var updated = request.ReturnValues == ReturnValue.ALL_NEW && response.Attributes is { Count: > 0 } attributes
                ? new CachedItem(AttributeValues.Copy(attributes))
                : null;
            _items.WriteThrough(table, key, updated, Now + _itemTtl);
            return response;
        }
        catch
        {
            _items.WriteThrough(table, key, null, 0);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null)
        {
            return await _inner.DeleteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var table = Table(request.TableName);
        var key = request.Key is null ? null : ItemKey(request.TableName, request.Key);
        try
        {
            var response = await _inner.DeleteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
            _items.WriteThrough(table, key, CachedItem.Absent, Now + _itemTtl);
            return response;
        }
        catch
        {
            _items.WriteThrough(table, key, null, 0);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null || request.RequestItems is null)
        {
            return await _inner.BatchWriteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        BatchWriteItemResponse response;
        try
        {
            response = await _inner.BatchWriteItemAsync(request, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            foreach (var (tableName, writes) in request.RequestItems)
            {
                var table = Table(tableName);
                foreach (var write in writes ?? [])
                {
                    _items.WriteThrough(table, KeyOfWrite(tableName, table, write), null, 0);
                }
            }

            throw;
        }

        var expires = Now + _itemTtl;
        foreach (var (tableName, writes) in request.RequestItems)
        {
            var table = Table(tableName);
            HashSet<string>? unprocessed = null;
            if (response.UnprocessedItems is not null && response.UnprocessedItems.TryGetValue(tableName, out var left) && left is { Count: > 0 })
            {
                unprocessed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var write in left)
                {
                    if (KeyOfWrite(tableName, table, write) is { } unprocessedKey)
                    {
                        unprocessed.Add(unprocessedKey);
                    }
                }
            }

            foreach (var write in writes ?? [])
            {
                var key = KeyOfWrite(tableName, table, write);
                CachedItem? value = null;
                if (key is not null && unprocessed?.Contains(key) != true)
                {
                    value = write.PutRequest?.Item is { } item ? new CachedItem(AttributeValues.Copy(item)) : CachedItem.Absent;
                }

                _items.WriteThrough(table, key, value, expires);
            }
        }

        return response;
    }

    /// <inheritdoc />
    public async Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_items is null || request.TransactItems is null)
        {
            return await _inner.TransactWriteItemsAsync(request, options, cancellationToken).ConfigureAwait(false);
        }

        var succeeded = false;
        try
        {
            var response = await _inner.TransactWriteItemsAsync(request, options, cancellationToken).ConfigureAwait(false);
            succeeded = true;
            return response;
        }
        finally
        {
            var expires = Now + _itemTtl;
            foreach (var write in request.TransactItems)
            {
                if (write?.Put is { } put)
                {
                    var table = Table(put.TableName);
                    var key = KeyOfItem(put.TableName, table, put.Item);
                    _items.WriteThrough(table, key, succeeded && key is not null ? new CachedItem(AttributeValues.Copy(put.Item)) : null, expires);
                }
                else if (write?.Delete is { } delete)
                {
                    var table = Table(delete.TableName);
                    _items.WriteThrough(table, delete.Key is null ? null : ItemKey(delete.TableName, delete.Key), succeeded ? CachedItem.Absent : null, expires);
                }
                else if (write?.Update is { } update)
                {
                    var table = Table(update.TableName);
                    _items.WriteThrough(table, update.Key is null ? null : ItemKey(update.TableName, update.Key), null, expires);
                }
            }
        }
    }

    private static string ItemKey(string tableName, Dictionary<string, AttributeValue> key)
    {
        var text = new StringBuilder(64);
        AttributeValues.Field(text, tableName);
        AttributeValues.Map(text, key);
        return text.ToString();
    }

    private static string QueryKey(QueryRequest request)
    {
        var text = new StringBuilder(256).Append('Q');
        AttributeValues.Field(text, request.TableName);
        AttributeValues.Field(text, request.IndexName);
        AttributeValues.Field(text, request.KeyConditionExpression);
        AttributeValues.Field(text, request.FilterExpression);
        AttributeValues.Field(text, request.ProjectionExpression);
        AttributeValues.Field(text, request.Select?.Value);
        AttributeValues.Field(text, request.ConditionalOperator?.Value);
        AttributeValues.Field(text, request.ReturnConsumedCapacity?.Value);
        AttributeValues.Field(text, request.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.ScanIndexForward is { } forward ? (forward ? "1" : "0") : null);
        AttributeValues.Names(text, request.ExpressionAttributeNames);
        AttributeValues.Map(text, request.ExpressionAttributeValues);
        AttributeValues.Map(text, request.ExclusiveStartKey);
        return text.ToString();
    }

    private static string ScanKey(ScanRequest request)
    {
        var text = new StringBuilder(256).Append('S');
        AttributeValues.Field(text, request.TableName);
        AttributeValues.Field(text, request.IndexName);
        AttributeValues.Field(text, request.FilterExpression);
        AttributeValues.Field(text, request.ProjectionExpression);
        AttributeValues.Field(text, request.Select?.Value);
        AttributeValues.Field(text, request.ConditionalOperator?.Value);
        AttributeValues.Field(text, request.ReturnConsumedCapacity?.Value);
        AttributeValues.Field(text, request.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.Segment?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Field(text, request.TotalSegments?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AttributeValues.Names(text, request.ExpressionAttributeNames);
        AttributeValues.Map(text, request.ExpressionAttributeValues);
        AttributeValues.Map(text, request.ExclusiveStartKey);
        return text.ToString();
    }

    private static void Learn(CachedTable table, Dictionary<string, AttributeValue> key)
    {
        if (Volatile.Read(ref table.KeyNames) is null && key.Count is 1 or 2)
        {
            var names = new string[key.Count];
            key.Keys.CopyTo(names, 0);
            Volatile.Write(ref table.KeyNames, names);
        }
    }

    private static void SetRoute(DynamoCallOptions options, string route)
    {
        if (options.Observer is { } observer)
        {
            observer.Route = route;
        }
    }

    /// <summary>The cache key of a written item, or null when the table's key attributes are not known yet (nothing of it is cached then).</summary>
    private static string? KeyOfItem(string tableName, CachedTable table, Dictionary<string, AttributeValue>? item)
    {
        if (item is null || Volatile.Read(ref table.KeyNames) is not { } names)
        {
            return null;
        }

        var key = new Dictionary<string, AttributeValue>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!item.TryGetValue(name, out var value))
            {
                return null;
            }

            key[name] = value;
        }

        return ItemKey(tableName, key);
    }

    private static string? KeyOfWrite(string tableName, CachedTable table, WriteRequest? write)
    {
        if (write?.DeleteRequest?.Key is { } key)
        {
            return ItemKey(tableName, key);
        }

        return KeyOfItem(tableName, table, write?.PutRequest?.Item);
    }

    private static void Miss(ref long counter, string cache, string table)
    {
        Interlocked.Increment(ref counter);
        DynamoTelemetry.CacheLookup(hit: false, cache, table);
    }

    private static void Hit(ref long counter, string cache, string table, DynamoCallOptions options)
    {
        Interlocked.Increment(ref counter);
        DynamoTelemetry.CacheLookup(hit: true, cache, table);
        SetRoute(options, DynamoRoutes.Cache);
    }

    private long Now => _time.GetTimestamp();

    private long ToTimestamp(TimeSpan span) => span >= TimeSpan.FromDays(3650)
        ? long.MaxValue / 2
        : (long)(span.TotalSeconds * _time.TimestampFrequency);

    private CachedTable Table(string tableName) => _tables.GetOrAdd(tableName ?? string.Empty, static _ => new CachedTable());

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

    private sealed class CachedPage(List<Dictionary<string, AttributeValue>>? items, int? count, int? scannedCount, Dictionary<string, AttributeValue>? lastEvaluatedKey)
    {
        public List<Dictionary<string, AttributeValue>>? Items { get; } = items;

        public int? Count { get; } = count;

        public int? ScannedCount { get; } = scannedCount;

        public Dictionary<string, AttributeValue>? LastEvaluatedKey { get; } = lastEvaluatedKey;
    }
}
