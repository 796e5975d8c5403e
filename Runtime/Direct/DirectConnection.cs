using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamoGen.Direct;
using DynamoGen.Direct.Protocol;

namespace DynamoGen;

/// <summary>
/// A connection that speaks DynamoDB's JSON protocol itself (the direct engine) instead of going through the AWS
/// SDK's pipeline: the ten data-plane operations are written as JSON into a pooled buffer, signed with SigV4, sent
/// over one pooled <see cref="HttpClient"/>, and the answer is read with a <see cref="Utf8JsonReader"/> from a pooled
/// buffer. With <see cref="DynamoCallOptions.ItemSink"/> the items of GetItem, Query, Scan and BatchGetItem are read
/// straight into their generated types, so no <see cref="AttributeValue"/> is built for them. Requests and
/// responses are the SDK's types, and errors are the SDK's exception types (<see cref="ConditionalCheckFailedException"/>
/// with its item, <see cref="TransactionCanceledException"/> with its reasons, ...), so callers do not change.
/// </summary>
/// <remarks>
/// <para>Endpoint, signing region, retries and timeout come from the client's <see cref="AmazonDynamoDBConfig"/>
/// (resolved by the SDK itself); control-plane calls (CreateTable, DescribeTable, ...) go to that client
/// (<see cref="ControlPlane"/>).</para>
/// <para>Retries follow the SDK's standard mode, with one difference: a failure after the request may have reached
/// DynamoDB (a reset or timeout mid-request, a corrupted answer) is retried only for reads and for TransactWriteItems
/// (idempotent through its <c>ClientRequestToken</c>, which is generated when the request has none, as the SDK does).
/// A PutItem, UpdateItem, DeleteItem or BatchWriteItem that may have been applied is raised to the caller rather than
/// sent twice.</para>
/// <para>The legacy parameters (<c>AttributesToGet</c>, <c>KeyConditions</c>, <c>QueryFilter</c>, <c>ScanFilter</c>,
/// <c>Expected</c>, <c>ConditionalOperator</c>, <c>AttributeUpdates</c>) are refused with
/// <see cref="NotSupportedException"/>: use expressions, or a <see cref="DynamoDbConnection"/>.</para>
/// <para>Thread-safe. Dispose it to release its HTTP connections (the client is not disposed).</para>
/// </remarks>
public sealed class DirectConnection : IDynamoConnection, IDisposable
{
    private readonly IAmazonDynamoDB _client;
    private readonly DirectTransport _transport;

    /// <summary>Creates a direct connection to the endpoint <paramref name="client"/> is configured for.</summary>
    /// <param name="client">
    /// A DynamoDB client whose <c>Config</c> is an <see cref="AmazonDynamoDBConfig"/>: its endpoint (<c>ServiceURL</c>
    /// or region), <c>AuthenticationRegion</c>, <c>MaxErrorRetry</c>, <c>ThrottleRetries</c> and <c>Timeout</c> apply,
    /// and it serves control-plane calls. The connection does not dispose it.
    /// </param>
    /// <param name="credentials">
    /// The credentials to sign with. The AWS SDK does not expose a client's own credentials publicly, so pass the ones
    /// the client was built with; <see langword="null"/> resolves the SDK's default chain for the client's config
    /// (environment, profile, SSO, web identity, container and instance credentials).
    /// </param>
    /// <param name="options">Name, timeout, retries, compression, HTTP handler and clock; defaults when omitted.</param>
    /// <exception cref="ArgumentException">The client's config is not an <see cref="AmazonDynamoDBConfig"/>.</exception>
    /// <exception cref="DynamoConfigurationException">The config names no endpoint (no region and no service URL).</exception>
    public DirectConnection(IAmazonDynamoDB client, AWSCredentials? credentials = null, DirectConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.Config is not AmazonDynamoDBConfig config)
        {
            throw new ArgumentException("The direct engine needs a client whose Config is an AmazonDynamoDBConfig.", nameof(client));
        }

