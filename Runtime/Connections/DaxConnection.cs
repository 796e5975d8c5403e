using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A connection through DynamoDB Accelerator (DAX) with fallback to DynamoDB.
/// <list type="bullet">
/// <item>Eventually consistent GetItem, BatchGetItem, Query and Scan go to DAX.</item>
/// <item>Strongly consistent reads (<c>ConsistentRead = true</c>), reads with <see cref="DynamoCallOptions.Fresh"/>,
/// TransactGetItems and control-plane calls go to DynamoDB.</item>
/// <item>PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems go through DAX (write-through keeps
/// its item cache fresh).</item>
/// </list>
/// When DAX is unreachable (see <see cref="ConnectionFailures"/>), a read is retried once on DynamoDB; a write is
/// retried on DynamoDB only when the failure proves the request never reached DAX (the connection was never
/// established), so no write is lost or executed twice. The connection then sends all traffic to DynamoDB and
/// probes DAX every <see cref="DaxConnectionOptions.ProbeInterval"/>; when DAX answers, traffic returns to it.
/// Application errors from DAX (validation, condition failed, throttling, ...) always propagate unchanged.
/// </summary>
/// <remarks>
/// Thread-safe; the hot path takes no lock (one volatile read decides the route). A probe is started by the first
/// call made after the interval has elapsed and runs in the background: no call ever waits for one. Writes made
/// while DAX was unreachable went straight to DynamoDB, so DAX's item cache may hold older copies of those items
/// until its record TTL expires, exactly as with any write that bypasses DAX; read such items with
/// <see cref="DynamoCallOptions.Fresh"/> or <c>ConsistentRead</c> when that matters.
/// </remarks>
public sealed class DaxConnection : IDynamoConnection
{
    private const int OnDax = 0;
    private const int OnDynamoDb = 1;

    private readonly IAmazonDynamoDB _dax;
    private readonly IAmazonDynamoDB _dynamo;
    private readonly bool _fallback;
    private readonly TimeSpan _probeInterval;
    private readonly TimeSpan _probeTimeout;
    private readonly string _probeTable;
    private readonly string _probeKeyAttribute;
    private readonly Func<IAmazonDynamoDB, CancellationToken, Task<bool>>? _probe;
    private readonly Func<Exception, ConnectionFailureKind?>? _classify;
    private readonly TimeProvider _time;
    private int _state = OnDax;
    private long _nextProbe;
    private int _probing;
    private Task _pendingProbe = Task.CompletedTask;

