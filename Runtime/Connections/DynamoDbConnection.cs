using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DynamoGen;

/// <summary>A connection that sends every request to one <see cref="IAmazonDynamoDB"/> client, unchanged.</summary>
public sealed class DynamoDbConnection : IDynamoConnection
{
    private readonly IAmazonDynamoDB _client;

    /// <summary>Creates a connection over <paramref name="client"/>; the connection does not dispose it.</summary>
    /// <param name="client">The DynamoDB client.</param>
    /// <param name="name">A short name for traces and metrics.</param>
    public DynamoDbConnection(IAmazonDynamoDB client, string name = "dynamodb")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _client = client;
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IAmazonDynamoDB ControlPlane => _client;

    /// <inheritdoc />
    public Task<GetItemResponse> GetItemAsync(GetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.GetItemAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<PutItemResponse> PutItemAsync(PutItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.PutItemAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.UpdateItemAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.DeleteItemAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<QueryResponse> QueryAsync(QueryRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.QueryAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<ScanResponse> ScanAsync(ScanRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.ScanAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.BatchGetItemAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.BatchWriteItemAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.TransactGetItemsAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, DynamoCallOptions options, CancellationToken cancellationToken) => _client.TransactWriteItemsAsync(request, cancellationToken);
}
