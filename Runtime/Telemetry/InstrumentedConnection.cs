using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace DynamoGen;

/// <summary>
/// Wraps a connection with DynamoGen's tracing and metrics: one span (an <see cref="Activity"/> of the
/// <see cref="DynamoTelemetry.ActivitySourceName"/> source) and one set of measurements per operation, whatever the
/// connections underneath do. <see cref="DynamoContext"/> wraps the connections it is given with it unless
/// <see cref="DynamoContextOptions.EnableTelemetry"/> is off; wrap a connection yourself only when you use it
/// without a context.
/// </summary>
/// <remarks>
/// Span: named <c>"{operation} {table}"</c>, kind Client, with the tags of <see cref="DynamoTelemetry.Tags"/>:
/// OpenTelemetry's database and DynamoDB conventions (<c>db.system.name</c> = <c>aws.dynamodb</c>, <c>db.system</c> =
/// <c>dynamodb</c>, <c>db.operation.name</c>, <c>db.collection.name</c>, <c>aws.dynamodb.table_names</c>,
/// <c>aws.dynamodb.index_name</c>, <c>aws.dynamodb.consistent_read</c>, <c>aws.dynamodb.limit</c>,
/// <c>aws.dynamodb.projection</c>, <c>aws.dynamodb.select</c>, <c>aws.dynamodb.scan_forward</c>,
/// <c>aws.dynamodb.segment</c>, <c>aws.dynamodb.total_segments</c>, <c>aws.dynamodb.count</c>,
/// <c>aws.dynamodb.scanned_count</c>, <c>aws.dynamodb.consumed_capacity</c>, <c>db.response.returned_rows</c>,
/// <c>db.operation.batch.size</c>, <c>error.type</c>) and DynamoGen's own (<c>dynamogen.consumed_capacity</c>,
/// <c>dynamogen.retries</c>, <c>dynamogen.route</c>, <c>dynamogen.connection</c>, <c>dynamogen.fresh</c>). The error
/// type is the DynamoDB error code or the exception type, never the message, which may quote attribute values.
/// Attribute values and credentials never appear.
/// </remarks>
public sealed class InstrumentedConnection : IDynamoConnection
{
    private readonly IDynamoConnection _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The connection that runs the operations.</param>
    public InstrumentedConnection(IDynamoConnection inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>The wrapped connection.</summary>
    public IDynamoConnection Inner => _inner;

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public IAmazonDynamoDB ControlPlane => _inner.ControlPlane;

    /// <inheritdoc />
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("GetItem", request.TableName, null, request.ConsistentRead),
            static (c, r, o, t) => c.GetItemAsync(r, o, t),
            static (r, o) => (r.Item is { Count: > 0 } ? 1 : o.ItemSink?.Count ?? 0, Capacities(r.ConsumedCapacity)),
            request,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(new Operation("PutItem", request.TableName, null, null), static (c, r, o, t) => c.PutItemAsync(r, o, t), static (r, _) => (0, Capacities(r.ConsumedCapacity)), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(new Operation("UpdateItem", request.TableName, null, null), static (c, r, o, t) => c.UpdateItemAsync(r, o, t), static (r, _) => (0, Capacities(r.ConsumedCapacity)), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(new Operation("DeleteItem", request.TableName, null, null), static (c, r, o, t) => c.DeleteItemAsync(r, o, t), static (r, _) => (0, Capacities(r.ConsumedCapacity)), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("Query", request.TableName, request.IndexName, request.ConsistentRead),
            static (c, r, o, t) => c.QueryAsync(r, o, t),
            static (r, _) => (r.Count ?? r.Items?.Count ?? 0, Capacities(r.ConsumedCapacity)),
            request,
            options,
            cancellationToken,
            tagRequest: static (a, r) =>
            {
                TagRead(a, r.Limit, r.ProjectionExpression, r.Select);
                if (r.ScanIndexForward is { } forward)
                {
                    a.SetTag(DynamoTelemetry.Tags.ScanForward, forward);
                }
            },
            tagResponse: static (a, r) => TagCounts(a, r.Count, r.ScannedCount));
    }

    /// <inheritdoc />
    public Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("Scan", request.TableName, request.IndexName, request.ConsistentRead),
            static (c, r, o, t) => c.ScanAsync(r, o, t),
            static (r, _) => (r.Count ?? r.Items?.Count ?? 0, Capacities(r.ConsumedCapacity)),
            request,
            options,
            cancellationToken,
            tagRequest: static (a, r) =>
            {
                TagRead(a, r.Limit, r.ProjectionExpression, r.Select);
                if (r.Segment is { } segment)
                {
                    a.SetTag(DynamoTelemetry.Tags.Segment, segment);
                }

                if (r.TotalSegments is { } total)
                {
                    a.SetTag(DynamoTelemetry.Tags.TotalSegments, total);
                }
            },
            tagResponse: static (a, r) => TagCounts(a, r.Count, r.ScannedCount));
    }

