using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>Reading many: queries and scans, streamed lazily or paged with continuation tokens, and counts.</summary>
public sealed partial class Table<T>
{
    private static readonly QueryOptions s_query = new();
    private static readonly ScanOptions s_scan = new();

    private byte[]? _tokenKey;

    /// <summary>One page of items, ready for the caller (typed, or attributes without the key prefix).</summary>
    private delegate Task<PageResult<TItem>> PageFetcher<TItem>(Dictionary<string, AttributeValue>? start, int? limit, CancellationToken cancellationToken);

    /// <summary>One Query or Scan request: the items the connection read into <c>sink</c> are not among the page's stored items.</summary>
    private delegate Task<StoredPage> PageRequest(Dictionary<string, AttributeValue>? start, int? limit, DynamoItemSink<T>? sink, CancellationToken cancellationToken);

    /// <summary>
    /// The items of one partition of the table or of an index, narrowed by sort key, streamed across pages: a page
    /// is requested only when the previous one has been consumed, so stopping early reads no more.
    /// </summary>
    /// <param name="key">The key condition: <c>T.Indexes.Primary.Partition(pk)</c>, optionally narrowed (<c>.GreaterThan(sk)</c>), or the same on another index.</param>
    /// <param name="options">Filter, projection, limit, order, consistency.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in sort key order (descending when asked).</returns>
    public IAsyncEnumerable<T> Query(KeyCondition<T> key, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= s_query;
        return Stream(Typed(QueryRequest(BuildQuery(key, options, count: false), options.Fresh)), options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>
    /// As <see cref="Query"/>, but the raw items: for a partition holding several entity types (read each with
    /// <see cref="EntityReader"/>) or a projection that <c>FromItem</c> cannot read.
    /// </summary>
    /// <param name="key">The key condition.</param>
    /// <param name="options">Filter, projection, limit, order, consistency.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items (without a table key prefix).</returns>
    public IAsyncEnumerable<Dictionary<string, AttributeValue>> QueryItems(KeyCondition<T> key, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= s_query;
        return Stream(Attributes(QueryRequest(BuildQuery(key, options, count: false), options.Fresh)), options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>One page of a query; pass the page's <see cref="Page{T}.ContinuationToken"/> to get the next.</summary>
    /// <param name="key">The key condition.</param>
    /// <param name="continuationToken">The previous page's token, or <see langword="null"/> for the first page.</param>
    /// <param name="options">Filter, projection, page size (<see cref="QueryOptions.Limit"/>), order, consistency.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="DynamoContinuationTokenException">The token was not issued by this table for this query.</exception>
    public Task<Page<T>> QueryPageAsync(KeyCondition<T> key, string? continuationToken, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= s_query;
        var request = BuildQuery(key, options, count: false);
        return PageAsync(Typed(QueryRequest(request, options.Fresh)), QueryScope(key, request), continuationToken, options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>As <see cref="QueryPageAsync"/>, with raw items.</summary>
    /// <param name="key">The key condition.</param>
    /// <param name="continuationToken">The previous page's token, or <see langword="null"/>.</param>
    /// <param name="options">Filter, projection, page size, order, consistency.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    public Task<Page<Dictionary<string, AttributeValue>>> QueryItemsPageAsync(KeyCondition<T> key, string? continuationToken, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= s_query;
        var request = BuildQuery(key, options, count: false);
        return PageAsync(Attributes(QueryRequest(request, options.Fresh)), QueryScope(key, request), continuationToken, options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>
    /// What a query's continuation token is bound to: the table, index, partition, key prefix, direction and sort key
    /// condition (a token of a descending or narrower query is refused by another; the filter is not part of it).
    /// </summary>
    private string QueryScope(KeyCondition<T> key, QueryRequest request)
        => "query\n" + Name + "\n" + key.Index.IndexName + "\n" + Canonical(request.ExpressionAttributeValues[":v0"]) + "\n" + _keyPrefix
           + "\n" + (request.ScanIndexForward == false ? "desc" : "asc")
           + "\n" + key.SortOperator + (key.SortValue is { } low ? "\n" + Canonical(low) : null) + (key.SortValueHigh is { } high ? "\n" + Canonical(high) : null);

    /// <summary>What a scan's continuation token is bound to: the table, index, segment and key prefix.</summary>
    private string ScanScope(ScanOptions options)
        => "scan\n" + Name + "\n" + options.IndexName + "\n" + options.Segment + "/" + options.TotalSegments + "\n" + _keyPrefix;

    /// <summary>The number of items of a query (after its filter), counted by DynamoDB across all pages (<c>Select = COUNT</c>); no item is transferred.</summary>
    /// <param name="key">The key condition.</param>
    /// <param name="options">Filter and consistency (limit and projection are ignored).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The count.</returns>
    public Task<long> CountAsync(KeyCondition<T> key, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= s_query;
        return CountPagesAsync(QueryRequest(BuildQuery(key, options, count: true), options.Fresh), cancellationToken);
    }

    /// <summary>Every item of the table (or of an index), streamed lazily across pages; in parallel over several segments when <see cref="ScanOptions.ParallelSegments"/> is more than 1.</summary>
    /// <param name="options">Filter, projection, index, limit, segments.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in no particular order.</returns>
    public IAsyncEnumerable<T> Scan(ScanOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= s_scan;
        CheckSegments(options);
        return options.ParallelSegments > 1 && options.Segment is null
            ? ParallelScan(options, Typed, cancellationToken)
            : Stream(Typed(ScanRequest(BuildScan(options, options.Segment, options.TotalSegments, count: false), options.Fresh)), options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>As <see cref="Scan"/>, with raw items.</summary>
    /// <param name="options">Filter, projection, index, limit, segments.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items (without a table key prefix).</returns>
    public IAsyncEnumerable<Dictionary<string, AttributeValue>> ScanItems(ScanOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= s_scan;
        CheckSegments(options);
        return options.ParallelSegments > 1 && options.Segment is null
            ? ParallelScan(options, Attributes, cancellationToken)
            : Stream(Attributes(ScanRequest(BuildScan(options, options.Segment, options.TotalSegments, count: false), options.Fresh)), options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>One page of a scan (of one segment when <see cref="ScanOptions.Segment"/> is set).</summary>
    /// <param name="continuationToken">The previous page's token, or <see langword="null"/> for the first page.</param>
    /// <param name="options">Filter, projection, index, page size, segment.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="DynamoContinuationTokenException">The token was not issued by this table for this scan.</exception>
    public Task<Page<T>> ScanPageAsync(string? continuationToken, ScanOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= s_scan;
        CheckSegments(options);
        return PageAsync(Typed(ScanRequest(BuildScan(options, options.Segment, options.TotalSegments, count: false), options.Fresh)), ScanScope(options), continuationToken, options.Limit, options.PageSize, cancellationToken);
    }

    /// <summary>The number of items in the table or index (after the filter), counted by DynamoDB across all pages.</summary>
    /// <param name="options">Filter, index, segment (projection and limit are ignored).</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The count.</returns>
    public Task<long> CountAllAsync(ScanOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= s_scan;
        CheckSegments(options);
        return CountPagesAsync(ScanRequest(BuildScan(options, options.Segment, options.TotalSegments, count: true), options.Fresh), cancellationToken);
    }

    private QueryRequest BuildQuery(KeyCondition<T> key, QueryOptions options, bool count)
    {
        var index = key.Index;
        var onTablePartition = index.PartitionKeyAttribute == Schema.PartitionKey.Name;
        var partition = onTablePartition ? StoredPartitionValue(key.PartitionValue) : key.PartitionValue;
        var builder = new ExpressionBuilder();
        var request = new QueryRequest
        {
            TableName = Name,
            IndexName = index.IndexName,
            KeyConditionExpression = builder.KeyCondition(index, partition, key.SortOperator, key.SortValue, key.SortValueHigh),
        };
        if (Filter(options.Filter, options.HideExpired, prefixFilter: !onTablePartition) is { } filter)
        {
            request.FilterExpression = builder.Condition(filter);
        }

        if (count)
        {
            request.Select = Select.COUNT;
        }
        else if (options.Projection is { } projection)
        {
            request.ProjectionExpression = builder.Projection(WithKeys(projection, index.PartitionKeyAttribute, index.SortKeyAttribute, false));
        }

        if (options.Descending)
        {
            request.ScanIndexForward = false;
        }

        if (options.ConsistentRead)
        {
            request.ConsistentRead = true;
        }

        request.ExpressionAttributeNames = builder.Names;
        request.ExpressionAttributeValues = builder.Values;
        return request;
    }

    private ScanRequest BuildScan(ScanOptions options, int? segment, int? totalSegments, bool count)
    {
        var builder = new ExpressionBuilder();
        var request = new ScanRequest { TableName = Name, IndexName = options.IndexName, Segment = segment, TotalSegments = totalSegments };
        if (Filter(options.Filter, options.HideExpired, prefixFilter: true) is { } filter)
        {
            request.FilterExpression = builder.Condition(filter);
        }

        if (count)
        {
            request.Select = Select.COUNT;
        }
        else if (options.Projection is { } projection)
        {
            IndexSchema? index = null;
            foreach (var candidate in Schema.Indexes)
            {
                if (candidate.Name == options.IndexName)
                {
                    index = candidate;
                }
            }

            request.ProjectionExpression = builder.Projection(WithKeys(projection, index?.PartitionKey.Name, index?.SortKey?.Name, false));
        }

        if (options.ConsistentRead)
        {
            request.ConsistentRead = true;
        }

        request.ExpressionAttributeNames = builder.Names;
        request.ExpressionAttributeValues = builder.Values;
        return request;
    }

    /// <summary>
    /// The filter: the caller's, the expiry filter when expired items are hidden, and with a key prefix, where the
    /// key condition does not select this prefix's items (a scan, a global index with another partition key),
    /// <c>begins_with(pk, :prefix)</c> so only this prefix's items come back.
    /// </summary>
    private ConditionExpression? Filter(ConditionExpression? filter, bool? hideExpired, bool prefixFilter)
    {
        var parts = new List<ConditionExpression>(3);
        if (filter is not null)
        {
            parts.Add(filter);
        }

        if (HideExpired(hideExpired))
        {
            parts.Add(NotExpired());
        }

        if (prefixFilter && _keyPrefix is not null)
        {
            parts.Add(new FunctionCondition("begins_with", new AttributePath(Schema.PartitionKey.Name), new AttributeValue { S = _keyPrefix }));
        }

        return parts.Count == 0 ? null : ConditionExpression.And(parts.ToArray());
    }

    private static void CheckSegments(ScanOptions options)
    {
        if (options.ParallelSegments is < 1 or > 1_000_000)
        {
            throw new ArgumentException("ParallelSegments must be between 1 and 1,000,000.", nameof(options));
        }

        if ((options.Segment is null) != (options.TotalSegments is null) || (options.Segment is { } s && (s < 0 || s >= options.TotalSegments)))
        {
            throw new ArgumentException("Segment and TotalSegments go together, with 0 <= Segment < TotalSegments.", nameof(options));
        }
    }

    private PageRequest QueryRequest(QueryRequest request, bool fresh) => async (start, limit, sink, cancellationToken) =>
    {
        request.ExclusiveStartKey = start;
        request.Limit = limit;
        var response = await _connection.QueryAsync(request, Call(fresh) with { ItemSink = sink }, cancellationToken).ConfigureAwait(false);
        return new StoredPage(response.Items, response.LastEvaluatedKey is { Count: > 0 } last ? last : null, response.Count ?? 0);
    };

    private PageRequest ScanRequest(ScanRequest request, bool fresh) => async (start, limit, sink, cancellationToken) =>
    {
        request.ExclusiveStartKey = start;
        request.Limit = limit;
        var response = await _connection.ScanAsync(request, Call(fresh) with { ItemSink = sink }, cancellationToken).ConfigureAwait(false);
        return new StoredPage(response.Items, response.LastEvaluatedKey is { Count: > 0 } last ? last : null, response.Count ?? 0);
    };

    /// <summary>Pages of typed items: read straight from the response by a connection that can (<see cref="Sink"/>), else from their attributes.</summary>
    private PageFetcher<T> Typed(PageRequest send) => async (start, limit, cancellationToken) =>
    {
        var sink = Sink(limit);
        var page = await send(start, limit, sink, cancellationToken).ConfigureAwait(false);
        return new PageResult<T>(Items(sink, page.Items), page.LastKey, page.Count);
    };

    /// <summary>Pages of attributes, the key prefix removed.</summary>
    private PageFetcher<Dictionary<string, AttributeValue>> Attributes(PageRequest send) => async (start, limit, cancellationToken) =>
    {
        var page = await send(start, limit, null, cancellationToken).ConfigureAwait(false);
        var items = page.Items ?? [];
        foreach (var item in items)
        {
            FromStored(item);
        }

        return new PageResult<Dictionary<string, AttributeValue>>(items, page.LastKey, page.Count);
    };

    /// <summary>Yields the items page by page, fetching the next page only when the previous one is consumed.</summary>
    private static async IAsyncEnumerable<TItem> Stream<TItem>(PageFetcher<TItem> fetch, int? limit, int? pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (limit is <= 0 || pageSize is <= 0)
        {
            throw new ArgumentException("Limit and PageSize must be positive.");
        }

        var remaining = limit ?? int.MaxValue;
        Dictionary<string, AttributeValue>? start = null;
        while (true)
        {
            var size = limit is null ? pageSize : Math.Min(pageSize ?? remaining, remaining);
            var page = await fetch(start, size, cancellationToken).ConfigureAwait(false);
            if (page.Items is not null)
            {
                foreach (var item in page.Items)
                {
                    yield return item;
                    if (--remaining == 0)
                    {
                        yield break;
                    }
                }
            }

            if (page.LastKey is null)
            {
                yield break;
            }

            start = page.LastKey;
        }
    }

    private async Task<Page<TItem>> PageAsync<TItem>(PageFetcher<TItem> fetch, string scope, string? continuationToken, int? limit, int? pageSize, CancellationToken cancellationToken)
    {
        if (limit is <= 0 || pageSize is <= 0)
        {
            throw new ArgumentException("Limit and PageSize must be positive.", nameof(limit));
        }

        var tokenKey = TokenKey();
        Dictionary<string, AttributeValue>? start = null;
        if (continuationToken is not null)
        {
            var (key, stored) = ContinuationToken.Decode(continuationToken, scope, tokenKey);
            start = stored ? key : ToStored(key);
        }

        // Limit counts items returned (after the filter), as the streams do: a filtered page is filled from further
        // requests until it holds Limit items or the data ends. Without Limit, a page is one DynamoDB page.
        var items = new List<TItem>();
        var remaining = limit ?? int.MaxValue;
        Dictionary<string, AttributeValue>? lastKey;
        do
        {
            var size = limit is null ? pageSize : Math.Min(pageSize ?? remaining, remaining);
            var page = await fetch(start, size, cancellationToken).ConfigureAwait(false);
            if (page.Items is not null)
            {
                items.AddRange(page.Items);
                remaining -= page.Items.Count;
            }

            lastKey = start = page.LastKey;
        }
        while (limit is not null && remaining > 0 && lastKey is not null);

        string? next = null;
        if (lastKey is { } last)
        {
            // The last key evaluated may be an item of another prefix that a filter left out (a scan, a global
            // index): such a key is kept as stored, and marked so, rather than refused.
            var plain = new Dictionary<string, AttributeValue>(last, StringComparer.Ordinal);
            var stored = !HasPrefix(plain);
            next = ContinuationToken.Encode(stored ? plain : FromStored(plain), scope, stored, tokenKey);
        }

        return new Page<TItem>(items, next);
    }

    /// <summary>The AES key of this table's tokens (derived once from <see cref="TableOptions.ContinuationTokenKey"/>), or empty.</summary>
    private byte[] TokenKey()
        => _tokenKey ??= _options.ContinuationTokenKey.IsEmpty ? [] : ContinuationToken.DeriveKey(_options.ContinuationTokenKey.Span);

    private bool HasPrefix(Dictionary<string, AttributeValue> key)
        => _keyPrefix is null
           || (key.TryGetValue(Schema.PartitionKey.Name, out var value) && value.S is not null && value.S.StartsWith(_keyPrefix, StringComparison.Ordinal));

    private static async Task<long> CountPagesAsync(PageRequest send, CancellationToken cancellationToken)
    {
        long count = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await send(start, null, null, cancellationToken).ConfigureAwait(false);
            count += page.Count;
            start = page.LastKey;
        }
        while (start is not null);

        return count;
    }

    /// <summary>Scans the segments at once and merges their items through a bounded channel (each segment at most a page ahead).</summary>
    private async IAsyncEnumerable<TItem> ParallelScan<TItem>(ScanOptions options, Func<PageRequest, PageFetcher<TItem>> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var segments = options.ParallelSegments;
        var channel = Channel.CreateBounded<TItem>(new BoundedChannelOptions(Math.Max(segments, 64)) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producers = new Task[segments];
        for (var segment = 0; segment < segments; segment++)
        {
            var request = BuildScan(options, segment, segments, count: false);
            producers[segment] = Task.Run(
                async () =>
                {
                    await foreach (var item in Stream(pages(ScanRequest(request, options.Fresh)), null, options.PageSize, stop.Token).ConfigureAwait(false))
                    {
                        await channel.Writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                    }
                },
                stop.Token);
        }

        _ = Task.WhenAll(producers).ContinueWith(
            static (all, state) => ((ChannelWriter<TItem>)state!).TryComplete(all.Exception?.InnerException ?? (all.IsCanceled ? new OperationCanceledException() : null)),
            channel.Writer,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        var remaining = options.Limit ?? int.MaxValue;
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
                if (--remaining == 0)
                {
                    yield break;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(producers).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early or was cancelled; the producers were told to stop.
            }
            catch (AmazonDynamoDBException)
            {
                // Already delivered to the consumer through the channel.
            }
        }
    }

    private static string Canonical(AttributeValue value)
        => value.S is not null ? "S" + value.S : value.N is not null ? "N" + value.N : "B" + Convert.ToBase64String(value.B?.ToArray() ?? []);

    private readonly record struct PageResult<TItem>(List<TItem>? Items, Dictionary<string, AttributeValue>? LastKey, int Count);

    private readonly record struct StoredPage(List<Dictionary<string, AttributeValue>>? Items, Dictionary<string, AttributeValue>? LastKey, int Count);
}