        options ??= new DirectConnectionOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Name, nameof(options));
        if (options.MaxAttempts is { } attempts)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1, nameof(options));
        }

        _client = client;
        Name = options.Name;
        var endpoint = DirectEndpoint.Resolve(config);
        var signing = credentials is null ? DirectCredentials.FromDefaultChain(config) : new DirectCredentials(credentials);
        _transport = new DirectTransport(endpoint, signing, new DirectTransportOptions
        {
            Retry = new DirectRetryPolicy(options.MaxAttempts ?? config.MaxErrorRetry + 1, config.ThrottleRetries),
            AttemptTimeout = options.AttemptTimeout ?? config.Timeout,
            AcceptGzip = options.AcceptGzip,
            Handler = options.HttpHandler,
            TimeProvider = options.TimeProvider,
        });
    }

    /// <summary>A connection over an existing transport (tests: a fault proxy, a fast retry policy).</summary>
    /// <param name="controlPlane">The control-plane client.</param>
    /// <param name="transport">The transport (owned from now on).</param>
    /// <param name="name">The connection's name.</param>
    internal DirectConnection(IAmazonDynamoDB controlPlane, DirectTransport transport, string name = "direct")
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        ArgumentNullException.ThrowIfNull(transport);
        _client = controlPlane;
        _transport = transport;
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IAmazonDynamoDB ControlPlane => _client;

    /// <summary>The transport (tests look at its retry quota).</summary>
    internal DirectTransport Transport => _transport;

    /// <inheritdoc />
    public async Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("GetItem", request, DirectRequestWriter.GetItem, idempotent: true, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.GetItem(response, options.ItemSink);
    }

    /// <inheritdoc />
    public async Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("PutItem", request, DirectRequestWriter.PutItem, idempotent: false, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.PutItem(response);
    }

    /// <inheritdoc />
    public async Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("UpdateItem", request, DirectRequestWriter.UpdateItem, idempotent: false, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.UpdateItem(response);
    }

    /// <inheritdoc />
    public async Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("DeleteItem", request, DirectRequestWriter.DeleteItem, idempotent: false, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.DeleteItem(response);
    }

    /// <inheritdoc />
    public async Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("Query", request, DirectRequestWriter.Query, idempotent: true, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.Query(response, options.ItemSink);
    }

    /// <inheritdoc />
    public async Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("Scan", request, DirectRequestWriter.Scan, idempotent: true, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.Scan(response, options.ItemSink);
    }

    /// <inheritdoc />
    public async Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("BatchGetItem", request, DirectRequestWriter.BatchGetItem, idempotent: true, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.BatchGetItem(response, options.ItemSink);
    }

    /// <inheritdoc />
    public async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("BatchWriteItem", request, DirectRequestWriter.BatchWriteItem, idempotent: false, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.BatchWriteItem(response);
    }

    /// <inheritdoc />
    public async Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync("TransactGetItems", request, DirectRequestWriter.TransactGetItems, idempotent: true, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.TransactGetItems(response);
    }

    /// <inheritdoc />
    public async Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Like the SDK, a request without a ClientRequestToken gets one, so every attempt of this call is the same
        // transaction to DynamoDB (applied at most once within its 10-minute idempotency window): safe to retry.
        var token = request.ClientRequestToken ?? Guid.NewGuid().ToString();
        using var response = await SendAsync("TransactWriteItems", (Request: request, Token: token), static (w, r) => DirectRequestWriter.TransactWriteItems(w, r.Request, r.Token), idempotent: true, options, cancellationToken).ConfigureAwait(false);
        return DirectResponseReader.TransactWriteItems(response);
    }

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();

    /// <inheritdoc />
    public override string ToString() => Name + " (direct: " + _transport.Endpoint + ")";

    private async Task<DirectResponse> SendAsync<TRequest>(string operation, TRequest request, Action<Utf8JsonWriter, TRequest> write, bool idempotent, DynamoCallOptions options, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter();
        DirectRequestWriter.Write(body, request, write);
        if (options.Report is { } report)
        {
            report.Route = DynamoRoutes.DynamoDb;
        }

        return await _transport.SendAsync(operation, body.WrittenMemory, idempotent, cancellationToken, options.Report).ConfigureAwait(false);
    }
}

/// <summary>Settings of a <see cref="DirectConnection"/>; read once, when the connection is created.</summary>
public sealed class DirectConnectionOptions
{
    /// <summary>The connection's name in traces and metrics; <c>"direct"</c> by default.</summary>
    public string Name { get; init; } = "direct";

    /// <summary>How long one attempt may take; <see langword="null"/> for the client config's <c>Timeout</c>, else 100 s.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>Attempts per call, the first included; <see langword="null"/> for the client config's <c>MaxErrorRetry</c> + 1 (3 by default).</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>
    /// Whether to ask DynamoDB for gzip-compressed answers. Off by default: within a region the bytes are cheap and
    /// compression costs CPU and latency on both sides; turn it on for large Query and Scan pages over a slow link.
    /// </summary>
    public bool AcceptGzip { get; init; }

    /// <summary>
    /// The HTTP handler requests go through (tests, benchmarks, a proxy); not disposed by the connection.
    /// <see langword="null"/> for the engine's own pooled handler (keep-alive connections renewed every 5 minutes,
    /// 10-second connect timeout).
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>The clock for signing, timeouts and retry waits; <see langword="null"/> for <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