    /// <summary>Creates a DAX connection.</summary>
    /// <param name="dax">
    /// The DAX client: any <see cref="IAmazonDynamoDB"/>, for example the official <c>Amazon.DAX.ClusterDaxClient</c>.
    /// Configure it with few retries and a short timeout, so that an unreachable cluster is detected quickly.
    /// </param>
    /// <param name="dynamo">The DynamoDB client, for consistent reads, fresh reads, control-plane calls and fallback.</param>
    /// <param name="options">Settings; defaults when omitted. Read once, here.</param>
    public DaxConnection(IAmazonDynamoDB dax, IAmazonDynamoDB dynamo, DaxConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dax);
        ArgumentNullException.ThrowIfNull(dynamo);
        options ??= new DaxConnectionOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ProbeTableName);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ProbeKeyAttribute);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProbeInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ProbeTimeout, TimeSpan.Zero);
        _dax = dax;
        _dynamo = dynamo;
        Name = options.Name;
        _fallback = options.FallbackToDynamoDb;
        _probeInterval = options.ProbeInterval;
        _probeTimeout = options.ProbeTimeout;
        _probeTable = options.ProbeTableName;
        _probeKeyAttribute = options.ProbeKeyAttribute;
        _probe = options.Probe;
        _classify = options.ClassifyFailure;
        _time = options.TimeProvider;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IAmazonDynamoDB ControlPlane => _dynamo;

    /// <summary>The DAX client.</summary>
    public IAmazonDynamoDB Dax => _dax;

    /// <summary>The DynamoDB client.</summary>
    public IAmazonDynamoDB DynamoDb => _dynamo;

    /// <summary>
    /// <see langword="true"/> while DAX-bound calls go to DAX; <see langword="false"/> after DAX was found unreachable,
    /// until a probe finds it answering again.
    /// </summary>
    public bool IsUsingDax => Volatile.Read(ref _state) == OnDax;

    /// <summary>The background probe started last (completed when none is running). For tests and diagnostics.</summary>
    internal Task PendingProbe => Volatile.Read(ref _pendingProbe);

    /// <inheritdoc />
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ConsistentRead == true || options.Fresh
            ? DirectAsync(static (c, r, t) => c.GetItemAsync(r, t), request, options, cancellationToken)
            : SendAsync("GetItem", isWrite: false, static (c, r, t) => c.GetItemAsync(r, t), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsConsistent(request) || options.Fresh
            ? DirectAsync(static (c, r, t) => c.BatchGetItemAsync(r, t), request, options, cancellationToken)
            : SendAsync("BatchGetItem", isWrite: false, static (c, r, t) => c.BatchGetItemAsync(r, t), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ConsistentRead == true || options.Fresh
            ? DirectAsync(static (c, r, t) => c.QueryAsync(r, t), request, options, cancellationToken)
            : SendAsync("Query", isWrite: false, static (c, r, t) => c.QueryAsync(r, t), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ConsistentRead == true || options.Fresh
            ? DirectAsync(static (c, r, t) => c.ScanAsync(r, t), request, options, cancellationToken)
            : SendAsync("Scan", isWrite: false, static (c, r, t) => c.ScanAsync(r, t), request, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => DirectAsync(static (c, r, t) => c.TransactGetItemsAsync(r, t), request, options, cancellationToken);

    /// <inheritdoc />
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("PutItem", isWrite: true, static (c, r, t) => c.PutItemAsync(r, t), request, options, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("UpdateItem", isWrite: true, static (c, r, t) => c.UpdateItemAsync(r, t), request, options, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("DeleteItem", isWrite: true, static (c, r, t) => c.DeleteItemAsync(r, t), request, options, cancellationToken);

    /// <inheritdoc />
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("BatchWriteItem", isWrite: true, static (c, r, t) => c.BatchWriteItemAsync(r, t), request, options, cancellationToken);

    /// <inheritdoc />
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("TransactWriteItems", isWrite: true, static (c, r, t) => c.TransactWriteItemsAsync(r, t), request, options, cancellationToken);

    /// <summary>
    /// Probes DAX now (the same call the background probe makes). When it answers, DAX-bound traffic returns to it;
    /// when it is unreachable, traffic switches to DynamoDB (if fallback is enabled).
    /// </summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns><see langword="true"/> when DAX answered.</returns>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var reachable = await ProbeCoreAsync(cancellationToken).ConfigureAwait(false);
        if (reachable)
        {
            Recover();
        }
        else if (_fallback)
        {
            EnterFallback();
        }

        return reachable;
    }

    private static bool IsConsistent(BatchGetItemRequest request)
    {
        if (request.RequestItems is null)
        {
            return false;
        }

        foreach (var entry in request.RequestItems)
        {
            if (entry.Value?.ConsistentRead == true)
            {
                return true;
            }
        }

        return false;
    }

    private static void SetRoute(DynamoCallOptions options, string route)
    {
        if (options.Report is { } observer)
        {
            observer.Route = route;
        }
    }

    private Task<TResponse> DirectAsync<TRequest, TResponse>(Func<IAmazonDynamoDB, TRequest, CancellationToken, Task<TResponse>> call, TRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        SetRoute(options, DynamoRoutes.DynamoDb);
        return call(_dynamo, request, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(string operation, bool isWrite, Func<IAmazonDynamoDB, TRequest, CancellationToken, Task<TResponse>> call, TRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Volatile.Read(ref _state) != OnDax)
        {
            MaybeStartProbe();
            SetRoute(options, DynamoRoutes.DynamoDb);
            return await call(_dynamo, request, cancellationToken).ConfigureAwait(false);
        }

        SetRoute(options, DynamoRoutes.Dax);
        try
        {
            return await call(_dax, request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (!_fallback)
            {
                throw;
            }

            var kind = Classify(ex, cancellationToken);
            if (kind is ConnectionFailureKind.Application or ConnectionFailureKind.Canceled)
            {
                throw;
            }

            EnterFallback();
            if (isWrite && kind != ConnectionFailureKind.NotSent)
            {
                // The write may have reached DAX (a timeout, a reset mid-request): retrying could apply it twice.
                throw new DynamoConnectionException(
                    $"{operation} through DAX (connection '{Name}') failed after the request may have reached DAX ({ex.GetType().Name}: {ex.Message}). "
                    + "It was not retried on DynamoDB, because a write applied twice is not safe: read the item to learn whether it was applied. "
                    + "Later calls go to DynamoDB until DAX answers again.",
                    Name,
                    operation,
                    ex);
            }
        }

        options.Report?.AddRetry();
        SetRoute(options, DynamoRoutes.DynamoDb);
        if (DynamoTelemetry.DaxFallbacks.Enabled)
        {
            DynamoTelemetry.DaxFallbacks.Add(1, new KeyValuePair<string, object?>(DynamoTelemetry.Tags.Operation, operation), new KeyValuePair<string, object?>(DynamoTelemetry.Tags.Connection, Name));
        }

        return await call(_dynamo, request, cancellationToken).ConfigureAwait(false);
    }

    private ConnectionFailureKind Classify(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return ConnectionFailureKind.Canceled;
        }

        return _classify?.Invoke(exception) ?? ConnectionFailures.Classify(exception, cancellationToken);
    }

    private long Now => _time.GetTimestamp();

    private long After(TimeSpan interval) => Now + (long)(interval.TotalSeconds * _time.TimestampFrequency);

    private void EnterFallback()
    {
        // Schedule the first probe before publishing the state, so no call sees the new state with an old schedule.
        Volatile.Write(ref _nextProbe, After(_probeInterval));
        if (Interlocked.CompareExchange(ref _state, OnDynamoDb, OnDax) == OnDax && DynamoTelemetry.DaxOutages.Enabled)
        {
            DynamoTelemetry.DaxOutages.Add(1, new KeyValuePair<string, object?>(DynamoTelemetry.Tags.Connection, Name));
        }
    }

    private void Recover()
    {
        if (Interlocked.CompareExchange(ref _state, OnDax, OnDynamoDb) == OnDynamoDb && DynamoTelemetry.DaxRecoveries.Enabled)
        {
            DynamoTelemetry.DaxRecoveries.Add(1, new KeyValuePair<string, object?>(DynamoTelemetry.Tags.Connection, Name));
        }
    }

    private void MaybeStartProbe()
    {
        if (Now < Volatile.Read(ref _nextProbe) || Interlocked.CompareExchange(ref _probing, 1, 0) != 0)
        {
            return;
        }

        Volatile.Write(ref _pendingProbe, Task.Run(RunScheduledProbeAsync));
    }

    private async Task RunScheduledProbeAsync()
    {
        try
        {
            if (await ProbeCoreAsync(CancellationToken.None).ConfigureAwait(false))
            {
                Recover();
            }
        }
        finally
        {
            Volatile.Write(ref _nextProbe, After(_probeInterval));
            Volatile.Write(ref _probing, 0);
        }
    }

    private async Task<bool> ProbeCoreAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_probeTimeout);
        if (_probe is { } probe)
        {
            try
            {
                return await probe(_dax, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        try
        {
            var request = new GetItemRequest
            {
                TableName = _probeTable,
                Key = new Dictionary<string, AttributeValue> { [_probeKeyAttribute] = new AttributeValue { S = "dynamogen-probe" } },
            };
            await _dax.GetItemAsync(request, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex)
        {
            var kind = Classify(ex, cancellationToken);
            if (kind == ConnectionFailureKind.Canceled)
            {
                throw;
            }

            // Any answer of the server (no such table, invalid key, access denied) proves DAX is reachable.
            return kind == ConnectionFailureKind.Application;
        }
    }
}
