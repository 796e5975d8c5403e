using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>
/// A base for connections that wrap another one (logging, auditing, fault injection in tests, request rewriting):
/// every operation goes through <see cref="SendAsync{TRequest, TResponse}"/>, so one override sees them all, and each
/// operation's method can still be overridden on its own. Without overrides it forwards everything unchanged.
/// </summary>
/// <example>
/// <code>
/// public sealed class LoggingConnection(IDynamoConnection inner) : DelegatingConnection(inner)
/// {
///     protected override async Task&lt;TResponse&gt; SendAsync&lt;TRequest, TResponse&gt;(
///         string operation, TRequest request, DynamoCallOptions options,
///         Func&lt;IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task&lt;TResponse&gt;&gt; send,
///         CancellationToken cancellationToken)
///     {
///         Console.WriteLine(operation);
///         return await base.SendAsync(operation, request, options, send, cancellationToken);
///     }
/// }
/// </code>
/// </example>
public abstract class DelegatingConnection : IDynamoConnection
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The connection that runs the operations.</param>
    protected DelegatingConnection(IDynamoConnection inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    /// <summary>The wrapped connection.</summary>
    public IDynamoConnection Inner { get; }

    /// <inheritdoc />
    public virtual string Name => Inner.Name;

    /// <inheritdoc />
    public virtual IAmazonDynamoDB ControlPlane => Inner.ControlPlane;

    /// <inheritdoc />
    public virtual Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("GetItem", request, options, static (c, r, o, t) => c.GetItemAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("PutItem", request, options, static (c, r, o, t) => c.PutItemAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("UpdateItem", request, options, static (c, r, o, t) => c.UpdateItemAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("DeleteItem", request, options, static (c, r, o, t) => c.DeleteItemAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("Query", request, options, static (c, r, o, t) => c.QueryAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("Scan", request, options, static (c, r, o, t) => c.ScanAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("BatchGetItem", request, options, static (c, r, o, t) => c.BatchGetItemAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("BatchWriteItem", request, options, static (c, r, o, t) => c.BatchWriteItemAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("TransactGetItems", request, options, static (c, r, o, t) => c.TransactGetItemsAsync(r, o, t), cancellationToken);

    /// <inheritdoc />
    public virtual Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken)
        => SendAsync("TransactWriteItems", request, options, static (c, r, o, t) => c.TransactWriteItemsAsync(r, o, t), cancellationToken);

    /// <summary>
    /// Every operation passes through here: override it to see or change all of them. The default calls
    /// <paramref name="send"/> with <see cref="Inner"/>.
    /// </summary>
    /// <typeparam name="TRequest">The SDK request type.</typeparam>
    /// <typeparam name="TResponse">The SDK response type.</typeparam>
    /// <param name="operation">DynamoDB's operation name: <c>GetItem</c>, <c>Query</c>, <c>TransactWriteItems</c>...</param>
    /// <param name="request">The request.</param>
    /// <param name="options">The call's options (freshness, the schemas of the tables it touches).</param>
    /// <param name="send">Sends the request on a connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    protected virtual Task<TResponse> SendAsync<TRequest, TResponse>(
        string operation,
        TRequest request,
        DynamoCallOptions options,
        Func<IDynamoConnection, TRequest, DynamoCallOptions, CancellationToken, Task<TResponse>> send,
        CancellationToken cancellationToken)
        where TRequest : AmazonDynamoDBRequest
        where TResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        ArgumentNullException.ThrowIfNull(send);
        return send(Inner, request, options, cancellationToken);
    }
}
