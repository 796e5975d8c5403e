using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// Where a table's requests go. Every operation of <see cref="Table{T}"/> is dispatched through a connection, so
/// a table can run over plain DynamoDB, over DAX with fallback, or through an in-process cache, chosen at
/// configuration time. Implementations are thread-safe.
/// </summary>
public interface IDynamoConnection
{
    /// <summary>A short name for this connection, used in traces and metrics (never credentials).</summary>
    string Name { get; }

    /// <summary>The client for control-plane calls (CreateTable, DescribeTable, ...), which always go to DynamoDB itself.</summary>
    IAmazonDynamoDB ControlPlane { get; }

    /// <summary>Sends a GetItem request.</summary>
    Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a PutItem request.</summary>
    Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends an UpdateItem request.</summary>
    Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a DeleteItem request.</summary>
    Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a Query request (one page).</summary>
    Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a Scan request (one page).</summary>
    Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a BatchGetItem request (one round trip; the caller retries unprocessed keys).</summary>
    Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a BatchWriteItem request (one round trip; the caller retries unprocessed items).</summary>
    Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a TransactGetItems request.</summary>
    Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken);

    /// <summary>Sends a TransactWriteItems request.</summary>
    Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken);
}

/// <summary>Per-call choices a connection may honour.</summary>
/// <param name="Fresh">
/// Read from DynamoDB itself, bypassing DAX or a cache (their query caches are not invalidated by writes). Ignored by
/// a plain DynamoDB connection, where every read is already fresh.
/// </param>
public readonly record struct DynamoCallOptions(bool Fresh = false)
{
    /// <summary>
    /// The schemas (keys, indexes) of the tables this call touches, keyed by the table name the request carries (after
    /// <see cref="DynamoContextOptions.TableNamePrefix"/>). <see cref="Table{T}"/>, batches and transactions always set
    /// it, so a connection knows each table's keys before any read (<see cref="CachingConnection"/> caches a write
    /// made before the first read). <see langword="null"/> for a request built by hand; set it yourself when you send
    /// one through a caching connection.
    /// </summary>
    public IReadOnlyDictionary<string, TableSchema>? Tables { get; init; }

    /// <summary>The schema of <paramref name="tableName"/> among <see cref="Tables"/>, or <see langword="null"/>.</summary>
    /// <param name="tableName">The table name as the request carries it.</param>
    /// <returns>The schema, when the caller passed it.</returns>
    public TableSchema? SchemaOf(string? tableName)
        => tableName is not null && Tables is { } tables && tables.TryGetValue(tableName, out var schema) ? schema : null;

    /// <summary>
    /// Where the connections serving this call report its route and retries (<see cref="InstrumentedConnection"/> sets a
    /// fresh one per call and tags its span with it), or <see langword="null"/> when nobody asked.
    /// </summary>
    public DynamoCallReport? Report { get; init; }

    /// <summary>
    /// Where a connection that reads DynamoDB JSON itself (the direct engine, <c>DirectConnection</c>) puts the items of this call's
    /// response (GetItem's <c>Item</c>, Query's and Scan's <c>Items</c>, BatchGetItem's items of
    /// <see cref="DynamoItemSink.TableName"/>) as typed objects, without building <c>AttributeValue</c>s; those items
    /// are then absent from the SDK response it returns. Other connections ignore it and return the items in the
    /// response, so a caller reads both: the sink's items and the response's. <see cref="Table{T}"/> sets it; a
    /// decorator that looks at response items (a cache) must pass <c>options with { ItemSink = null }</c> to the
    /// connection it wraps.
    /// </summary>
    public DynamoItemSink? ItemSink { get; init; }
}