    /// <inheritdoc />
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("BatchGetItem", null, null, null, TableNames(request.RequestItems)),
            static (c, r, o, t) => c.BatchGetItemAsync(r, o, t),
            static (r, o) =>
            {
                var count = o.ItemSink?.Count ?? 0;
                if (r.Responses is not null)
                {
                    foreach (var items in r.Responses.Values)
                    {
                        count += items?.Count ?? 0;
                    }
                }

                return (count, r.ConsumedCapacity);
            },
            request,
            options,
            cancellationToken,
            static (op, r) => CountUnprocessed(op, r.UnprocessedKeys));
    }

    /// <inheritdoc />
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = 0;
        if (request.RequestItems is not null)
        {
            foreach (var writes in request.RequestItems.Values)
            {
                count += writes?.Count ?? 0;
            }
        }

        return RunAsync(
            new Operation("BatchWriteItem", null, null, null, TableNames(request.RequestItems), count),
            static (c, r, o, t) => c.BatchWriteItemAsync(r, o, t),
            static (r, _) => (0, r.ConsumedCapacity),
            request,
            options,
            cancellationToken,
            static (op, r) => CountUnprocessed(op, r.UnprocessedItems));
    }

    /// <inheritdoc />
    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tables = new List<string>();
        if (request.TransactItems is not null)
        {
            foreach (var item in request.TransactItems)
            {
                AddDistinct(tables, item?.Get?.TableName);
            }
        }

        return RunAsync(
            new Operation("TransactGetItems", null, null, null, tables.ToArray()),
            static (c, r, o, t) => c.TransactGetItemsAsync(r, o, t),
            static (r, _) =>
            {
                var count = 0;
                if (r.Responses is not null)
                {
                    foreach (var response in r.Responses)
                    {
                        count += response?.Item is { Count: > 0 } ? 1 : 0;
                    }
                }

                return (count, r.ConsumedCapacity);
            },
            request,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tables = new List<string>();
        if (request.TransactItems is not null)
        {
            foreach (var item in request.TransactItems)
            {
                AddDistinct(tables, item?.Put?.TableName ?? item?.Update?.TableName ?? item?.Delete?.TableName ?? item?.ConditionCheck?.TableName);
            }
        }

        return RunAsync(
            new Operation("TransactWriteItems", null, null, null, tables.ToArray(), request.TransactItems?.Count ?? 0),
            static (c, r, o, t) => c.TransactWriteItemsAsync(r, o, t),
            static (r, _) => (0, r.ConsumedCapacity),
            request,
            options,
            cancellationToken);
    }

    internal static string ErrorType(Exception exception, CancellationToken cancellationToken)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AmazonServiceException { ErrorCode: { Length: > 0 } code })
            {
                return code;
            }
        }

        return ConnectionFailures.Classify(exception, cancellationToken) switch
        {
            ConnectionFailureKind.NotSent => "unreachable",
            ConnectionFailureKind.MaybeSent => exception is OperationCanceledException or TimeoutException ? "timeout" : "connection_lost",
            ConnectionFailureKind.Canceled => "canceled",
            _ => exception.GetType().FullName ?? exception.GetType().Name,
        };
    }

    private static string[] TableNames<TValue>(Dictionary<string, TValue>? requestItems)
    {
        if (requestItems is null || requestItems.Count == 0)
        {
            return [];
        }

        var names = new string[requestItems.Count];
        requestItems.Keys.CopyTo(names, 0);
        return names;
    }

    private static void AddDistinct(List<string> tables, string? table)
    {
        if (table is not null && !tables.Contains(table))
        {
            tables.Add(table);
        }
    }

    private static List<ConsumedCapacity>? Capacities(ConsumedCapacity? capacity) => capacity is null ? null : [capacity];

    private static void TagRead(Activity activity, int? limit, string? projection, Select? select)
    {
        if (limit is { } l)
        {
            activity.SetTag(DynamoTelemetry.Tags.Limit, l);
        }

        if (!string.IsNullOrEmpty(projection))
        {
            activity.SetTag(DynamoTelemetry.Tags.Projection, projection);
        }

        if (select?.Value is { Length: > 0 } s)
        {
            activity.SetTag(DynamoTelemetry.Tags.Select, s);
        }
    }

    private static void TagCounts(Activity activity, int? count, int? scannedCount)
    {
        if (count is { } c)
        {
            activity.SetTag(DynamoTelemetry.Tags.Count, c);
        }

        if (scannedCount is { } scanned)
        {
            activity.SetTag(DynamoTelemetry.Tags.ScannedCount, scanned);
        }
    }

    /// <summary>The total capacity units, and each capacity as the JSON <c>aws.dynamodb.consumed_capacity</c> holds (names and numbers only).</summary>
    private static (double Total, string[] Json) DescribeCapacity(List<ConsumedCapacity> capacities)
    {
        var total = 0.0;
        var json = new string[capacities.Count];
        for (var i = 0; i < capacities.Count; i++)
        {
            var capacity = capacities[i];
            total += capacity?.CapacityUnits ?? 0;
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                if (capacity is not null)
                {
                    WriteUnits(writer, capacity.CapacityUnits, capacity.ReadCapacityUnits, capacity.WriteCapacityUnits);
                    WriteIndexes(writer, "GlobalSecondaryIndexes", capacity.GlobalSecondaryIndexes);
                    WriteIndexes(writer, "LocalSecondaryIndexes", capacity.LocalSecondaryIndexes);
                    if (capacity.Table is { } table)
                    {
                        writer.WriteStartObject("Table");
                        WriteUnits(writer, table.CapacityUnits, table.ReadCapacityUnits, table.WriteCapacityUnits);
                        writer.WriteEndObject();
                    }

                    if (capacity.TableName is { } name)
                    {
                        writer.WriteString("TableName", name);
                    }
                }

                writer.WriteEndObject();
            }

            json[i] = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        return (total, json);
    }

    private static void WriteIndexes(System.Text.Json.Utf8JsonWriter writer, string name, Dictionary<string, Capacity>? indexes)
    {
        if (indexes is not { Count: > 0 })
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (index, capacity) in indexes)
        {
            writer.WriteStartObject(index);
            WriteUnits(writer, capacity?.CapacityUnits, capacity?.ReadCapacityUnits, capacity?.WriteCapacityUnits);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteUnits(System.Text.Json.Utf8JsonWriter writer, double? units, double? read, double? write)
    {
        if (units is { } u)
        {
            writer.WriteNumber("CapacityUnits", u);
        }

        if (read is { } r)
        {
            writer.WriteNumber("ReadCapacityUnits", r);
        }

        if (write is { } w)
        {
            writer.WriteNumber("WriteCapacityUnits", w);
        }
    }

    private static void CountUnprocessed<TValue>(in Operation operation, Dictionary<string, TValue>? unprocessed)
    {
        if (unprocessed is null || unprocessed.Count == 0 || !DynamoTelemetry.Unprocessed.Enabled)
        {
            return;
        }

        foreach (var entry in unprocessed)
        {
            var count = entry.Value switch
            {
                KeysAndAttributes keys => keys.Keys?.Count ?? 0,
                List<WriteRequest> writes => writes.Count,
                _ => 0,
            };
            if (count > 0)
            {
                DynamoTelemetry.Unprocessed.Add(count, new KeyValuePair<string, object?>(DynamoTelemetry.Tags.Operation, operation.Name), new KeyValuePair<string, object?>(DynamoTelemetry.Tags.Table, entry.Key));
            }
        }
    }

    private async Task<TResponse> RunAsync<TRequest, TResponse>(
        Operation operation,
        Func<IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task<TResponse>> call,
        Func<TResponse, DynamoCallOptions, (int ReturnedItems, List<ConsumedCapacity>? Capacity)> describe,
        TRequest request,
        DynamoCallOptions options,
        CancellationToken cancellationToken,
        Action<Operation, TResponse>? after = null,
        Action<Activity, TRequest>? tagRequest = null,
        Action<Activity, TResponse>? tagResponse = null)
    {
        var observer = new DynamoCallReport();
        var start = Stopwatch.GetTimestamp();
        using var activity = DynamoTelemetry.Source.StartActivity(operation.SpanName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(DynamoTelemetry.Tags.DbSystemName, DynamoTelemetry.DbSystemNameValue);
            activity.SetTag(DynamoTelemetry.Tags.DbSystem, DynamoTelemetry.DbSystemValue);
            activity.SetTag(DynamoTelemetry.Tags.Operation, operation.Name);
            activity.SetTag(DynamoTelemetry.Tags.TableNames, operation.Tables);
            if (operation.Tables.Length == 1)
            {
                activity.SetTag(DynamoTelemetry.Tags.Table, operation.Table);
            }

            activity.SetTag(DynamoTelemetry.Tags.Connection, _inner.Name);
            if (operation.RequestItems >= 2)
            {
                activity.SetTag(DynamoTelemetry.Tags.BatchSize, operation.RequestItems);
            }

            tagRequest?.Invoke(activity, request);
            if (operation.Index is not null)
            {
                activity.SetTag(DynamoTelemetry.Tags.Index, operation.Index);
            }

            if (operation.ConsistentRead is { } consistent)
            {
                activity.SetTag(DynamoTelemetry.Tags.ConsistentRead, consistent);
            }

            if (options.Fresh)
            {
                activity.SetTag(DynamoTelemetry.Tags.Fresh, true);
            }
        }

        string? errorType = null;
        try
        {
            var response = await call(_inner, request, options with { Report = observer }, cancellationToken).ConfigureAwait(false);
            if (activity is { IsAllDataRequested: true })
            {
                var (items, capacity) = describe(response, options);
                if (operation.IsRead)
                {
                    activity.SetTag(DynamoTelemetry.Tags.ReturnedItems, items);
                }

                if (capacity is { Count: > 0 })
                {
                    var (total, json) = DescribeCapacity(capacity);
                    activity.SetTag(DynamoTelemetry.Tags.ConsumedCapacity, json);
                    activity.SetTag(DynamoTelemetry.Tags.ConsumedCapacityUnits, total);
                }

                tagResponse?.Invoke(activity, response);
            }

            after?.Invoke(operation, response);
            return response;
        }
        catch (Exception ex)
        {
            errorType = ErrorType(ex, cancellationToken);
            activity?.SetStatus(ActivityStatusCode.Error, errorType);
            activity?.SetTag(DynamoTelemetry.Tags.ErrorType, errorType);
            throw;
        }
        finally
        {
            var route = observer.Route ?? DynamoRoutes.DynamoDb;
            activity?.SetTag(DynamoTelemetry.Tags.Route, route);
            activity?.SetTag(DynamoTelemetry.Tags.Retries, observer.Retries);
            Record(operation, route, errorType, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
    }

    private void Record(in Operation operation, string route, string? errorType, double seconds)
    {
        if (!DynamoTelemetry.Operations.Enabled && !DynamoTelemetry.Duration.Enabled && (errorType is null || !DynamoTelemetry.Errors.Enabled))
        {
            return;
        }

        var tags = new TagList
        {
            { DynamoTelemetry.Tags.DbSystemName, DynamoTelemetry.DbSystemNameValue },
            { DynamoTelemetry.Tags.Operation, operation.Name },
            { DynamoTelemetry.Tags.Table, operation.Table },
            { DynamoTelemetry.Tags.Route, route },
            { DynamoTelemetry.Tags.Connection, _inner.Name },
        };
        if (errorType is not null)
        {
            tags.Add(DynamoTelemetry.Tags.ErrorType, errorType);
            DynamoTelemetry.Errors.Add(1, tags);
        }

        DynamoTelemetry.Operations.Add(1, tags);
        DynamoTelemetry.Duration.Record(seconds, tags);
    }

    internal readonly struct Operation
    {
        public Operation(string name, string? table, string? index, bool? consistentRead, string[]? tables = null, int requestItems = 1)
        {
            Name = name;
            Tables = tables ?? (table is null ? [] : [table]);
            Table = table ?? (Tables.Length == 1 ? Tables[0] : Tables.Length == 0 ? string.Empty : string.Join(',', Tables));
            Index = index;
            ConsistentRead = consistentRead;
            RequestItems = requestItems;
            SpanName = Table.Length == 0 ? name : name + " " + Table;
            IsRead = name is "GetItem" or "BatchGetItem" or "Query" or "Scan" or "TransactGetItems";
        }

        /// <summary>Whether the operation returns items (its span carries <c>db.response.returned_rows</c>).</summary>
        public bool IsRead { get; }

        public string Name { get; }

        public string Table { get; }

        public string[] Tables { get; }

        public string? Index { get; }

        public bool? ConsistentRead { get; }

        public int RequestItems { get; }

        public string SpanName { get; }
    }
}
