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
/// Span: named <c>"{operation} {table}"</c>, kind Client, tags <c>db.system</c> = <c>dynamodb</c>,
/// <c>db.operation.name</c>, <c>aws.dynamodb.table_names</c>, <c>aws.dynamodb.index_name</c>,
/// <c>aws.dynamodb.consistent_read</c>, <c>dynamogen.item_count</c>, <c>dynamogen.consumed_capacity</c> (when the
/// response returns it), <c>dynamogen.retries</c>, <c>dynamogen.route</c> (<see cref="DynamoRoutes"/>),
/// <c>dynamogen.connection</c> and, on failure, <c>error.type</c> (the DynamoDB error code or the exception type;
/// never the message, which may quote attribute values). Attribute values and credentials never appear.
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
            static r => (r.Item is { Count: > 0 } ? 1 : 0, Sum(r.ConsumedCapacity)),
            request,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(new Operation("PutItem", request.TableName, null, null), static (c, r, o, t) => c.PutItemAsync(r, o, t), static r => (1, Sum(r.ConsumedCapacity)), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(new Operation("UpdateItem", request.TableName, null, null), static (c, r, o, t) => c.UpdateItemAsync(r, o, t), static r => (1, Sum(r.ConsumedCapacity)), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(new Operation("DeleteItem", request.TableName, null, null), static (c, r, o, t) => c.DeleteItemAsync(r, o, t), static r => (1, Sum(r.ConsumedCapacity)), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("Query", request.TableName, request.IndexName, request.ConsistentRead),
            static (c, r, o, t) => c.QueryAsync(r, o, t),
            static r => (r.Count ?? r.Items?.Count ?? 0, Sum(r.ConsumedCapacity)),
            request,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("Scan", request.TableName, request.IndexName, request.ConsistentRead),
            static (c, r, o, t) => c.ScanAsync(r, o, t),
            static r => (r.Count ?? r.Items?.Count ?? 0, Sum(r.ConsumedCapacity)),
            request,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(
            new Operation("BatchGetItem", null, null, null, TableNames(request.RequestItems)),
            static (c, r, o, t) => c.BatchGetItemAsync(r, o, t),
            static r =>
            {
                var count = 0;
                if (r.Responses is not null)
                {
                    foreach (var items in r.Responses.Values)
                    {
                        count += items?.Count ?? 0;
                    }
                }

                return (count, Sum(r.ConsumedCapacity));
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
            static r => (-1, Sum(r.ConsumedCapacity)),
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
            static r =>
            {
                var count = 0;
                if (r.Responses is not null)
                {
                    foreach (var response in r.Responses)
                    {
                        count += response?.Item is { Count: > 0 } ? 1 : 0;
                    }
                }

                return (count, Sum(r.ConsumedCapacity));
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
            static r => (-1, Sum(r.ConsumedCapacity)),
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

    private static double? Sum(ConsumedCapacity? capacity) => capacity?.CapacityUnits;

    private static double? Sum(List<ConsumedCapacity>? capacities)
    {
        if (capacities is null || capacities.Count == 0)
        {
            return null;
        }

        var total = 0.0;
        foreach (var capacity in capacities)
        {
            total += capacity?.CapacityUnits ?? 0;
        }

        return total;
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
        Func<TResponse, (int Items, double? Capacity)> describe,
        TRequest request,
        DynamoCallOptions options,
        CancellationToken cancellationToken,
        Action<Operation, TResponse>? after = null)
    {
        var observer = new CallObserver();
        var start = Stopwatch.GetTimestamp();
        using var activity = DynamoTelemetry.Source.StartActivity(operation.SpanName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(DynamoTelemetry.Tags.DbSystem, "dynamodb");
            activity.SetTag(DynamoTelemetry.Tags.Operation, operation.Name);
            activity.SetTag(DynamoTelemetry.Tags.TableNames, operation.Tables);
            activity.SetTag(DynamoTelemetry.Tags.Connection, _inner.Name);
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
                activity.SetTag("dynamogen.fresh", true);
            }
        }

        string? errorType = null;
        try
        {
            var response = await call(_inner, request, options with { Observer = observer }, cancellationToken).ConfigureAwait(false);
            var (items, capacity) = describe(response);
            if (items < 0)
            {
                items = operation.RequestItems;
            }

            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(DynamoTelemetry.Tags.ItemCount, items);
                if (capacity is { } units)
                {
                    activity.SetTag(DynamoTelemetry.Tags.ConsumedCapacity, units);
                }
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
        }

        public string Name { get; }

        public string Table { get; }

        public string[] Tables { get; }

        public string? Index { get; }

        public bool? ConsistentRead { get; }

        public int RequestItems { get; }

        public string SpanName { get; }
    }
}
